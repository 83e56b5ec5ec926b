import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  BusinessCaseMetric,
  ExpansionOpportunityStatus,
  ExpansionType,
  ObjectiveStatus,
  OpportunityEvidenceKind,
  OpportunityReasonCode,
  OpportunitySizingMethod,
  QualificationCriterion,
  SeatPriceBasis,
} from '../../domain/vocabulary';
import {
  BusinessCaseMetricEnum,
  ExpansionOpportunityStatusEnum,
  ExpansionTypeEnum,
  ObjectiveStatusEnum,
  OpportunityEvidenceKindEnum,
  OpportunityReasonCodeEnum,
  OpportunitySizingMethodEnum,
  QualificationCriterionEnum,
  SeatPriceBasisEnum,
} from '../enums';
import { LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import { ExpansionBlockType, ExpansionGateType } from './play.type';
import { ProductType } from './product.type';
import { ExpansionSignalType } from './signal-expansion.type';
import { ConcernedStakeholderType } from './signal.type';
import { RankedWhitespaceType } from './whitespace.type';
import { CopiedAccountName, useLink } from './copied-fields.type';

@ObjectType('OpportunityEvidence', { description: 'A graph record an expansion judgement cites.' })
export class OpportunityEvidenceType {
  @Field(() => OpportunityEvidenceKindEnum)
  kind!: OpportunityEvidenceKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD or an ISO instant, when the record has one.',
  })
  date!: string | null;

  @Field()
  label!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType('OpportunityReason', { description: 'One reason a judgement rests on, with its evidence.' })
export class OpportunityReasonType {
  @Field(() => OpportunityReasonCodeEnum)
  code!: OpportunityReasonCode;

  @Field({ description: 'Whether it holds (readiness also lists the checks that fail).' })
  met!: boolean;

  @Field()
  detail!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day it is about (a projected ceiling, a renewal, a request).',
  })
  date!: string | null;

  @Field(() => [OpportunityEvidenceType])
  evidence!: OpportunityEvidenceType[];
}

@ObjectType('OpportunityJudgement', {
  description: 'Context, timing, stakeholder alignment, readiness or intent: met or not, and why.',
})
export class OpportunityJudgementType {
  @Field()
  met!: boolean;

  @Field(() => [OpportunityReasonType])
  reasons!: OpportunityReasonType[];

  @Field(() => String, { nullable: true, description: 'When not met: what was looked for and not found.' })
  missing!: string | null;

  @Field(() => Int, { description: 'Reasons of the same kind left out beyond the configured maximum.' })
  omitted!: number;
}

@ObjectType('SeatOption', { description: 'One of the seat options the customer chooses from.' })
export class SeatOptionType {
  @Field(() => Float, { description: 'Share of the licensed seats added (0.25 = +25%).' })
  share!: number;

  @Field(() => Int, { description: 'ceil(licensed × share).' })
  seats!: number;

  @Field(() => Int, { description: 'Licensed seats after it.' })
  newCeiling!: number;

  @Field(() => Float, { nullable: true, description: 'seats × price per seat, a year.' })
  price!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(newCeiling − active seats) / seats gained a month: months to the new ceiling at today’s rate.',
  })
  monthsOfHeadroom!: number | null;
}

@ObjectType('OpportunityObjective', { description: 'A customer objective an opportunity serves.' })
export class OpportunityObjectiveType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  metric!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  @Field(() => ObjectiveStatusEnum)
  status!: ObjectiveStatus;

  @Field(() => ID, { nullable: true })
  ownerPersonId!: string | null;

  @Field(() => String, { nullable: true, deprecationReason: useLink('owner', 'name') })
  ownerName!: string | null;
}

@ObjectType('BusinessCase', {
  description: "The case in the customer's terms: their metric, their objective, the numbers.",
})
export class BusinessCaseType {
  @Field(() => BusinessCaseMetricEnum)
  metric!: BusinessCaseMetric;

  @Field()
  statement!: string;

  @Field(() => OpportunityObjectiveType, { nullable: true })
  objective!: OpportunityObjectiveType | null;

  @Field(() => [SeatOptionType], {
    description: 'Seat expansions: the options to choose from (+25% to +50% by default).',
  })
  options!: SeatOptionType[];

  @Field(() => [String], { description: 'What the case lacks that only the customer can tell.' })
  gaps!: string[];
}

@ObjectType('OpportunitySize', { description: 'What it is worth a year, and how that was worked out.' })
export class OpportunitySizeType {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => OpportunitySizingMethodEnum, { nullable: true })
  method!: OpportunitySizingMethod | null;

  @Field(() => Int, { nullable: true })
  seats!: number | null;

  @Field(() => Float, { nullable: true })
  pricePerSeat!: number | null;

  @Field(() => SeatPriceBasisEnum, { nullable: true })
  priceBasis!: SeatPriceBasis | null;

  @Field({ description: 'The arithmetic, with the records it used.' })
  calculation!: string;

  @Field(() => [ID], { description: 'Subscriptions the price or size rests on.' })
  evidenceIds!: string[];
}

