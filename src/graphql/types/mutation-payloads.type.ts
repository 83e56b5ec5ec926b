import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  InfluenceKind,
  InteractionDirection,
  InteractionType,
  ObjectiveStatus,
} from '../../domain/vocabulary';
import {
  InfluenceKindEnum,
  InteractionDirectionEnum,
  InteractionTypeEnum,
  ObjectiveStatusEnum,
} from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { InfluenceType } from './influence.type';
import { NodeInterface } from './node.type';
import { SubscriptionType } from './subscription.type';
import { TeamMemberType } from './team.type';

@ObjectType('Interaction', {
  implements: NodeInterface,
  description: 'A touchpoint between our team and an account’s people.',
})
export class RecordedInteractionType {
  @Field(() => ID)
  id!: string;

  @Field(() => InteractionTypeEnum)
  type!: InteractionType;

  @Field(() => InteractionDirectionEnum)
  direction!: InteractionDirection;

  @Field(() => DateTimeISO)
  occurredAt!: string;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => [TeamMemberType], { description: 'Our side.' })
  teamMembers!: TeamMemberType[];

  accountId!: string;
  personIds!: string[];
}

@ObjectType('Objective', {
  implements: NodeInterface,
  description: 'A goal the customer states in their own terms.',
})
export class ObjectiveType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Their measure of success.' })
  metric!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  @Field(() => ObjectiveStatusEnum)
  status!: ObjectiveStatus;

  accountId!: string;
  ownerPersonId!: string | null;
}

@ObjectType('UsageSnapshot', {
  implements: NodeInterface,
  description: 'Licensed and active seats of a subscription on one day.',
})
export class UsageSnapshotType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  date!: string;

  @Field(() => Int)
  licensedSeats!: number;

  @Field(() => Int)
  activeSeats!: number;

  @Field(() => Int, { nullable: true })
  featuresAdopted!: number | null;

  @Field(() => Int, { nullable: true })
  featuresAvailable!: number | null;

  subscriptionId!: string;
  accountId!: string;
  businessUnitId!: string | null;
}

@ObjectType('RecordUsageSnapshotPayload')
export class RecordUsageSnapshotPayload {
  @Field(() => UsageSnapshotType)
  snapshot!: UsageSnapshotType;

  @Field(() => SubscriptionType, { description: 'The subscription after the write.' })
  subscription!: SubscriptionType;

  @Field(() => Boolean, {
    description:
      "True when the snapshot is the latest reading of the subscription's own scope, so its seatsUsed now equals activeSeats. A backdated reading, or one for a single unit of an account-wide subscription, leaves seatsUsed alone.",
  })
  seatsUsedUpdated!: boolean;
}

@ObjectType('InfluenceValues', { description: 'What an influence edge said before it was replaced.' })
export class InfluenceValuesType {
  @Field(() => Float)
  weight!: number;

  @Field(() => InfluenceKindEnum)
  kind!: InfluenceKind;

  @Field(() => String, { nullable: true })
  source!: string | null;
}

@ObjectType('AddInfluencePayload')
export class AddInfluencePayload {
  @Field(() => InfluenceType)
  influence!: InfluenceType;

  @Field(() => InfluenceValuesType, {
    nullable: true,
    description: 'The edge this one replaced; null when the pair had none.',
  })
  previous!: InfluenceValuesType | null;
}
