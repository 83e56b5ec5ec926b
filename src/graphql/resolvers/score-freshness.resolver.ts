import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { liveFreshness, type ScoreFreshness } from '../../services/scores/score-freshness';
import type { GraphQLContext } from '../context';
import { ExpansionOpportunityType } from '../types/expansion-opportunity.type';
import { AccountHealthType } from '../types/health.type';
import { ScoreFreshnessType } from '../types/score-freshness.type';
import { AccountChurnIndicatorsType } from '../types/signal-churn.type';
import { AccountExpansionSignalsType } from '../types/signal-expansion.type';
import { ThreadingRiskType } from '../types/threading-risk.type';
import { AccountWhitespaceType } from '../types/whitespace.type';

const DESCRIPTION =
  'How fresh this score is: stored (portfolio views, with when it was computed and whether it is stale) or computed live for this request.';

/** Portfolio views attach the stored score's freshness; anything computed per request is live. */
function freshnessOf(root: object, ctx: GraphQLContext): ScoreFreshness {
  return (root as { freshness?: ScoreFreshness }).freshness ?? liveFreshness(ctx.services.clock());
}

@Resolver(() => AccountHealthType)
export class HealthFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: DESCRIPTION })
  freshness(@Root() root: AccountHealthType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => ThreadingRiskType)
export class ThreadingFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: DESCRIPTION })
  freshness(@Root() root: ThreadingRiskType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => AccountChurnIndicatorsType)
export class ChurnFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: DESCRIPTION })
  freshness(@Root() root: AccountChurnIndicatorsType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => AccountExpansionSignalsType)
export class ExpansionFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: DESCRIPTION })
  freshness(@Root() root: AccountExpansionSignalsType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => AccountWhitespaceType)
export class WhitespaceFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: DESCRIPTION })
  freshness(@Root() root: AccountWhitespaceType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}

@Resolver(() => ExpansionOpportunityType)
export class OpportunityFreshnessResolver {
  @FieldResolver(() => ScoreFreshnessType, { description: DESCRIPTION })
  freshness(@Root() root: ExpansionOpportunityType, @Ctx() ctx: GraphQLContext) {
    return freshnessOf(root, ctx);
  }
}
