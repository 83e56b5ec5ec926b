import type { RelationshipPair, RelationshipStrength } from '../../services/relationships/strengths';
import type { GraphQLContext } from '../context';
import type { RelationshipPairType, RelationshipStrengthType } from '../types/relationship-strength.type';
import { loaded } from './loaded';

/** The people behind a list of ids, in one batched query per request level. */
export async function stakeholders(ctx: GraphQLContext, ids: readonly string[]) {
  return loaded(await ctx.loaders.stakeholder.loadMany(ids));
}

/** The GraphQL shape of a strength: its inputs lifted to the top, its evidence kept for `interactions`. */
export function strengthView(strength: RelationshipStrength): RelationshipStrengthType {
  return {
    score: strength.score,
    asOf: strength.asOf,
    components: strength.components,
    ...strength.inputs,
    dataGaps: strength.dataGaps,
    evidence: strength.interactions,
  };
}

export function pairView(pair: RelationshipPair): RelationshipPairType {
  return {
    id: pair.id,
    teamMember: pair.teamMember,
    strength: strengthView(pair.strength),
    personId: pair.personId,
    accountId: pair.accountId,
  };
}
