import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../../domain/read-models';
import type { GraphQLContext } from '../context';
import {
  InfluenceReachArgs,
  NeighbourhoodArgs,
  ShortestPathArgs,
  StrongestPathArgs,
} from '../inputs/traversal.args';
import { ConnectionFieldArgs } from '../inputs/pagination.args';
import { repage, toConnection } from '../types/connection.type';
import {
  InfluenceReachType,
  NeighbourhoodType,
  ReachedPersonConnection,
  StrongestPathsType,
  TraversalNodeConnection,
  TraversalPathType,
} from '../types/traversal.type';

/** The whole ranked list and the query's own paging, for the connection field to cut. */
interface Paged<T> {
  all: Page<T>;
  first: number;
  after: string | null | undefined;
}

/** The query's paging arguments only pick the default page: the list is computed once, whole. */
const WHOLE = { first: Number.MAX_SAFE_INTEGER, after: null };

function cut<T>(paged: Paged<T>, args: ConnectionFieldArgs) {
  const after = args.after ?? paged.after;
  return toConnection(repage(paged.all, args.first ?? paged.first, after), after);
}

@Resolver()
export class TraversalResolver {
  @Query(() => NeighbourhoodType, {
    description:
      'Everyone within `depth` hops of a person over the chosen kinds, nearest first; bounded and timed.',
  })
  async neighbourhood(@Args() args: NeighbourhoodArgs, @Ctx() ctx: GraphQLContext) {
    const { page, ...rest } = await ctx.services.traversals.neighbourhood(ctx.caller, { ...args, ...WHOLE });
    return { ...rest, nodesPaged: { all: page, first: args.first, after: args.after } };
  }

  @Query(() => TraversalPathType, {
    description: 'A fewest-hops path between two people over the chosen kinds.',
  })
  shortestPath(@Args() args: ShortestPathArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.traversals.shortestPath(ctx.caller, args);
  }

  @Query(() => StrongestPathsType, {
    description: 'The strongest INFLUENCES chains from one person to another (highest product of weights).',
  })
  strongestPath(@Args() args: StrongestPathArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.traversals.strongestPath(ctx.caller, args);
  }

  @Query(() => InfluenceReachType, {
    description:
      'Who a person reaches through INFLUENCES, with the decayed product of weights, strongest first.',
  })
  async influenceReach(@Args() args: InfluenceReachArgs, @Ctx() ctx: GraphQLContext) {
    const { page, ...rest } = await ctx.services.traversals.influenceReach(ctx.caller, { ...args, ...WHOLE });
    return { ...rest, reachedPaged: { all: page, first: args.first, after: args.after } };
  }
}

@Resolver(() => NeighbourhoodType)
export class NeighbourhoodResolver {
  @FieldResolver(() => TraversalNodeConnection, {
    description: "Everyone reached, nearest first; first/after here take precedence over the query's.",
  })
  nodes(@Root() root: NeighbourhoodType, @Args(() => ConnectionFieldArgs) args: ConnectionFieldArgs) {
    return cut(root.nodesPaged, args);
  }
}

@Resolver(() => InfluenceReachType)
export class InfluenceReachResolver {
  @FieldResolver(() => ReachedPersonConnection, {
    description: "Everyone swayed, strongest first; first/after here take precedence over the query's.",
  })
  reached(@Root() root: InfluenceReachType, @Args(() => ConnectionFieldArgs) args: ConnectionFieldArgs) {
    return cut(root.reachedPaged, args);
  }
}
