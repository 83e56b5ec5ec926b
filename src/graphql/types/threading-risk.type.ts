import { Field, Float, Int, ObjectType } from 'type-graphql';
import type {
  RoleCoverageState,
  StakeholderRole,
  ThreadingComponentName,
  ThreadingRiskLevel,
} from '../../domain/vocabulary';
import {
  RoleCoverageStateEnum,
  StakeholderRoleEnum,
  ThreadingComponentEnum,
  ThreadingRiskLevelEnum,
} from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { connectionOf } from './connection.type';

@ObjectType('ThreadingRiskComponent', { description: 'One part of a single-threading risk score.' })
export class ThreadingComponentType {
  @Field(() => ThreadingComponentEnum)
  name!: ThreadingComponentName;

  @Field(() => Float, { description: 'The component as a risk, 0 (none) to 1.' })
  value!: number;

  @Field(() => Float, { description: 'Its weight (analytics configuration).' })
  weight!: number;

  @Field(() => Float, { description: 'The points it adds to the 0-100 risk.' })
  points!: number;

  @Field()
  description!: string;
}

@ObjectType('EngagedStakeholder', {
  description:
    'Someone we truly engage: strength at or above the threshold and a two-way contact in the window.',
})
export class EngagedPersonType {
  @Field(() => Float)
  strength!: number;

  @Field(() => DateTimeISO, { description: 'Their last inbound or mutual interaction with us.' })
  lastTwoWayAt!: string;

  personId!: string;
}

@ObjectType('ContactShare', { description: "One person's share of our decayed contact at the account." })
export class ContactShareType {
  @Field(() => Float, { description: 'Σ decayed interaction weight.' })
  contactVolume!: number;

  @Field(() => Float, { description: '0 to 1.' })
  share!: number;

  personId!: string;
}

@ObjectType('ContactConcentration', { description: 'How much of our contact goes to few people.' })
export class ContactConcentrationType {
  @Field(() => Float, { nullable: true, description: "The top contact's share; null without any contact." })
  topShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Σ share²: 1 when one person has all our contact, 1/n when n share it evenly.',
  })
  herfindahl!: number | null;

  @Field(() => [ContactShareType], { description: 'Largest share first.' })
  contacts!: ContactShareType[];

  topPersonId!: string | null;
}

@ObjectType('KeyRoleHolder')
export class RoleHolderType {
  @Field(() => Float)
  strength!: number;

  @Field()
  engaged!: boolean;

  personId!: string;
  backupIds!: string[];
}

@ObjectType('KeyRoleCoverage', { description: 'Whether a key role is held by someone we engage.' })
export class RoleCoverageType {
  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field(() => RoleCoverageStateEnum)
  state!: RoleCoverageState;

  @Field(() => Float, { description: 'The risk this state carries (configuration).' })
  risk!: number;

  @Field(() => [RoleHolderType])
  holders!: RoleHolderType[];
}

@ObjectType('ThreadingStructure', {
  description:
    'Whether the people we engage span reporting lines, levels and departments: a tree is not a web.',
})
export class ThreadingStructureType {
  @Field(() => Float, {
    nullable: true,
    description:
      "Share of engaged people who are a champion or sit in a champion's reporting tree; null without a champion.",
  })
  championSubtreeShare!: number | null;

  @Field(() => [String], { description: 'Distinct departments among engaged people.' })
  departments!: string[];

  @Field(() => [Int], { description: 'Distinct org-chart levels among engaged people (0 = top).' })
  levels!: number[];

  @Field(() => Float)
  departmentRisk!: number;

  @Field(() => Float)
  levelRisk!: number;

  @Field(() => Float)
  branchRisk!: number;

  championIds!: string[];
  inChampionSubtreeIds!: string[];
  branchIds!: string[];
}

@ObjectType('DecisionReach', { description: 'The economic buyers and decision makers, and whom we reach.' })
export class DecisionReachType {
  targetIds!: string[];
  reachableIds!: string[];
  unreachableIds!: string[];
}

@ObjectType('CriticalStakeholder', {
  description:
    'Someone whose departure would cut our team off from decision makers or economic buyers (every path to them runs through this person).',
})
export class CriticalPersonType {
  @Field({ description: 'No decision maker or economic buyer would be reachable at all.' })
  cutsOffAll!: boolean;

