import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import type { SubscriptionStatus } from '../../domain/vocabulary';
import { SubscriptionStatusEnum } from '../enums';
import { LocalDate } from '../scalars';

@ObjectType('Subscription', {
  implements: NodeInterface,
  description: 'What an account (or one of its units) has bought.',
})
export class SubscriptionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seatsLicensed!: number;

  @Field(() => Int, { nullable: true })
  seatsUsed!: number | null;

  @Field(() => Float)
  arr!: number;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  renewalDate!: string | null;

  @Field(() => Int, { nullable: true })
  termMonths!: number | null;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;

  accountId!: string;
  productId!: string;
  businessUnitId!: string | null;
}
