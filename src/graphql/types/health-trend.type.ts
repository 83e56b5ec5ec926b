import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { HealthBand, HealthComponentName } from '../../domain/vocabulary';
import { HealthBandEnum, HealthComponentEnum } from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { HealthBandsType } from './health.type';

@ObjectType('HealthSnapshotComponent', { description: 'A component as it was recorded.' })
export class HealthSnapshotComponentType {
  @Field(() => HealthComponentEnum)
  name!: HealthComponentName;

  @Field(() => Float)
  configuredWeight!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { nullable: true })
  rawScore!: number | null;

  @Field(() => Int)
  contribution!: number;
}

@ObjectType('HealthWeightChange')
export class HealthWeightChangeType {
  @Field(() => HealthComponentEnum)
  component!: HealthComponentName;

  @Field(() => Float)
  from!: number;

  @Field(() => Float)
  to!: number;
}

@ObjectType('HealthBandsChange')
export class HealthBandsChangeType {
  @Field(() => HealthBandsType)
  from!: HealthBandsType;

  @Field(() => HealthBandsType)
  to!: HealthBandsType;
}

@ObjectType('HealthConfigChange', {
  description:
    "The configuration changed since the previous snapshot: what changed, and (when the previous raw component scores can be re-weighed) how much of the score's change is the configuration's and how much the customer's.",
})
export class HealthConfigChangeType {
  @Field()
  previousConfigVersion!: string;

  @Field({
    description: "The previous snapshot's inputs could be re-scored under this snapshot's configuration.",
  })
  recomputed!: boolean;

  @Field(() => Int, { nullable: true })
  previousScoreUnderThisConfig!: number | null;

  @Field(() => HealthBandEnum, { nullable: true })
  previousBandUnderThisConfig!: HealthBand | null;

  @Field(() => Int, { nullable: true, description: 'Points of the change due to the configuration.' })
  configEffect!: number | null;

  @Field(() => Int, { nullable: true, description: 'Points of the change due to the customer.' })
  customerEffect!: number | null;

  @Field(() => [HealthWeightChangeType])
  changedWeights!: HealthWeightChangeType[];

  @Field(() => HealthBandsChangeType, { nullable: true })
  bandsChanged!: HealthBandsChangeType | null;

  @Field()
  explanation!: string;
}

@ObjectType('HealthTrendPoint', {
  description: 'A recorded health snapshot, compared with the one before it.',
})
export class HealthTrendPointType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  date!: string;

  @Field(() => Int, { nullable: true })
  score!: number | null;

  @Field(() => HealthBandEnum, { nullable: true })
  band!: HealthBand | null;

  @Field()
  configVersion!: string;

  @Field(() => HealthBandsType)
  bands!: HealthBandsType;

  @Field(() => [HealthSnapshotComponentType])
  components!: HealthSnapshotComponentType[];

  @Field(() => [String])
  redFlagCodes!: string[];

  @Field(() => [String])
  missingInputs!: string[];

  @Field(() => DateTimeISO)
  recordedAt!: string;

  @Field(() => Int, { nullable: true, description: 'Score change since the previous snapshot.' })
  change!: number | null;

  @Field({
    description:
      'The configuration differs from the previous snapshot’s: the change may be ours, not the customer’s.',
  })
  configChanged!: boolean;

  @Field(() => HealthConfigChangeType, { nullable: true })
  configChange!: HealthConfigChangeType | null;
}

@ObjectType('HealthBandCount')
export class HealthBandCountType {
  @Field(() => HealthBandEnum, { nullable: true, description: 'Null: health could not be scored.' })
  band!: HealthBand | null;

  @Field(() => Int)
  accounts!: number;
}

@ObjectType('HealthSnapshotReport', { description: 'What recordHealthSnapshots wrote.' })
export class HealthSnapshotReportType {
  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => Int, { description: 'Snapshots written (one per account; a day recorded again is replaced).' })
  recorded!: number;

  @Field(() => [HealthBandCountType])
  byBand!: HealthBandCountType[];

  @Field(() => [ID], {
    description: 'Accounts whose previous snapshot was taken under another configuration.',
  })
  configChanged!: string[];
}
