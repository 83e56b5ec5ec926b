import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { liveFreshness, type ScoreFreshness } from '../../services/scores/score-freshness';
import type { GraphQLContext } from '../context';
import { AccountHealthType } from '../types/health.type';
import { ScoreFreshnessType } from '../types/score-freshness.type';
import { AccountChurnIndicatorsType } from '../types/signal-churn.type';
import { AccountExpansionSignalsType } from '../types/signal-expansion.type';
import { ThreadingRiskType } from '../types/threading-risk.type';

export const FRESHNESS_DESCRIPTION =
  'How fresh this score is: stored (portfolio views, with when it was computed and whether it is stale) or computed live for this request.';

/** Portfolio views attach the stored score's freshness; anything computed per request is live. */
export function freshnessOf(root: object, ctx: GraphQLContext): ScoreFreshness {
  return (root as { freshness?: ScoreFreshness }).freshness ?? liveFreshness(ctx.services.clock());
}

@Resolver(() => AccountHealthType)
export class HealthFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: FRESHNESS_DESCRIPTION })
  freshness(@Root() root: AccountHealthType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => ThreadingRiskType)
export class ThreadingFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: FRESHNESS_DESCRIPTION })
  freshness(@Root() root: ThreadingRiskType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => AccountChurnIndicatorsType)
export class ChurnFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: FRESHNESS_DESCRIPTION })
  freshness(@Root() root: AccountChurnIndicatorsType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => AccountExpansionSignalsType)
export class ExpansionFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: FRESHNESS_DESCRIPTION })
  freshness(@Root() root: AccountExpansionSignalsType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}
