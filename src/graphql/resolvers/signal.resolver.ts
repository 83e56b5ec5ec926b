import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CHURN_EVIDENCE_FIELDS, EXPANSION_EVIDENCE_FIELDS } from '../../services/scores/signal-summaries';
import type { GraphQLContext } from '../context';
import { AccountSignalArgs, PortfolioSignalArgs } from '../inputs/signal.args';
import { selectsAnyBelow } from '../selection';
import { AccountType } from '../types/account.type';
import { toConnection } from '../types/connection.type';
import { AccountChurnIndicatorsConnection, AccountChurnIndicatorsType } from '../types/signal-churn.type';
import {
  AccountExpansionSignalsConnection,
  AccountExpansionSignalsType,
} from '../types/signal-expansion.type';

@Resolver(() => AccountExpansionSignalsType)
export class ExpansionSignalResolver {
  @Query(() => AccountExpansionSignalsType, {
    description:
      'Signals that an account could buy more (seat capacity, adoption velocity, uneven use, hiring), each with its evidence and the people it concerns.',
  })
  expansionSignals(@Args() { accountId, asOf }: AccountSignalArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.expansionSignals.forAccount(ctx.caller, accountId, asOf);
  }

  @Query(() => AccountExpansionSignalsConnection, {
    description: 'Accounts with expansion signals, most first.',
  })
  async portfolioExpansionSignals(
    @Args() { asOf, first, after, includeArchived }: PortfolioSignalArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return toConnection(
      await ctx.services.storedPortfolio.portfolioExpansionSignals(ctx.caller, asOf, first, after, {
        includeArchived: includeArchived ?? false,
        explained: selectsAnyBelow(info, EXPANSION_EVIDENCE_FIELDS),
      }),
      after,
    );
  }

  @FieldResolver(() => AccountType)
  account(@Root() entry: AccountExpansionSignalsType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(entry.accountId);
  }
}

@Resolver(() => AccountChurnIndicatorsType)
export class ChurnIndicatorResolver {
  @Query(() => AccountChurnIndicatorsType, {
    description:
      'Leading signs of churn (usage decline, champion or sponsor gone, escalating tickets, falling sentiment), each with the day it began.',
  })
  churnIndicators(@Args() { accountId, asOf }: AccountSignalArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.churnIndicators.forAccount(ctx.caller, accountId, asOf);
  }

  @Query(() => AccountChurnIndicatorsConnection, {
    description: 'Accounts with churn indicators, most first.',
  })
  async portfolioChurnIndicators(
    @Args() { asOf, first, after, includeArchived }: PortfolioSignalArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return toConnection(
      await ctx.services.storedPortfolio.portfolioChurnIndicators(ctx.caller, asOf, first, after, {
        includeArchived: includeArchived ?? false,
        explained: selectsAnyBelow(info, CHURN_EVIDENCE_FIELDS),
      }),
      after,
    );
  }

  @FieldResolver(() => AccountType)
  account(@Root() entry: AccountChurnIndicatorsType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(entry.accountId);
  }
}
