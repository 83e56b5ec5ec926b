import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AccountOpportunityArgs, PortfolioOpportunityArgs } from '../inputs/expansion-opportunity.args';
import { AccountType } from '../types/account.type';
import { toConnection } from '../types/connection.type';
import {
  AccountExpansionOpportunitiesType,
  ExpansionOpportunityConnection,
  ExpansionOpportunityType,
} from '../types/expansion-opportunity.type';
import { ScoreFreshnessType } from '../types/score-freshness.type';
import { freshnessOf, FRESHNESS_DESCRIPTION } from './score-freshness.resolver';

@Resolver(() => AccountExpansionOpportunitiesType)
export class ExpansionOpportunitiesResolver {
  @Query(() => AccountExpansionOpportunitiesType, {
    description:
      "An account's expansion signals and best open whitespace, each judged: an observation until it has context, timing and an engaged person who cares; ready to propose only when they also want to buy and health allows it.",
  })
  expansionOpportunities(
    @Args() { accountId, asOf, status }: AccountOpportunityArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.opportunities.forAccount(ctx.caller, accountId, asOf, status);
  }

  @Query(() => ExpansionOpportunityConnection, {
    description: 'Expansion opportunities across the portfolio (optionally of one status), largest first.',
  })
  async portfolioExpansionOpportunities(
    @Args() { status, asOf, first, after, includeArchived }: PortfolioOpportunityArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(
      await ctx.services.storedPortfolio.portfolioExpansionOpportunities(ctx.caller, {
        status,
        asOf,
        first,
        after,
        includeArchived: includeArchived ?? false,
      }),
      after,
    );
  }

  @FieldResolver(() => AccountType)
  account(@Root() entry: AccountExpansionOpportunitiesType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(entry.accountId);
  }
}

@Resolver(() => ExpansionOpportunityType)
export class ExpansionOpportunityResolver {
  @FieldResolver(() => AccountType)
  account(@Root() opportunity: ExpansionOpportunityType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(opportunity.accountId);
  }

  @FieldResolver(() => ScoreFreshnessType, { description: FRESHNESS_DESCRIPTION })
  freshness(@Root() opportunity: ExpansionOpportunityType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(opportunity, ctx);
  }
}
