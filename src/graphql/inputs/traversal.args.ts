import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { TRAVERSAL_HARD_LIMITS } from '../../config/analytics/traversal';
import type { TraversalKind } from '../../domain/vocabulary';
import { TraversalKindEnum } from '../enums';
import { PaginationArgs } from './pagination.args';

const KINDS_DESCRIPTION = 'What to follow; default: every kind.';

@ArgsType()
export class NeighbourhoodArgs extends PaginationArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  personId!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: `Hops from the person, 1 to ${TRAVERSAL_HARD_LIMITS.depth} (or the configured maximum, if lower).`,
  })
  @Min(1)
  @Max(TRAVERSAL_HARD_LIMITS.depth)
  depth = 1;

  @Field(() => [TraversalKindEnum], { nullable: true, description: KINDS_DESCRIPTION })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  kinds?: TraversalKind[] | null;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  fromId!: string;

  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  toId!: string;

  @Field(() => [TraversalKindEnum], { nullable: true, description: KINDS_DESCRIPTION })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  kinds?: TraversalKind[] | null;
}

@ArgsType()
export class StrongestPathArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  fromId!: string;

  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  toId!: string;

  @Field(() => Int, { defaultValue: 3, description: 'How many of the strongest chains, 1 to 10.' })
  @Min(1)
  @Max(10)
  first = 3;
}

@ArgsType()
export class InfluenceReachArgs extends PaginationArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  personId!: string;

  @Field(() => Int, {
    defaultValue: 2,
    description: `Hops of INFLUENCES, 1 to ${TRAVERSAL_HARD_LIMITS.depth} (or the configured maximum, if lower).`,
  })
  @Min(1)
  @Max(TRAVERSAL_HARD_LIMITS.depth)
  depth = 2;
}
