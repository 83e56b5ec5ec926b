import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ExpansionSignalKind, UnitUsageState } from '../../domain/vocabulary';
import { ExpansionSignalKindEnum, UnitUsageStateEnum } from '../enums';
import { LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import { ConcernedStakeholderType, UsageSnapshotEvidenceType } from './signal.type';

@ObjectType('CapacitySignal', { description: 'Seats near their ceiling and when they reach it.' })
export class CapacitySignalType {
  @Field(() => Int)
  licensedSeats!: number;

  @Field(() => Int)
  activeSeats!: number;

  @Field(() => Float, { description: 'activeSeats / licensedSeats on the latest snapshot.' })
  utilisation!: number;

  @Field(() => Float, { description: 'The utilisation at which this fires (configuration).' })
  threshold!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Seats gained per month: least-squares slope over `snapshots`.',
  })
  growthPerMonth!: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When active seats reach licensed seats at that rate, from the latest snapshot.',
  })
  projectedFullAt!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When to raise the capacity conversation (a configured lead before projectedFullAt).',
  })
  raiseConversationBy!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [UsageSnapshotEvidenceType], { description: 'The snapshots the rate was fitted to.' })
  snapshots!: UsageSnapshotEvidenceType[];
}

@ObjectType('AdoptionSignal', { description: 'Feature adoption climbing fast.' })
export class AdoptionSignalType {
  @Field(() => Float, { description: 'featuresAdopted / featuresAvailable, first snapshot used.' })
  fromRatio!: number;

  @Field(() => Float, { description: '…and last.' })
  toRatio!: number;

  @Field(() => Float, { description: 'Least-squares slope of the ratio per month (0.01 = one point).' })
  velocityPerMonth!: number;

  @Field(() => Float)
  minVelocityPerMonth!: number;

  @Field(() => [UsageSnapshotEvidenceType])
  snapshots!: UsageSnapshotEvidenceType[];
}

@ObjectType('UnitUsage', { description: "A unit's use of the product." })
export class UnitUsageType {
  @Field(() => ID)
  businessUnitId!: string;

  @Field(() => String, { nullable: true })
  businessUnitName!: string | null;

  @Field(() => UnitUsageStateEnum)
  state!: UnitUsageState;

  @Field(() => ID, {
    nullable: true,
    description: "The unit's own subscription; null when UNLICENSED_ACTIVE.",
  })
  subscriptionId!: string | null;

  @Field(() => Int, { nullable: true })
  licensedSeats!: number | null;

  @Field(() => Int)
  activeSeats!: number;

  @Field(() => Float, { nullable: true })
  utilisation!: number | null;

  @Field(() => ID, { description: 'The snapshot the state was read from.' })
  snapshotId!: string;

  @Field(() => LocalDate)
  date!: string;
}

@ObjectType('AsymmetrySignal', { description: 'One product used unevenly across units.' })
export class AsymmetrySignalType {
  @Field(() => ID)
  productId!: string;

  @Field()
  productName!: string;

  @Field(() => [UnitUsageType])
  units!: UnitUsageType[];
}

@ObjectType('HiringMovement')
export class HiringMovementType {
  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDate)
  date!: string;
}

@ObjectType('HiringUnit', { description: 'Joiners and leavers in one unit (or outside any unit).' })
export class HiringUnitType {
  @Field(() => ID, { nullable: true })
  businessUnitId!: string | null;

  @Field(() => String, { nullable: true })
  businessUnitName!: string | null;

  @Field(() => Int)
  knownAtStart!: number;

  @Field(() => [HiringMovementType])
  joined!: HiringMovementType[];

  @Field(() => [HiringMovementType])
  left!: HiringMovementType[];
}

@ObjectType('HiringSignal', {
  description:
    'Growth among the people we know there (the graph keeps headcount as one current figure, so this is the evidence it has).',
})
export class HiringSignalType {
  @Field()
  basis!: string;

  @Field(() => LocalDate)
  windowStart!: string;

  @Field(() => Int)
  knownAtStart!: number;

  @Field(() => Int)
  joined!: number;

  @Field(() => Int)
  left!: number;

  @Field(() => Float, { description: '(joined − left) / knownAtStart.' })
  growth!: number;

  @Field(() => [HiringUnitType])
  units!: HiringUnitType[];
}

@ObjectType('ExpansionSignal', {
  description:
    'An observation that the account could buy more. Not an opportunity: it has no context or timing yet.',
})
export class ExpansionSignalType {
  @Field(() => ExpansionSignalKindEnum)
  kind!: ExpansionSignalKind;

  @Field()
  summary!: string;

  @Field(() => LocalDate, { description: 'Date of the latest evidence.' })
  observedAt!: string;

  @Field(() => ID, { nullable: true })
  productId!: string | null;

  @Field(() => String, { nullable: true })
  productName!: string | null;

  @Field(() => ID, { nullable: true })
  subscriptionId!: string | null;

  @Field(() => ID, { nullable: true })
  businessUnitId!: string | null;

  @Field(() => String, { nullable: true })
  businessUnitName!: string | null;

  @Field(() => CapacitySignalType, { nullable: true })
  capacity!: CapacitySignalType | null;

  @Field(() => AdoptionSignalType, { nullable: true })
  adoption!: AdoptionSignalType | null;

  @Field(() => AsymmetrySignalType, { nullable: true })
  asymmetry!: AsymmetrySignalType | null;

  @Field(() => HiringSignalType, { nullable: true })
  hiring!: HiringSignalType | null;

  @Field(() => [ConcernedStakeholderType], {
    description: 'Whom it concerns, and why: named people first, then role holders, then the most senior.',
  })
  stakeholders!: ConcernedStakeholderType[];

  @Field(() => Int, { description: 'Also concerned, left out beyond the configured maximum.' })
  moreStakeholders!: number;
}

@ObjectType('AccountExpansionSignals')
export class AccountExpansionSignalsType {
  accountId!: string;

  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => [ExpansionSignalType])
  signals!: ExpansionSignalType[];

  @Field(() => [String], { description: 'What was missing, and what that means for the answer.' })
  dataGaps!: string[];
}

export const AccountExpansionSignalsConnection = connectionOf(
  AccountExpansionSignalsType,
  'AccountExpansionSignals',
);
