import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PersonUsageArgs } from '../inputs/person-usage.args';
import { ActiveUserType, DecisionReachChangeType, PersonUsageType } from '../types/person-usage.type';
import { StakeholderType } from '../types/stakeholder.type';
import { stakeholders } from './relationship-views';

@Resolver(() => StakeholderType)
export class StakeholderUsageResolver {
  @FieldResolver(() => PersonUsageType, {
    nullable: true,
    description:
      "The person's latest product-usage reading (per-user usage import); null when their usage is unknown.",
  })
  usage(@Root() person: StakeholderType, @Args() { asOf }: PersonUsageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.personUsage(asOf ?? null).load(person.id);
  }
}

@Resolver(() => ActiveUserType)
export class ActiveUserResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() user: ActiveUserType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(user.personId);
  }
}

@Resolver(() => DecisionReachChangeType)
export class DecisionReachChangeResolver {
  @FieldResolver(() => [StakeholderType], {
    description: 'Decision people reachable before and not after: whom the departure cuts us off from.',
  })
  cutOff(@Root() reach: DecisionReachChangeType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, reach.cutOffIds);
  }
}
