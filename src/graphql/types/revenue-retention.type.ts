import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Segment } from '../../domain/vocabulary';
import type { Page } from '../../domain/read-models';
import type {
  AccountRetention,
  RetentionMovement,
  RetentionPageRequest,
  RetentionQuery,
} from '../../services/revenue/revenue-retention.service';
import { RetentionMovementEnum, SegmentEnum } from '../enums';
import { LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import { CopiedAccountName } from './copied-fields.type';

@ObjectType('RetentionTotals', {
  description:
    'Over the accounts that had ARR when the period began: NRR = (starting + expansion − contraction − churn) / starting; GRR = (starting − contraction − churn) / starting.',
})
export class RetentionTotalsType {
  @Field(() => Int, { description: 'Accounts with ARR at the start (the base).' })
  baseAccounts!: number;

  @Field(() => Float)
  startingArr!: number;

  @Field(() => Float)
  expansion!: number;

  @Field(() => Float)
  contraction!: number;

  @Field(() => Float)
  churn!: number;

  @Field(() => Float, { description: 'ARR of the base at the end of the period.' })
  endingArr!: number;

  @Field(() => Float, {
    description: 'ARR of accounts that had none at the start: new business, outside the ratios.',
  })
  newArr!: number;

  @Field(() => Float, { nullable: true, description: 'Null when the base is empty.' })
  netRevenueRetention!: number | null;

  @Field(() => Float, { nullable: true })
  grossRevenueRetention!: number | null;

  @Field(() => Int)
  churnedAccounts!: number;

  @Field(() => Int)
  expandedAccounts!: number;

  @Field(() => Int)
  contractedAccounts!: number;
}

@ObjectType('SegmentRetention')
export class SegmentRetentionType extends RetentionTotalsType {
  @Field(() => SegmentEnum, { nullable: true })
  segment!: Segment | null;
}

@ObjectType('SubscriptionRetentionEvidence')
export class SubscriptionRetentionEvidenceType {
  @Field(() => ID)
  subscriptionId!: string;

  @Field()
  productName!: string;

  @Field(() => Float)
  arrAtStart!: number;

  @Field(() => Float)
  arrAtEnd!: number;
}

@ObjectType('AccountRetention', {
  description: "One account's ARR movement over the period, with its subscriptions.",
})
export class AccountRetentionType extends CopiedAccountName implements Omit<AccountRetention, 'evidence'> {
  @Field(() => ID)
  accountId!: string;

  @Field(() => SegmentEnum, { nullable: true })
  segment!: Segment | null;

  @Field(() => Float)
  startingArr!: number;

  @Field(() => Float)
  endingArr!: number;

  @Field(() => RetentionMovementEnum)
  movement!: RetentionMovement;

  @Field(() => Float)
  expansion!: number;

  @Field(() => Float)
  contraction!: number;

  @Field(() => Float)
  churn!: number;

  @Field(() => Float)
  newArr!: number;

  @Field(() => [SubscriptionRetentionEvidenceType])
  evidence!: SubscriptionRetentionEvidenceType[];

  @Field(() => [String], { description: 'Subscriptions left out because their end is unknown.' })
  dataGaps!: string[];
}

export const AccountRetentionConnection = connectionOf(AccountRetentionType, 'AccountRetention');

@ObjectType('RevenueRetention', { description: 'Net and gross revenue retention over a period.' })
export class RevenueRetentionType extends RetentionTotalsType {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => [SegmentRetentionType])
  bySegment!: SegmentRetentionType[];

  @Field(() => [String])
  dataGaps!: string[];

  /** The scope asked for: another page (a second `accounts` with other arguments) is read with it. */
  query!: RetentionQuery;

  /** The page read with the totals, in the same statement, and the arguments it was read with. */
  prefetched!: { request: RetentionPageRequest; page: Page<AccountRetention> };
}
