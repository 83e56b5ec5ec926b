import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import type { BusinessUnitKind } from '../../domain/vocabulary';
import { BusinessUnitKindEnum } from '../enums';

@ObjectType('BusinessUnit', {
  implements: NodeInterface,
  description: 'A business unit or department of an account.',
})
export class BusinessUnitType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => BusinessUnitKindEnum)
  kind!: BusinessUnitKind;

  @Field(() => Int, { nullable: true })
  headcount!: number | null;

  accountId!: string;
}