@ObjectType('SuggestedTiming', { description: 'When to raise it, and why that day.' })
export class SuggestedTimingType {
  @Field(() => LocalDate, { description: 'Never before asOf.' })
  date!: string;

  @Field()
  why!: string;

  @Field({ description: 'The last good day has passed (or the seats already ran out).' })
  overdue!: boolean;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The last good day to raise it: the projected ceiling less the conversation lead, or the renewal less its lead.',
  })
  deadline!: string | null;

  @Field(() => String, { nullable: true })
  deadlineWhy!: string | null;
}

@ObjectType('OpportunityHold', { description: 'The health gate holds expansion back at this account.' })
export class OpportunityHoldType {
  @Field()
  message!: string;

  @Field(() => [ExpansionBlockType])
  blockers!: ExpansionBlockType[];
}

@ObjectType('ExpansionOpportunity', {
  description:
    'An expansion signal or whitespace cell judged: an OBSERVATION until it has context, timing and an engaged person who cares; READY_TO_PROPOSE only with intent and readiness.',
})
export class ExpansionOpportunityType extends CopiedAccountName {
  @Field(() => ID, { description: 'Stable: account/kind/product/where.' })
  id!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => ExpansionTypeEnum)
  expansionType!: ExpansionType;

  @Field(() => ProductType)
  product!: ProductType;

  @Field(() => ID, { nullable: true, description: 'The unit concerned; null for the whole account.' })
  businessUnitId!: string | null;

  @Field(() => String, { nullable: true })
  businessUnitName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The subscription expanded (seats, tier).' })
  subscriptionId!: string | null;

  @Field(() => ExpansionOpportunityStatusEnum)
  status!: ExpansionOpportunityStatus;

  @Field(() => [QualificationCriterionEnum], {
    description: 'What it lacks to qualify (empty unless OBSERVATION).',
  })
  missing!: QualificationCriterion[];

  @Field({ description: 'Where it stands and what to do next, in one sentence.' })
  summary!: string;

  @Field(() => [ExpansionSignalType], {
    description: 'The signals it was found from, the first one raised it.',
  })
  signals!: ExpansionSignalType[];

  @Field(() => RankedWhitespaceType, {
    nullable: true,
    description: 'The whitespace cell it was found from.',
  })
  whitespaceCell!: RankedWhitespaceType | null;

  @Field(() => OpportunityJudgementType, { description: 'Why it happens: a cause beyond the signal.' })
  context!: OpportunityJudgementType;

  @Field(() => OpportunityJudgementType, { description: 'Why now.' })
  timing!: OpportunityJudgementType;

  @Field(() => OpportunityJudgementType, { description: 'An engaged person who cares, named.' })
  stakeholderAlignment!: OpportunityJudgementType;

  @Field(() => OpportunityJudgementType, {
    description: 'They can buy: the health gate, sentiment, need. Every check listed.',
  })
  readiness!: OpportunityJudgementType;

  @Field(() => OpportunityJudgementType, {
    description: 'They want to buy: an open opportunity, a request of theirs.',
  })
  intent!: OpportunityJudgementType;

  @Field(() => OpportunityHoldType, {
    nullable: true,
    description: 'Set when the health gate holds it back.',
  })
  hold!: OpportunityHoldType | null;

  @Field(() => BusinessCaseType)
  businessCase!: BusinessCaseType;

  @Field(() => OpportunitySizeType)
  size!: OpportunitySizeType;

  @Field(() => SuggestedTimingType, { nullable: true })
  suggestedTiming!: SuggestedTimingType | null;

  @Field(() => [ConcernedStakeholderType])
  stakeholders!: ConcernedStakeholderType[];

  @Field(() => Int)
  moreStakeholders!: number;
}

@ObjectType('OpportunityStatusCount')
export class OpportunityStatusCountType {
  @Field(() => ExpansionOpportunityStatusEnum)
  status!: ExpansionOpportunityStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AccountExpansionOpportunities', {
  description: "An account's expansion signals and best whitespace, each judged: ready first, then largest.",
})
export class AccountExpansionOpportunitiesType extends CopiedAccountName {
  @Field(() => ID)
  accountId!: string;

  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => [ExpansionOpportunityType], {
    description: 'Bounded: one per signal finding plus the configured number of whitespace cells.',
  })
  opportunities!: ExpansionOpportunityType[];

  @Field(() => [OpportunityStatusCountType])
  byStatus!: OpportunityStatusCountType[];

  @Field(() => ExpansionGateType, {
    description: 'The health gate every opportunity here is held by when it refuses.',
  })
  expansionGate!: ExpansionGateType;

  @Field(() => [String])
  dataGaps!: string[];
}

export const ExpansionOpportunityConnection = connectionOf(ExpansionOpportunityType, 'ExpansionOpportunity');
