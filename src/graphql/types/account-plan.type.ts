import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  ActionSource,
  ExpansionType,
  ObjectiveStatus,
  PlayKind,
  StakeholderRole,
  SuccessMetricKey,
  SuccessMetricStatus,
  TeamRole,
  ValueMetricKey,
} from '../../domain/vocabulary';
import {
  ActionSourceEnum,
  ExpansionTypeEnum,
  ObjectiveStatusEnum,
  PlayKindEnum,
  StakeholderRoleEnum,
  SuccessMetricKeyEnum,
  SuccessMetricStatusEnum,
  TeamRoleEnum,
  ValueMetricKeyEnum,
} from '../enums';
import { LocalDate } from '../scalars';
import { EngagementCalendarType } from './engagement-calendar.type';
import { AccountExpansionOpportunitiesType } from './expansion-opportunity.type';
import { AccountHealthType, HealthEvidenceType } from './health.type';
import { ExpansionBlockType, PlayOwnerType, PlayPersonType } from './play.type';
import { ThreadingRiskType } from './threading-risk.type';
import { CopiedPersonNameTitle, useLink } from './copied-fields.type';

@ObjectType('PlanObjectiveOwner', { description: 'Who owns a customer objective on their side.' })
export class PlanObjectiveOwnerType extends CopiedPersonNameTitle {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Their unit, else their department.' })
  businessUnitName!: string | null;

  @Field({ description: 'False when they have left the account.' })
  stillThere!: boolean;
}

@ObjectType('PlanObjective', {
  description: "A customer objective in their words, and where it stands on the plan's day.",
})
export class PlanObjectiveType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Their measure of success.' })
  metric!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  @Field(() => ObjectiveStatusEnum)
  status!: ObjectiveStatus;

  @Field(() => Int, { nullable: true, description: 'Days to the due date (negative when past).' })
  daysToDue!: number | null;

  @Field({ description: 'Past its due date and neither achieved nor abandoned.' })
  overdue!: boolean;

  @Field(() => PlanObjectiveOwnerType, { nullable: true })
  owner!: PlanObjectiveOwnerType | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether we truly engage the owner (threading); null without an owner still there.',
  })
  ownerEngaged!: boolean | null;
}

@ObjectType('CustomerVisionTheme', { description: "The customer's open objectives of one unit." })
export class CustomerVisionThemeType {
  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => [ID])
  objectiveIds!: string[];

  @Field(() => [String])
  titles!: string[];
}

@ObjectType('CustomerVision', {
  description:
    "Where the customer says the business is going: their open objectives within the plan's horizon, in their words. Null statement when none is recorded.",
})
export class CustomerVisionType {
  @Field(() => String, { nullable: true })
  statement!: string | null;

  @Field(() => [CustomerVisionThemeType])
  themes!: CustomerVisionThemeType[];
}

@ObjectType('PlanStakeholder', { description: "One row of the plan's stakeholder map." })
export class PlanPersonType extends CopiedPersonNameTitle {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { nullable: true, deprecationReason: useLink('stakeholder', 'department') })
  department!: string | null;

  @Field(() => [StakeholderRoleEnum], { description: 'Roles held today, buying roles first.' })
  roles!: StakeholderRole[];

  @Field(() => Float, { nullable: true, description: 'Our strongest relationship with them, 0–100.' })
  strength!: number | null;

  @Field()
  engaged!: boolean;

  @Field({ description: 'Their leaving alone would cut us off from people who decide.' })
  critical!: boolean;

  @Field({ description: 'A role holder with no engaged person next to them.' })
  withoutBackup!: boolean;
}

@ObjectType('RenewalAhead', { description: 'Subscriptions renewing on one day: one conversation.' })
export class RenewalAheadType {
  @Field(() => LocalDate)
  renewalDate!: string;

  @Field(() => [ID])
  subscriptionIds!: string[];

  @Field(() => [String])
  productNames!: string[];

  @Field(() => Float)
  arr!: number;
}

@ObjectType('GrowthStrategy', {
  description:
    'The growth motion the health gate allows (expansion for green and successful, stabilisation for yellow, rescue for red or after a champion leaves), and why.',
})
export class GrowthStrategyType {
  @Field(() => PlayKindEnum)
  motion!: PlayKind;

  @Field()
  headline!: string;

  @Field(() => [String])
  rationale!: string[];

  @Field()
  expansionAllowed!: boolean;

  @Field(() => [ExpansionBlockType])
  blockers!: ExpansionBlockType[];

  @Field(() => [ID], {
    description: 'Opportunities to pursue now, ready ones first; empty while expansion is held.',
  })
  focusOpportunityIds!: string[];
}

@ObjectType('RaciAssignee', {
  description: 'A RACI letter: the team role, and who covers it on this account.',
})
export class RaciAssigneeType {
  @Field(() => TeamRoleEnum)
  role!: TeamRole;

  @Field(() => PlayOwnerType, {
    nullable: true,
    description: 'Null when nobody covers the role or a fallback.',
  })
  teamMember!: PlayOwnerType | null;
}

@ObjectType('ExpansionRaci', {
  description: 'Who is Responsible, Accountable, Consulted and Informed for one kind of expansion.',
})
export class RaciEntryType {
  @Field(() => ExpansionTypeEnum)
  expansionType!: ExpansionType;

  @Field(() => RaciAssigneeType)
  responsible!: RaciAssigneeType;

  @Field(() => RaciAssigneeType)
  accountable!: RaciAssigneeType;

  @Field(() => [RaciAssigneeType])
  consulted!: RaciAssigneeType[];

  @Field(() => [RaciAssigneeType])
  informed!: RaciAssigneeType[];

  @Field(() => [ID])
  opportunityIds!: string[];

  @Field(() => Float)
  pipelineValue!: number;
}

