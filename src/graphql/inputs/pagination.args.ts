import { IsOptional, MaxLength, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** The largest page any list returns; asking for more is a BAD_USER_INPUT, not a silent cut. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}

/**
 * Paging on a connection field whose list was computed by its parent (a traversal): when given,
 * these take precedence over the parent query's own `first`/`after`.
 */
@ArgsType()
export class ConnectionFieldArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}; default: the query's first.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The endCursor of the previous page; default: the query's after.",
  })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}
