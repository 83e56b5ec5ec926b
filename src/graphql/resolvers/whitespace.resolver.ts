import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PortfolioArgs } from '../inputs/portfolio.args';
import { WhitespaceArgs } from '../inputs/whitespace.args';
import { freshnessOf, FRESHNESS_DESCRIPTION } from './score-freshness.resolver';
import { AccountType } from '../types/account.type';
import { toConnection } from '../types/connection.type';
import { ScoreFreshnessType } from '../types/score-freshness.type';
import { AccountWhitespaceConnection, AccountWhitespaceType, WhitespaceType } from '../types/whitespace.type';

@Resolver(() => WhitespaceType)
export class WhitespaceResolver {
  @Query(() => WhitespaceType, {
    description:
      "An account's whitespace: its units (or subsidiaries) × our products, each cell owned, in pipeline, held by a competitor, not eligible or open; open cells sized and ranked by what similar accounts bought.",
  })
  whitespace(@Args() { accountId }: WhitespaceArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.whitespace.matrix(ctx.caller, accountId);
  }

  @FieldResolver(() => AccountType)
  account(@Root() whitespace: WhitespaceType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(whitespace.accountId);
  }
}

@Resolver(() => AccountWhitespaceType)
export class AccountWhitespaceResolver {
  @Query(() => AccountWhitespaceConnection, {
    description:
      'Every account by whitespace, largest first; archived accounts only with includeArchived (they still count as peers).',
  })
  async portfolioWhitespace(
    @Args() { first, after, includeArchived }: PortfolioArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(
      await ctx.services.storedPortfolio.portfolioWhitespace(ctx.caller, first, after, {
        includeArchived: includeArchived ?? false,
      }),
      after,
    );
  }

  @FieldResolver(() => AccountType)
  account(@Root() entry: AccountWhitespaceType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(entry.accountId);
  }

  @FieldResolver(() => ScoreFreshnessType, { description: FRESHNESS_DESCRIPTION })
  freshness(@Root() entry: AccountWhitespaceType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(entry, ctx);
  }
}
