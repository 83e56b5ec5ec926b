import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  id!: string;
}
