import { Field, Float, ID, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';

@ObjectType('Product', { implements: NodeInterface, description: 'Something we sell.' })
export class ProductType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  family!: string | null;

  @Field(() => Float, { nullable: true, description: 'Annual list price of one seat.' })
  listPricePerSeat!: number | null;
}
