import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { LocalDate } from '../scalars';
import { PaginationArgs } from './pagination.args';

const AS_OF =
  'Read as of the end of this day: only interactions up to it count and decay is measured from it. Default: now.';

@ArgsType()
export class AsOfArgs {
  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  asOf?: string | null;
}

@ArgsType()
export class RelationshipsArgs extends PaginationArgs {
  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  asOf?: string | null;
}

@ArgsType()
export class StrengthTrendArgs {
  @Field(() => LocalDate, { nullable: true, description: 'The last reading; default: now.' })
  asOf?: string | null;

  @Field(() => Int, { defaultValue: 6, description: 'How many readings, 2 to 24, oldest first.' })
  @Min(2)
  @Max(24)
  points = 6;

  @Field(() => Int, { defaultValue: 30, description: 'Days between readings, 1 to 365.' })
  @Min(1)
  @Max(365)
  every = 30;
}

@ArgsType()
export class EvidenceArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many, strongest first (0 to 500).' })
  @Min(0)
  @Max(500)
  first = 20;
}
