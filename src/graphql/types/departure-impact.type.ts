import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  ActivityBasis,
  BuildNextReason,
  StakeholderRole,
  ThreadingComponentName,
  ThreadingRiskLevel,
} from '../../domain/vocabulary';
import {
  ActivityBasisEnum,
  BuildNextReasonEnum,
  StakeholderRoleEnum,
  SubscriptionScopeEnum,
  ThreadingComponentEnum,
  ThreadingRiskLevelEnum,
} from '../enums';
import { LocalDate } from '../scalars';
import { RoleAssignmentType } from './role-assignment.type';
import { StakeholderType } from './stakeholder.type';
import { SubscriptionType } from './subscription.type';
import { ThreadingRiskType } from './threading-risk.type';
import { ActiveUserType, DecisionReachChangeType, PersonUsageType } from './person-usage.type';

@ObjectType('EndedRole', { description: 'A role the person held that ends with them.' })
export class EndedRoleType {
  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field({ description: 'Nobody else holds it.' })
  leftEmpty!: boolean;

  stillHeldByIds!: string[];
}

@ObjectType('OpportunityThreadLoss', { description: 'An open opportunity the person is a contact on.' })
export class OpportunityLossType {
  @Field(() => ID)
  opportunityId!: string;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true })
  amount!: number | null;

  @Field()
  stage!: string;

  @Field(() => LocalDate, { nullable: true })
  closeDate!: string | null;

  @Field(() => StakeholderRoleEnum, { description: "The person's contact role on it." })
  contactRole!: StakeholderRole;

  @Field({ description: 'They were engaged and no other engaged contact is left on it.' })
  losesOnlyEngagedThread!: boolean;

  remainingEngagedIds!: string[];
}

@ObjectType('ObjectiveOwnerLoss', {
  description: 'A customer objective the person owned: it loses its owner.',
})
export class ObjectiveLossType {
  @Field(() => ID)
  objectiveId!: string;

  @Field()
  title!: string;

  @Field()
  status!: string;

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  candidateOwnerIds!: string[];
}

@ObjectType('SubscriptionThreadLoss', {
  description:
    "A subscription of the person's business unit (or, when they were our only thread, the account's).",
})
export class SubscriptionLossType {
  @Field(() => SubscriptionScopeEnum)
  scope!: 'UNIT' | 'ACCOUNT';

  @Field()
  losesOnlyEngagedThread!: boolean;

  @Field(() => SubscriptionType)
  subscription!: SubscriptionType;

  remainingEngagedIds!: string[];
}

@ObjectType('DepartmentThreadLoss', { description: "The person's department and who we still engage there." })
export class DepartmentLossType {
  @Field()
  name!: string;

  @Field(() => Int, { description: 'Engaged people in it before, the person included.' })
  engagedBefore!: number;

  @Field()
  losesOnlyEngagedThread!: boolean;

  remainingEngagedIds!: string[];
}

@ObjectType('ThreadingComponentChange')
export class ComponentChangeType {
  @Field(() => ThreadingComponentEnum)
  name!: ThreadingComponentName;

  @Field(() => Float)
  before!: number;

  @Field(() => Float)
  after!: number;

  @Field(() => Float)
  change!: number;
}

@ObjectType('BuildNextReasonDetail')
export class BuildNextReasonType {
  @Field(() => BuildNextReasonEnum)
  reason!: BuildNextReason;

  @Field()
  detail!: string;

  @Field(() => Float, { description: 'What this reason adds to the priority (configuration).' })
  priority!: number;
}

@ObjectType('BuildNextCandidate', { description: 'Someone to build a relationship with next, and why.' })
export class BuildNextCandidateType {
  @Field(() => Int, { description: '1 = first.' })
  rank!: number;

  @Field(() => Float, { description: 'Σ reason priorities + warmth (strength / 100 × configured weight).' })
  priority!: number;

  @Field(() => [BuildNextReasonType])
  reasons!: BuildNextReasonType[];

  @Field(() => Float, { description: 'Our relationship strength with them today.' })
  strength!: number;

