import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../scalars';

@InputType({ description: 'A person who has left the account.' })
export class MarkStakeholderDepartedInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  stakeholderId!: string;

  @Field(() => LocalDate, { description: 'Their last day is the day before; not in the future.' })
  departedAt!: string;

  @Field(() => ID, { nullable: true, description: 'Who takes over, if known; otherwise one is inferred.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  successorId?: string | null;
}

@ArgsType()
export class DepartureImpactArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  stakeholderId!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day to judge, the person still there. Default: today, or the day before they left.',
  })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: 'A named successor, if known.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  successorId?: string | null;
}
