import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ActivityBasis } from '../../domain/vocabulary';
import { ActivityBasisEnum } from '../enums';
import { LocalDate } from '../scalars';

@ObjectType('PersonUsage', {
  description: "One person's product usage over a window ending on `date` (a per-user usage export row).",
})
export class PersonUsageType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate, { description: 'The day the reading was taken (the end of its window).' })
  date!: string;

  @Field(() => Int, { description: 'Days the reading covers.' })
  windowDays!: number;

  @Field(() => Int, { description: 'Days in the window the person used the product.' })
  activeDays!: number;

  @Field(() => Int, { nullable: true, description: 'Feature events in the window; null when not exported.' })
  featureEvents!: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day the person used the product.' })
  lastActiveOn!: string | null;
}

@ObjectType('ActiveUser', {
  description:
    "One of the most active users still at the account after a departure, ranked by what `basis` says (the departed person's own team is ranked too, marked).",
})
export class ActiveUserType {
  @Field(() => Int, { description: '1 = most active.' })
  rank!: number;

  @Field(() => ActivityBasisEnum)
  basis!: ActivityBasis;

  @Field(() => Float, {
    description: 'PRODUCT_USAGE: active days / window days; INTERACTIONS: tickets raised + interactions.',
  })
  activity!: number;

  @Field(() => PersonUsageType, { nullable: true, description: 'Their usage reading; null when unknown.' })
  usage!: PersonUsageType | null;

  @Field(() => Int)
  ticketsRaised!: number;

  @Field(() => Int)
  recentInteractions!: number;

  @Field({ description: 'Reports (directly or not) to the person who left.' })
  inDepartedTeam!: boolean;

  personId!: string;
}

@ObjectType('DecisionReachChange', {
  description:
    'Decision people reached through engaged people before and after a departure, over the same people (the departed excluded).',
})
export class DecisionReachChangeType {
  @Field(() => Int)
  decisionPeople!: number;

  @Field(() => Int)
  reachableBefore!: number;

  @Field(() => Int)
  reachableAfter!: number;

  @Field(() => Float, { nullable: true, description: 'Null when nobody else decides.' })
  shareBefore!: number | null;

  @Field(() => Float, { nullable: true })
  shareAfter!: number | null;

  @Field(() => Float, { nullable: true, description: 'shareAfter − shareBefore.' })
  change!: number | null;

  cutOffIds!: string[];
}
