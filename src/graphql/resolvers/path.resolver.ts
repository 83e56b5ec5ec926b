import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PathsToPowerArgs } from '../inputs/path.args';
import { AccountType } from '../types/account.type';
import { PathsToPowerType, PowerTargetType } from '../types/path-to-power.type';
import { StakeholderType } from '../types/stakeholder.type';

@Resolver(() => PathsToPowerType)
export class PathsToPowerResolver {
  @Query(() => PathsToPowerType, {
    description:
      'The strongest routes from our team to a chosen person (default: the economic buyers and decision makers), each hop with its weight and the weakest link, for a warm introduction.',
  })
  async pathsToPower(@Args() args: PathsToPowerArgs, @Ctx() ctx: GraphQLContext) {
    const result = await ctx.services.paths.pathsToPower(ctx.caller, args);
    return {
      ...result,
      targets: result.targets.map((t) => ({
        ...t,
        paths: t.paths.map((p) => ({ ...p, hopCount: p.hops.length })),
      })),
    };
  }

  @FieldResolver(() => AccountType)
  account(@Root() result: PathsToPowerType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(result.accountId);
  }
}

@Resolver(() => PowerTargetType)
export class PowerTargetResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() target: PowerTargetType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(target.personId);
  }
}