@ObjectType('TeamLoad', {
  description: "What one member of our team carries on the account over the plan's horizon.",
})
export class TeamLoadType {
  @Field(() => PlayOwnerType)
  teamMember!: PlayOwnerType;

  @Field(() => [ExpansionTypeEnum])
  leads!: ExpansionType[];

  @Field(() => Int)
  playSteps!: number;

  @Field(() => Int)
  touchpoints!: number;
}

@ObjectType('ResourceAllocation', {
  description: 'The RACI per expansion type, and the load on each member of the team.',
})
export class ResourceAllocationType {
  @Field(() => [RaciEntryType])
  raci!: RaciEntryType[];

  @Field(() => [TeamLoadType])
  team!: TeamLoadType[];

  @Field(() => [String])
  gaps!: string[];
}

@ObjectType('SuccessMetric', {
  description: "A measure the plan is judged by: today's value against its target.",
})
export class SuccessMetricType {
  @Field(() => SuccessMetricKeyEnum)
  key!: SuccessMetricKey;

  @Field()
  label!: string;

  @Field(() => Float, { nullable: true })
  current!: number | null;

  @Field(() => Float)
  target!: number;

  @Field({ description: 'AT_LEAST or AT_MOST.' })
  comparison!: string;

  @Field()
  unit!: string;

  @Field(() => SuccessMetricStatusEnum)
  status!: SuccessMetricStatus;

  @Field(() => LocalDate)
  dueDate!: string;

  @Field()
  explanation!: string;
}

@ObjectType('ActionItem', {
  description: 'A commitment of the mutual action plan: what, by when, who on each side.',
})
export class ActionItemType {
  @Field(() => LocalDate)
  date!: string;

  @Field()
  title!: string;

  @Field()
  detail!: string;

  @Field(() => ActionSourceEnum)
  source!: ActionSource;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => PlayOwnerType, { nullable: true })
  ourOwner!: PlayOwnerType | null;

  @Field(() => [PlayPersonType])
  customerOwners!: PlayPersonType[];

  @Field({ description: 'The customer leads it (their objective); we support.' })
  customerLed!: boolean;

  @Field()
  overdue!: boolean;
}

@ObjectType('AccountPlan', {
  description:
    'The strategic account plan: objectives and vision, health, the stakeholder map, expansion opportunities, the growth strategy the health gate allows, resource allocation with a RACI per expansion type, success metrics and a mutual action plan — and the same as Markdown.',
})
export class AccountPlanType {
  @Field(() => ID)
  accountId!: string;

  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => [PlanObjectiveType])
  objectives!: PlanObjectiveType[];

  @Field(() => CustomerVisionType)
  vision!: CustomerVisionType;

  @Field(() => AccountHealthType)
  health!: AccountHealthType;

  @Field(() => ThreadingRiskType)
  threading!: ThreadingRiskType;

  @Field(() => [PlanPersonType], {
    description: 'Role holders, engaged and critical people: buying roles first (at most 25).',
  })
  keyPeople!: PlanPersonType[];

  @Field(() => Int, { description: 'People of the map beyond keyPeople (see stakeholderMap).' })
  moreKeyPeople!: number;

  @Field(() => [RenewalAheadType])
  renewals!: RenewalAheadType[];

  @Field(() => GrowthStrategyType)
  growthStrategy!: GrowthStrategyType;

  @Field(() => ResourceAllocationType)
  resourceAllocation!: ResourceAllocationType;

  @Field(() => [SuccessMetricType])
  successMetrics!: SuccessMetricType[];

  @Field(() => [ActionItemType], { description: 'Soonest first.' })
  mutualActionPlan!: ActionItemType[];

  @Field(() => AccountExpansionOpportunitiesType, {
    description: 'Expansion signals and whitespace, each judged; ready to propose first.',
  })
  opportunities!: AccountExpansionOpportunitiesType;

  @Field(() => EngagementCalendarType, {
    description: "Touchpoints by stakeholder and timing over the plan's horizon.",
  })
  calendar!: EngagementCalendarType;

  @Field(() => [String], { description: 'What the plan could not fill.' })
  gaps!: string[];
}

@ObjectType('ValueMetric', {
  description: 'One measure of the value delivered over the period, with the rows it was read from.',
})
export class ValueMetricType {
  @Field(() => ValueMetricKeyEnum)
  key!: ValueMetricKey;

  @Field()
  label!: string;

  @Field(() => Float, { nullable: true })
  before!: number | null;

  @Field(() => Float, { nullable: true })
  after!: number | null;

  @Field(() => Float, { nullable: true })
  change!: number | null;

  @Field()
  unit!: string;

  @Field({ description: 'PERIOD_START, PREVIOUS_PERIOD or NOTHING: what `before` is.' })
  comparedWith!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Good news for the customer; null when flat or unknown.',
  })
  improved!: boolean | null;

  @Field()
  summary!: string;

  @Field(() => [HealthEvidenceType])
  evidence!: HealthEvidenceType[];
}

@ObjectType('ValueDelivered', { description: 'The value delivered over a period, in numbers.' })
export class ValueDeliveredType {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => LocalDate, { description: 'Start of the previous period of the same length, compared with.' })
  previousFrom!: string;

  @Field(() => [ValueMetricType])
  metrics!: ValueMetricType[];

  @Field(() => [String], { description: 'What could not be measured, and why.' })
  notMeasured!: string[];
}

@ObjectType('ExecutiveBriefing', {
  description:
    'The executive briefing / QBR pack: it opens with the value delivered in numbers, then the account plan looking forward; also as Markdown.',
})
export class ExecutiveBriefingType {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ValueDeliveredType)
  value!: ValueDeliveredType;

  @Field(() => AccountPlanType)
  plan!: AccountPlanType;
}
