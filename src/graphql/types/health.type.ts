import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  HealthBand,
  HealthComponentName,
  HealthEvidenceKind,
  HealthRedFlagCode,
  HealthState,
  Segment,
} from '../../domain/vocabulary';
import {
  HealthBandEnum,
  HealthComponentEnum,
  HealthEvidenceKindEnum,
  HealthRedFlagCodeEnum,
  HealthStateEnum,
  SegmentEnum,
} from '../enums';
import { LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import { CopiedAccountName } from './copied-fields.type';

@ObjectType('HealthEvidence', { description: 'A graph record a health number rests on.' })
export class HealthEvidenceType {
  @Field(() => HealthEvidenceKindEnum)
  kind!: HealthEvidenceKind;

  @Field(() => ID, {
    description: 'The id of the subscription, usage snapshot, ticket, NPS answer, person or interaction.',
  })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its date (YYYY-MM-DD) or instant (ISO 8601).' })
  date!: string | null;

  @Field()
  label!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Its value: utilisation of a reading, sentiment of a ticket, an NPS score, ARR of a subscription, days since an interaction.',
  })
  value!: number | null;
}

@ObjectType('HealthInput', { description: 'One measured input of a component and what it scored within it.' })
export class HealthInputType {
  @Field()
  name!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field()
  unit!: string;

  @Field(() => Float, {
    nullable: true,
    description: '0..1; null for a fact shown for context only, or a missing input.',
  })
  score!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Its share of the component (the present inputs share 1); null when it does not score.',
  })
  weight!: number | null;

  @Field()
  description!: string;
}

@ObjectType('MissingHealthInput', { description: 'An input that could not be measured, and why.' })
export class MissingHealthInputType {
  @Field({ description: '`COMPONENT.input`, or `COMPONENT` when the whole component is missing.' })
  input!: string;

  @Field()
  reason!: string;
}

@ObjectType('HealthComponentScore', {
  description: 'One component of account health and what it brings to the score.',
})
export class HealthComponentType {
  @Field(() => HealthComponentEnum)
  name!: HealthComponentName;

  @Field(() => Float, { description: 'The weight the configuration gives it (segment profile).' })
  configuredWeight!: number;

  @Field(() => Float, {
    description: "Its share of the score once missing components' weight is shared out; 0 when missing.",
  })
  weight!: number;

  @Field(() => Float, { nullable: true, description: '0..100; null when missing.' })
  rawScore!: number | null;

  @Field(() => Int, {
    description: 'Whole points of the score; the contributions add up to the score exactly.',
  })
  contribution!: number;

  @Field({ description: 'Could not be computed: named in missingInputs, its weight shared out.' })
  missing!: boolean;

  @Field(() => [HealthInputType])
  inputs!: HealthInputType[];

  @Field(() => [HealthEvidenceType])
  evidence!: HealthEvidenceType[];

  @Field(() => [MissingHealthInputType])
  missingInputs!: MissingHealthInputType[];
}

@ObjectType('HealthRedFlag', { description: 'Something that pulled health down, with its evidence.' })
export class HealthRedFlagType {
  @Field(() => HealthRedFlagCodeEnum)
  code!: HealthRedFlagCode;

  @Field(() => HealthComponentEnum)
  component!: HealthComponentName;

  @Field()
  message!: string;

  @Field(() => [HealthEvidenceType])
  evidence!: HealthEvidenceType[];
}

@ObjectType('HealthBandCap', {
  description:
    'A rule that holds the band down whatever the weighted score says (health.caps): a recent departure of a champion, economic buyer or executive sponsor with nobody engaged in the seat, or a frustrated customer.',
})
export class HealthBandCapType {
  @Field(() => String, { description: 'DEPARTURE or SENTIMENT.' })
  kind!: string;

  @Field(() => HealthBandEnum, { description: 'The band is no better than this.' })
  maxBand!: HealthBand;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The last day the cap holds (a departure's window); null while its cause lasts.",
  })
  until!: string | null;

  @Field(() => HealthComponentEnum)
  component!: HealthComponentName;

  @Field()
  message!: string;

  @Field(() => [HealthEvidenceType])
  evidence!: HealthEvidenceType[];
}

@ObjectType('HealthBands', { description: 'Score thresholds of the bands.' })
export class HealthBandsType {
  @Field(() => Int, { description: 'GREEN from this score up.' })
  greenFrom!: number;

  @Field(() => Int, { description: 'YELLOW from this score up (below it RED).' })
  yellowFrom!: number;
}

@ObjectType('AccountHealth', {
  description:
    "One account's health, 0..100: five weighted components (their contributions add up to the score), a band, the red flags that pulled it down, and what could not be measured.",
})
export class AccountHealthType extends CopiedAccountName {
  @Field(() => ID)
  accountId!: string;

  @Field(() => SegmentEnum, { nullable: true })
  segment!: Segment | null;

  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Null when less than `minCoverage` of the weight has data (state INSUFFICIENT_DATA): missing data is said, not scored.',
  })
  score!: number | null;

  @Field(() => HealthStateEnum, { description: 'SCORED, or INSUFFICIENT_DATA (no score, no band).' })
  state!: HealthState;

  @Field(() => Float, {
    description:
      'Confidence: Σ configured weight of the components that could be computed / Σ configured weight, 0..1.',
  })
  coverage!: number;

  @Field(() => Float, { description: 'The coverage a score needs (health.coverage.minShare).' })
  minCoverage!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'What the known components score, given even when there is too little data for `score`.',
  })
  provisionalScore!: number | null;

  @Field(() => HealthBandEnum, { nullable: true, description: 'The band of the score before any cap.' })
  uncappedBand!: HealthBand | null;

  @Field(() => [HealthBandCapType], {
    description: 'The rules holding the band down, each with its evidence.',
  })
  bandCaps!: HealthBandCapType[];

  @Field(() => String, {
    nullable: true,
    description:
      'When a cap lowered the band: "Health 87 would be GREEN; capped at YELLOW: …". The cap is not a red flag of its own (one red flag per fact).',
  })
  bandCapNote!: string | null;

  @Field(() => Float, { nullable: true, description: 'Σ weight × rawScore before rounding.' })
  exactScore!: number | null;

  @Field(() => HealthBandEnum, { nullable: true })
  band!: HealthBand | null;

  @Field(() => HealthBandsType)
  bands!: HealthBandsType;

  @Field({
    description: 'Fingerprint of the configuration (segment profile and parameters) it was computed under.',
  })
  configVersion!: string;

  @Field(() => [HealthComponentType])
  components!: HealthComponentType[];

  @Field(() => [HealthRedFlagType])
  redFlags!: HealthRedFlagType[];

  @Field(() => [String], { description: 'Every missing component or input, as `COMPONENT[.input]: reason`.' })
  missingInputs!: string[];
}

export const AccountHealthConnection = connectionOf(AccountHealthType, 'AccountHealth');
