import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import type { Segment } from '../../domain/vocabulary';
import { SegmentEnum } from '../enums';
import { LocalDate } from '../scalars';
import { connectionOf } from './connection.type';

@ObjectType('Account', {
  implements: NodeInterface,
  description: 'A customer account (a company, or a subsidiary in a hierarchy).',
})
export class AccountType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  industry!: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment!: Segment | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => Int, { nullable: true })
  employeeCount!: number | null;

  @Field(() => Float, { nullable: true, description: "The customer's own annual revenue." })
  annualRevenue!: number | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => LocalDate, { nullable: true })
  customerSince!: string | null;

  @Field(() => Float, { description: 'Annual recurring revenue of its active subscriptions.' })
  arr!: number;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Set once the account is archived (archiveAccount).',
  })
  archivedAt?: string | null;

  parentId!: string | null;
}

export const AccountConnection = connectionOf(AccountType, 'Account');
