import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { StakeholderMapArgs } from '../inputs/stakeholder-map.args';
import { StakeholderMapType } from '../types/stakeholder-map.type';

@Resolver(() => StakeholderMapType)
export class StakeholderMapResolver {
  @Query(() => StakeholderMapType, {
    description: "An account's stakeholder map, ready to draw: one query whatever its size.",
  })
  stakeholderMap(@Args() { accountId, interactionsSince }: StakeholderMapArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.stakeholderMaps.build(ctx.caller, accountId, interactionsSince);
  }
}
