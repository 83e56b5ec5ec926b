import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { pageInMemory } from '../../services/pagination/in-memory-page';
import type { GraphQLContext } from '../context';
import { PaginationArgs } from '../inputs/pagination.args';
import { RevenueRetentionArgs } from '../inputs/revenue-retention.args';
import { selectsAnyBelow } from '../selection';
import { toConnection } from '../types/connection.type';
import { AccountRetentionConnection, RevenueRetentionType } from '../types/revenue-retention.type';

/** The accounts' subscriptions: only read (every one in scope) when a request asks for them. */
const EVIDENCE_FIELDS: ReadonlySet<string> = new Set(['evidence']);

@Resolver(() => RevenueRetentionType)
export class RevenueRetentionResolver {
  @Query(() => RevenueRetentionType, {
    description:
      'NRR and GRR of the portfolio, a segment or one account: expansion, contraction and churn apart.',
  })
  revenueRetention(
    @Args() args: RevenueRetentionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.revenueRetention.retention(ctx.caller, args, {
      evidence: selectsAnyBelow(info, EVIDENCE_FIELDS),
    });
  }

  @FieldResolver(() => AccountRetentionConnection, {
    description: 'Accounts in scope, the largest ARR change first.',
  })
  accounts(@Root() report: RevenueRetentionType, @Args() { first, after }: PaginationArgs) {
    const page = pageInMemory(
      report.accountMovements,
      first,
      after,
      (a) => a.accountId,
      (a) => a.endingArr - a.startingArr,
    );
    return toConnection(page, after);
  }
}
