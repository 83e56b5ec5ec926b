import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { LocalDate } from '../scalars';

@ArgsType()
export class StakeholderMapArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Count relationships from this date; default: the last 365 days.',
  })
  interactionsSince?: string | null;
}
