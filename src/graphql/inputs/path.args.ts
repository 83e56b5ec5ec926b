import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LocalDate } from '../scalars';

@ArgsType()
export class PathsToPowerArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Whom to reach; default: the account's economic buyers and decision makers.",
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  targetId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Routes per target, 1 to 10; default 3 (configuration).' })
  @IsOptional()
  @Min(1)
  @Max(10)
  k?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Longest route counting the first hop from our team, 1 to 6; default 4 (configuration).',
  })
  @IsOptional()
  @Min(1)
  @Max(6)
  maxHops?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Relationships and people as of this day; default now.',
  })
  asOf?: string | null;
}