  @Field()
  engaged!: boolean;

  @Field(() => [StakeholderRoleEnum])
  roles!: StakeholderRole[];

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => Int, { description: 'Org-chart level, 0 = top.' })
  level!: number;

  @Field(() => Int, { description: 'Support tickets raised in the activity window.' })
  ticketsRaised!: number;

  @Field(() => Int, { description: 'Interactions with our team in the activity window.' })
  recentInteractions!: number;

  @Field(() => Float, { nullable: true, description: 'How strongly the departed person swayed them.' })
  influenceWeight!: number | null;

  @Field({ description: 'Reports (directly or not) to the person who left.' })
  inDepartedTeam!: boolean;

  @Field(() => PersonUsageType, { nullable: true, description: 'Their product usage; null when unknown.' })
  usage!: PersonUsageType | null;

  personId!: string;
}

@ObjectType('ThreadingRiskChange')
export class RiskChangeType {
  @Field(() => Float)
  scoreBefore!: number;

  @Field(() => ThreadingRiskLevelEnum)
  levelBefore!: ThreadingRiskLevel;

  @Field(() => Float)
  scoreAfter!: number;

  @Field(() => ThreadingRiskLevelEnum)
  levelAfter!: ThreadingRiskLevel;

  @Field(() => Float, { description: 'after − before.' })
  change!: number;

  @Field(() => [ComponentChangeType])
  components!: ComponentChangeType[];
}

@ObjectType('DepartureImpact', { description: 'What a departure costs the account, and whom to build next.' })
export class DepartureImpactType {
  @Field(() => LocalDate, { description: 'The day judged: the last day the person was there.' })
  asOf!: string;

  @Field(() => [EndedRoleType])
  rolesEnded!: EndedRoleType[];

  @Field(() => [StakeholderRoleEnum], { description: 'Roles nobody else holds.' })
  rolesLeftEmpty!: StakeholderRole[];

  @Field(() => [OpportunityLossType])
  opportunities!: OpportunityLossType[];

  @Field(() => [ObjectiveLossType])
  objectives!: ObjectiveLossType[];

  @Field(() => [SubscriptionLossType])
  subscriptions!: SubscriptionLossType[];

  @Field(() => DepartmentLossType, { nullable: true, description: 'Null when the person has no department.' })
  department!: DepartmentLossType | null;

  @Field(() => RiskChangeType)
  risk!: RiskChangeType;

  @Field(() => ThreadingRiskType, { description: 'The full reading with the person.' })
  before!: ThreadingRiskType;

  @Field(() => ThreadingRiskType, { description: 'The full reading without them.' })
  after!: ThreadingRiskType;

  @Field(() => DecisionReachChangeType, {
    description:
      'Decision makers and economic buyers reachable before and after, and who is cut off: a lost only path shows here even when a risk component was already at its maximum.',
  })
  reachability!: DecisionReachChangeType;

  @Field(() => [BuildNextCandidateType], { description: 'Highest priority first.' })
  buildNext!: BuildNextCandidateType[];

  @Field(() => ActivityBasisEnum, {
    description: 'What activeUsers were ranked by: product usage per person, else interactions.',
  })
  activityBasis!: ActivityBasis;

  @Field(() => [ActiveUserType], { description: 'The most active users still there, most active first.' })
  activeUsers!: ActiveUserType[];

  @Field({ description: 'True when the successor was inferred, false when it was named.' })
  successorInferred!: boolean;

  @Field(() => [String])
  dataGaps!: string[];

  stakeholderId!: string;
  accountId!: string;
  successorId!: string | null;
}

@ObjectType('StakeholderDeparture', { description: 'A departure recorded, and what it costs.' })
export class StakeholderDepartureType {
  @Field(() => StakeholderType)
  stakeholder!: StakeholderType;

  @Field(() => LocalDate)
  departedAt!: string;

  @Field(() => [RoleAssignmentType], { description: 'The roles that ended on departedAt.' })
  endedRoles!: RoleAssignmentType[];

  @Field(() => DepartureImpactType)
  impact!: DepartureImpactType;
}
