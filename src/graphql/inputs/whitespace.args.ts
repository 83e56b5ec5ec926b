import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class WhitespaceArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;
}
