import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import {
  AccountHealthArgs,
  HealthAsOfArgs,
  HealthTrendArgs,
  PortfolioHealthArgs,
} from '../inputs/health.args';
import { relationshipLoaders } from '../relationship-loaders';
import { selectsAnyBelow } from '../selection';
import { AccountType } from '../types/account.type';
import { toConnection } from '../types/connection.type';
import { HealthSnapshotReportType, HealthTrendPointType } from '../types/health-trend.type';
import { AccountHealthConnection, AccountHealthType } from '../types/health.type';

/** A component's fields only the full stored explanation has (the compact summary leaves them out). */
const EXPLANATION_FIELDS: ReadonlySet<string> = new Set(['inputs', 'evidence']);

@Resolver(() => AccountHealthType)
export class HealthResolver {
  @Query(() => AccountHealthType, {
    description:
      "An account's health with its components, their weights, inputs and evidence, and its red flags.",
  })
  accountHealth(@Args() { accountId, asOf }: AccountHealthArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.health.health(ctx.caller, accountId, asOf);
  }

  @Query(() => AccountHealthConnection, {
    description:
      'Every account by health, worst first (accounts whose health cannot be scored last), read from stored scores (each row says how fresh); with a past `asOf`, computed live.',
  })
  async portfolioHealth(
    @Args() { first, after, band, asOf, includeArchived }: PortfolioHealthArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return toConnection(
      await ctx.services.storedPortfolio.portfolioHealth(ctx.caller, {
        first,
        after,
        band,
        asOf,
        includeArchived: includeArchived ?? false,
        explained: selectsAnyBelow(info, EXPLANATION_FIELDS),
      }),
      after,
    );
  }

  @Authorized('EDITOR')
  @Mutation(() => HealthSnapshotReportType, {
    description:
      "Scores every account as of a day (default: today) and keeps each score as that day's HealthSnapshot.",
  })
  recordHealthSnapshots(@Args() { asOf }: HealthAsOfArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.health.recordSnapshots(ctx.caller, asOf);
  }

  @FieldResolver(() => AccountType)
  account(@Root() health: AccountHealthType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(health.accountId);
  }
}

@Resolver(() => AccountType)
export class AccountHealthResolver {
  @FieldResolver(() => AccountHealthType, {
    description: 'Account health (batched across a page of accounts).',
  })
  health(@Root() account: AccountType, @Args() { asOf }: HealthAsOfArgs, @Ctx() ctx: GraphQLContext) {
    return relationshipLoaders(ctx)
      .loader('health', asOf ?? null, (ids) => ctx.services.health.healthByAccountIds(ctx.caller, ids, asOf))
      .load(account.id);
  }

  @FieldResolver(() => [HealthTrendPointType], {
    description:
      'Recorded health snapshots in a date range, oldest first, each marked when a configuration change moved it.',
  })
  async healthTrend(
    @Root() account: AccountType,
    @Args() range: HealthTrendArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const points = await relationshipLoaders(ctx)
      .loader('healthTrend', range, (ids) => ctx.services.health.trendByAccountIds(ctx.caller, ids, range))
      .load(account.id);
    return points ?? [];
  }
}
