import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { PairInteractions } from '../../repositories/relationship.repository';
import { relationshipStrength, type RelationshipStrength } from '../../scoring/relationship-strength';
import { DAY_MS } from '../../scoring/score-parts';

export type { RelationshipStrength } from '../../scoring/relationship-strength';

/** One of our team and one of their people, with the strength of what passed between them. */
export interface RelationshipPair {
  id: string;
  accountId: string;
  teamMember: PairInteractions['teamMember'];
  personId: string;
  strength: RelationshipStrength;
}

/** The window of interactions a reading at `now` needs, `extraDays` earlier for a trend. */
export function lookbackWindow(
  now: Date,
  config: RelationshipsConfig,
  extraDays = 0,
): { since: string; until: string } {
  return {
    since: new Date(now.getTime() - (config.lookbackDays + extraDays) * DAY_MS).toISOString(),
    // Exclusive: anything at the very instant `now` still counts.
    until: new Date(now.getTime() + 1).toISOString(),
  };
}

export function pairStrengths(
  pairs: readonly PairInteractions[],
  now: Date,
  config: RelationshipsConfig,
): RelationshipPair[] {
  return pairs
    .map((pair) => ({
      id: `${pair.teamMember.id}:${pair.personId}`,
      accountId: pair.accountId,
      teamMember: pair.teamMember,
      personId: pair.personId,
      strength: relationshipStrength(pair.interactions, now, config),
    }))
    .sort((a, b) => b.strength.score - a.strength.score || a.id.localeCompare(b.id));
}

/** A person's strength with our whole team: the same formula over every interaction they had with any of us. */
export function personStrengths(
  pairs: readonly PairInteractions[],
  now: Date,
  config: RelationshipsConfig,
): Map<string, RelationshipStrength> {
  const byPerson = new Map<string, PairInteractions['interactions']>();
  for (const pair of pairs) {
    byPerson.set(pair.personId, [...(byPerson.get(pair.personId) ?? []), ...pair.interactions]);
  }
  return new Map(
    [...byPerson.entries()].map(([personId, interactions]) => [
      personId,
      relationshipStrength(interactions, now, config),
    ]),
  );
}
