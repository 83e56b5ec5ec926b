import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { InteractionDirection, InteractionType, StrengthComponentName } from '../../domain/vocabulary';
import { InteractionDirectionEnum, InteractionTypeEnum, StrengthComponentEnum } from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import { TeamMemberType } from './team.type';

@ObjectType('RelationshipStrengthComponent', { description: 'One part of a relationship strength score.' })
export class StrengthComponentType {
  @Field(() => StrengthComponentEnum)
  name!: StrengthComponentName;

  @Field(() => Float, { description: 'The component, 0 to 1.' })
  value!: number;

  @Field(() => Float, { description: 'Its weight in the score (analytics configuration).' })
  weight!: number;

  @Field(() => Float, { description: 'value × weight × 100: the points it adds to the 0-100 score.' })
  points!: number;

  @Field()
  description!: string;
}

@ObjectType('InteractionEvidence', { description: 'One interaction behind a strength score, as it counted.' })
export class InteractionEvidenceType {
  @Field(() => ID)
  id!: string;

  @Field(() => InteractionTypeEnum)
  type!: InteractionType;

  @Field(() => InteractionDirectionEnum)
  direction!: InteractionDirection;

  @Field(() => DateTimeISO)
  occurredAt!: string;

  @Field(() => Float, { description: 'Days between the interaction and asOf.' })
  ageDays!: number;

  @Field(() => Float, { description: '0.5 ^ (ageDays / halfLifeDays).' })
  decay!: number;

  @Field(() => Float, { description: 'Depth of its kind (meeting/QBR over call over email), 0 to 1.' })
  typeWeight!: number;

  @Field(() => Float, { description: 'Two-way-ness: our one-way outreach counts for little.' })
  directionWeight!: number;

  @Field(() => Float, { description: 'decay × typeWeight × directionWeight.' })
  weight!: number;
}

@ObjectType('RelationshipStrength', {
  description:
    'How strong a relationship is, 0 to 100, from recency, frequency, two-way-ness and depth of contact, each interaction decaying with a half-life.',
})
export class RelationshipStrengthType {
  @Field(() => Float, { description: '0 (no contact) to 100.' })
  score!: number;

  @Field(() => DateTimeISO, { description: 'When it was measured: only interactions up to then count.' })
  asOf!: string;

  @Field(() => [StrengthComponentType])
  components!: StrengthComponentType[];

  @Field(() => Int, { description: 'Interactions in the lookback window.' })
  interactionCount!: number;

  @Field(() => Float, { description: 'Σ decay: interactions, each discounted by its age.' })
  decayedCount!: number;

  @Field(() => Float, { description: 'Σ weight: the volume of contact, used for shares of an account.' })
  contactVolume!: number;

  @Field(() => DateTimeISO, { nullable: true })
  lastInteractionAt!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'The last inbound or mutual interaction.' })
  lastTwoWayAt!: string | null;

  @Field(() => Int)
  halfLifeDays!: number;

  @Field(() => Int)
  lookbackDays!: number;

  @Field(() => [String], { description: 'What the score could not see.' })
  dataGaps!: string[];

  /** Strongest first; served by the `interactions` field. */
  evidence!: InteractionEvidenceType[];
}

@ObjectType('RelationshipPair', { description: 'One of our team and one of their people.' })
export class RelationshipPairType {
  @Field(() => ID)
  id!: string;

  @Field(() => TeamMemberType)
  teamMember!: TeamMemberType;

  @Field(() => RelationshipStrengthType)
  strength!: RelationshipStrengthType;

  personId!: string;
  accountId!: string;
}

export const RelationshipPairConnection = connectionOf(RelationshipPairType, 'RelationshipPair');

@ObjectType('StakeholderRelationship', { description: 'Our relationship with one of their people.' })
export class PersonRelationshipType {
  @Field(() => RelationshipStrengthType, {
    description: 'With our whole team: every interaction any of us had with them.',
  })
  overall!: RelationshipStrengthType;

  @Field(() => [RelationshipPairType], { description: 'Per member of our team, strongest first.' })
  pairs!: RelationshipPairType[];

  personId!: string;
}

@ObjectType('StakeholderScore', { description: 'A person and their relationship strength with us.' })
export class PersonScoreType {
  @Field(() => Float)
  score!: number;

  personId!: string;
}

@ObjectType('AccountRelationshipStrength', {
  description:
    'Our relationships at an account rolled up: the mean strength of its few strongest people (missing ones count 0), so depth with one person is not breadth.',
})
export class AccountRelationshipStrengthType {
  @Field(() => Float, { description: '0 to 100.' })
  score!: number;

  @Field(() => DateTimeISO)
  asOf!: string;

  @Field(() => Int, { description: 'How many of the strongest people the score averages.' })
  topPeople!: number;

  @Field(() => Int, { description: 'People with any strength above zero.' })
  peopleInContact!: number;

  @Field(() => Int, { description: 'Pairs of our team member and their person with any contact.' })
  pairCount!: number;

  @Field(() => [PersonScoreType], { description: 'The people the score averages, strongest first.' })
  strongest!: PersonScoreType[];
}

@ObjectType('StrengthTrendPoint', { description: 'A strength reading on one day.' })
export class StrengthTrendPointType {
  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: 'Interactions that counted in this reading.' })
  interactionCount!: number;
}
