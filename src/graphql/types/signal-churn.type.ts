import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ChurnIndicatorKind, StakeholderRole, TicketSeverity } from '../../domain/vocabulary';
import {
  ChurnIndicatorKindEnum,
  SentimentRuleEnum,
  SentimentSourceEnum,
  StakeholderRoleEnum,
} from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import { ConcernedStakeholderType, UsageSnapshotEvidenceType } from './signal.type';
import { CopiedPersonName, CopiedPersonNameTitle } from './copied-fields.type';

@ObjectType('UsageDecline', { description: 'Active seats down from their recent peak.' })
export class UsageDeclineType {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  productName!: string;

  @Field(() => ID, { nullable: true })
  businessUnitId!: string | null;

  @Field(() => String, { nullable: true })
  businessUnitName!: string | null;

  @Field(() => LocalDate)
  peakDate!: string;

  @Field(() => Int)
  peakActiveSeats!: number;

  @Field(() => LocalDate)
  latestDate!: string;

  @Field(() => Int)
  latestActiveSeats!: number;

  @Field(() => Float, { description: '(peak − latest) / peak.' })
  decline!: number;

  @Field(() => Float)
  minDecline!: number;

  @Field(() => [UsageSnapshotEvidenceType], { description: 'The window the peak was looked for in.' })
  snapshots!: UsageSnapshotEvidenceType[];
}

@ObjectType('CurrentRoleHolder', { description: 'Who holds a role now, since when.' })
export class CurrentRoleHolderType extends CopiedPersonName {
  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDate)
  since!: string;
}

@ObjectType('KeyStakeholderDeparture', { description: 'A champion or sponsor who left.' })
export class KeyStakeholderDepartureType extends CopiedPersonNameTitle {
  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDate, { description: 'When they took the role.' })
  since!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the role ended.' })
  until!: string | null;

  @Field(() => LocalDate, { nullable: true })
  departedAt!: string | null;

  @Field(() => [CurrentRoleHolderType], { description: 'Who holds the role on asOf; empty when vacant.' })
  currentHolders!: CurrentRoleHolderType[];
}

@ObjectType('TicketWindow')
export class TicketWindowType {
  @Field(() => DateTimeISO, { description: 'Start of the window (its end is the next window or asOf).' })
  from!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'Σ severity weights (configuration).' })
  weighted!: number;

  @Field(() => Int)
  escalated!: number;
}

@ObjectType('TicketEvidence')
export class TicketEvidenceType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { description: 'LOW, MEDIUM, HIGH or URGENT.' })
  severity!: TicketSeverity;

  @Field(() => DateTimeISO)
  openedAt!: string;

  @Field(() => Float, { nullable: true })
  sentiment!: number | null;

  @Field()
  escalated!: boolean;

  @Field(() => ID, { nullable: true })
  raisedById!: string | null;
}

@ObjectType('TicketTrend', {
  description: 'Ticket volume, severity and escalations, recent window against the one before.',
})
export class TicketTrendType {
  @Field(() => TicketWindowType)
  recent!: TicketWindowType;

  @Field(() => TicketWindowType)
  previous!: TicketWindowType;

  @Field(() => Float, { nullable: true, description: 'recent.weighted / previous.weighted − 1.' })
  growth!: number | null;

  @Field(() => [TicketEvidenceType], { description: "The recent window's tickets." })
  tickets!: TicketEvidenceType[];
}

@ObjectType('SentimentObservation')
export class SentimentObservationType {
  @Field(() => ID, { description: 'Ticket or NPS response id.' })
  id!: string;

  @Field(() => DateTimeISO)
  at!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => ID, { nullable: true })
  personId!: string | null;
}

@ObjectType('SentimentTrend', { description: 'Mean sentiment or NPS, recent window against the one before.' })
export class SentimentTrendType {
  @Field(() => SentimentSourceEnum)
  source!: 'TICKETS' | 'NPS';

  @Field(() => DateTimeISO)
  recentFrom!: string;

  @Field(() => DateTimeISO)
  previousFrom!: string;

  @Field(() => Float)
  recentMean!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Null when the previous window had too few observations.',
  })
  previousMean!: number | null;

  @Field(() => Float, { nullable: true })
  change!: number | null;

  @Field(() => SentimentRuleEnum)
  rule!: 'DROP' | 'FLOOR';

  @Field(() => Float, { description: 'The drop (DROP) or the floor (FLOOR) that was crossed.' })
  threshold!: number;

  @Field(() => [SentimentObservationType])
  observations!: SentimentObservationType[];

  @Field(() => [SentimentObservationType])
  previousObservations!: SentimentObservationType[];
}

@ObjectType('ChurnIndicator', {
  description: 'A leading sign of churn, with the day it began and its evidence.',
})
export class ChurnIndicatorType {
  @Field(() => ChurnIndicatorKindEnum)
  kind!: ChurnIndicatorKind;

  @Field(() => LocalDate)
  began!: string;

  @Field()
  summary!: string;

  @Field(() => UsageDeclineType, { nullable: true })
  usageDecline!: UsageDeclineType | null;

  @Field(() => KeyStakeholderDepartureType, { nullable: true })
  departure!: KeyStakeholderDepartureType | null;

  @Field(() => TicketTrendType, { nullable: true })
  tickets!: TicketTrendType | null;

  @Field(() => SentimentTrendType, { nullable: true })
  sentiment!: SentimentTrendType | null;

  @Field(() => [ConcernedStakeholderType], {
    description: 'Whom it concerns, and why: named people first, then role holders, then the most senior.',
  })
  stakeholders!: ConcernedStakeholderType[];

  @Field(() => Int, { description: 'Also concerned, left out beyond the configured maximum.' })
  moreStakeholders!: number;
}

@ObjectType('AccountChurnIndicators')
export class AccountChurnIndicatorsType {
  accountId!: string;

  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => [ChurnIndicatorType], { description: 'Earliest first.' })
  indicators!: ChurnIndicatorType[];

  @Field(() => [String])
  dataGaps!: string[];
}

export const AccountChurnIndicatorsConnection = connectionOf(
  AccountChurnIndicatorsType,
  'AccountChurnIndicators',
);
