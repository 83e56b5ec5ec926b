import { ArgsType, Field } from 'type-graphql';
import { LocalDate } from '../scalars';

@ArgsType()
export class PersonUsageArgs {
  @Field(() => LocalDate, {
    nullable: true,
    description: 'The latest reading taken on or before this day; default today.',
  })
  asOf?: string | null;
}