  @Field({ description: 'Whether we truly engage this person ourselves.' })
  engaged!: boolean;

  personId!: string;
  cutsOffIds!: string[];
  backupIds!: string[];
}

@ObjectType('ThreadingFloor', {
  description:
    'A rule that holds threading risk up whatever the components say (threading.floors): KEY_ROLE_UNCOVERED (a champion or economic buyer nobody holds) or KEY_ROLE_DEPARTED (a key-role holder left lately and nobody engaged holds the seat).',
})
export class ThreadingFloorType {
  @Field()
  code!: string;

  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field(() => ThreadingRiskLevelEnum)
  minLevel!: ThreadingRiskLevel;

  @Field(() => Float)
  minScore!: number;

  @Field(() => LocalDate, { nullable: true, description: 'The day they left (KEY_ROLE_DEPARTED).' })
  date!: string | null;

  @Field()
  message!: string;

  personId!: string | null;
}

@ObjectType('ThreadingRisk', {
  description:
    'How exposed an account is to one relationship walking out of the door, 0 to 100, with every component and the people behind it.',
})
export class ThreadingRiskType {
  @Field(() => Float, { description: '0 (well threaded) to 100.' })
  score!: number;

  @Field(() => ThreadingRiskLevelEnum)
  level!: ThreadingRiskLevel;

  @Field(() => Float, {
    nullable: true,
    description:
      'Σ weight × component before any floor; `score` is this raised to the lower bound of a floor rule (null on a score stored before floors existed).',
  })
  weightedScore!: number | null;

  floors?: ThreadingFloorType[];

  @Field(() => DateTimeISO)
  asOf!: string;

  @Field(() => [ThreadingComponentType])
  components!: ThreadingComponentType[];

  @Field(() => Float, { description: 'ARR of the active subscriptions.' })
  arr!: number;

  @Field(() => Float, { description: 'arr × score / 100: ARR weighted by its exposure.' })
  riskWeightedArr!: number;

  @Field(() => [EngagedPersonType], { description: 'Strongest first.' })
  engaged!: EngagedPersonType[];

  @Field(() => ContactConcentrationType)
  concentration!: ContactConcentrationType;

  @Field(() => [RoleCoverageType])
  roleCoverage!: RoleCoverageType[];

  @Field(() => ThreadingStructureType)
  structure!: ThreadingStructureType;

  @Field(() => DecisionReachType)
  decisionPeople!: DecisionReachType;

  @Field(() => [CriticalPersonType], { description: 'Most decision people cut off first.' })
  criticalPeople!: CriticalPersonType[];

  @Field(() => [String], { description: 'What the score could not see.' })
  dataGaps!: string[];

  accountId!: string;
}

export const ThreadingRiskConnection = connectionOf(ThreadingRiskType, 'ThreadingRisk');

@ObjectType('ThreadingRiskLevelSummary')
export class ThreadingLevelSummaryType {
  @Field(() => ThreadingRiskLevelEnum)
  level!: ThreadingRiskLevel;

  @Field(() => Int)
  accounts!: number;

  @Field(() => Float)
  arr!: number;
}

@ObjectType('PortfolioThreadingRisk', {
  description: 'Every account ranked by single-threading risk, riskiest first.',
})
export class PortfolioThreadingRiskType extends ThreadingRiskConnection {
  @Field(() => DateTimeISO)
  asOf!: string;

  @Field(() => Float, { description: 'ARR of the whole portfolio.' })
  totalArr!: number;

  @Field(() => Float, { description: 'ARR of the accounts at HIGH risk.' })
  arrAtHighRisk!: number;

  @Field(() => Float, { description: 'Σ arr × score / 100 over the portfolio.' })
  riskWeightedArr!: number;

  @Field(() => [ThreadingLevelSummaryType])
  byLevel!: ThreadingLevelSummaryType[];

  @Field(() => Int, { description: 'Accounts whose stored score is stale (being re-scored).' })
  staleAccounts!: number;

  @Field(() => DateTimeISO, {
    nullable: true,
    description: 'When the oldest stored score of the portfolio was computed.',
  })
  oldestComputedAt!: string | null;
}
