import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import type { EngagementFacts } from '../../scoring/health-engagement';
import type { ThreadingRisk } from '../../scoring/threading-risk';
import type { AsOf } from '../relationships/as-of';
import { threadingReading, type AccountSnapshot } from '../threading/threading-input';

/**
 * What the engagement component reads from the relationship and threading analytics: who is
 * there, who is truly engaged, when anyone there last talked with us, and the threading risk.
 */
export function engagementFacts(
  snapshot: AccountSnapshot,
  risk: ThreadingRisk,
  asOf: AsOf,
  relationships: RelationshipsConfig,
  threading: ThreadingConfig,
): EngagementFacts {
  const reading = threadingReading(snapshot, asOf, relationships);
  const nameOf = (id: string): string => reading.people.get(id)?.name ?? id;
  let lastTwoWay: EngagementFacts['lastTwoWay'] = null;
  for (const personId of reading.people.keys()) {
    const at = reading.strengths.get(personId)?.inputs.lastTwoWayAt ?? null;
    if (at !== null && (lastTwoWay === null || at > lastTwoWay.at)) {
      lastTwoWay = { personId, name: nameOf(personId), at };
    }
  }
  const top = risk.concentration.topPersonId;
  return {
    peopleKnown: reading.people.size,
    engaged: risk.engaged.map((e) => ({ ...e, name: nameOf(e.personId) })),
    breadthTarget: threading.breadthTarget,
    lastTwoWay,
    threading: {
      score: risk.score,
      level: risk.level,
      // The level of the components alone: a floor (a departure, an empty seat) is flagged by its own rule.
      weightedLevel:
        risk.weightedScore >= threading.levels.highFrom
          ? 'HIGH'
          : risk.weightedScore >= threading.levels.mediumFrom
            ? 'MEDIUM'
            : 'LOW',
      weightedScore: risk.weightedScore,
      topContact:
        top === null ? null : { personId: top, name: nameOf(top), share: risk.concentration.topShare ?? 0 },
    },
    threadingGap: null,
  };
}
