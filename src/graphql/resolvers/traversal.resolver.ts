import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import {
  InfluenceReachArgs,
  NeighbourhoodArgs,
  ShortestPathArgs,
  StrongestPathArgs,
} from '../inputs/traversal.args';
import { toConnection } from '../types/connection.type';
import {
  InfluenceReachType,
  NeighbourhoodType,
  StrongestPathsType,
  TraversalPathType,
} from '../types/traversal.type';

@Resolver()
export class TraversalResolver {
  @Query(() => NeighbourhoodType, {
    description:
      'Everyone within `depth` hops of a person over the chosen kinds, nearest first; bounded and timed.',
  })
  async neighbourhood(@Args() args: NeighbourhoodArgs, @Ctx() ctx: GraphQLContext) {
    const { page, ...rest } = await ctx.services.traversals.neighbourhood(ctx.caller, args);
    return { ...rest, nodes: toConnection(page, args.after) };
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
    const { page, ...rest } = await ctx.services.traversals.influenceReach(ctx.caller, args);
    return { ...rest, reached: toConnection(page, args.after) };
  }
}
