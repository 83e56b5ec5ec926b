import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { BadInputError } from '../../domain/errors';
import { decodeCursor } from '../../services/pagination/cursor';
import type { RetentionPageRequest } from '../../services/revenue/revenue-retention.service';
import type { GraphQLContext } from '../context';
import { MAX_PAGE_SIZE, PaginationArgs } from '../inputs/pagination.args';
import { RevenueRetentionArgs } from '../inputs/revenue-retention.args';
import { childFields, selectsAnyBelow } from '../selection';
import { toConnection } from '../types/connection.type';
import { AccountRetentionConnection, RevenueRetentionType } from '../types/revenue-retention.type';

/** The accounts' subscriptions: only read (the page's accounts' only) when a request asks for them. */
const EVIDENCE_FIELDS: ReadonlySet<string> = new Set(['evidence']);

@Resolver(() => RevenueRetentionType)
export class RevenueRetentionResolver {
  @Query(() => RevenueRetentionType, {
    description:
      'NRR and GRR of the portfolio, a segment or one account: expansion, contraction and churn apart.',
  })
  async revenueRetention(
    @Args() args: RevenueRetentionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RevenueRetentionType> {
    // The totals and the page `accounts` asks for come from one statement: its arguments are read
    // here. A second `accounts` with other arguments (an alias) reads its own page below.
    const request = pageRequestOf(info);
    const { accounts, ...totals } = await ctx.services.revenueRetention.summary(ctx.caller, args, request);
    return { ...totals, query: args, prefetched: { request, page: accounts } };
  }

  @FieldResolver(() => AccountRetentionConnection, {
    description: 'Accounts in scope, the largest ARR change first (ties by account id).',
  })
  async accounts(
    @Root() report: RevenueRetentionType,
    @Args() { first, after }: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const evidence = selectsAnyBelow(info, EVIDENCE_FIELDS);
    const { request, page } = report.prefetched;
    const read =
      request.first === first &&
      (request.after ?? null) === (after ?? null) &&
      (request.evidence || !evidence);
    const accounts = read
      ? page
      : (await ctx.services.revenueRetention.summary(ctx.caller, report.query, { first, after, evidence }))
          .accounts;
    return toConnection(accounts, after);
  }
}

/**
 * The page the first `accounts` below asks for; none (first 0) when nothing asks, or when its
 * arguments are out of range or its cursor is not ours: `accounts` then reads its own page and
 * reports the error on its own field, as any connection does.
 */
function pageRequestOf(info: GraphQLResolveInfo): RetentionPageRequest {
  const child = childFields(info, 'accounts', EVIDENCE_FIELDS)[0];
  const none = { first: 0, after: null, evidence: false };
  if (!child) return none;
  const first = child.args['first'];
  const after = (child.args['after'] as string | null | undefined) ?? null;
  if (typeof first !== 'number' || first < 1 || first > MAX_PAGE_SIZE) return none;
  try {
    if (typeof decodeCursor(after)?.key === 'string') return none;
  } catch (error) {
    if (error instanceof BadInputError) return none;
    throw error;
  }
  return { first, after, evidence: child.selectsAny };
}
