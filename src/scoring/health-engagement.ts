import type { EngagementHealthConfig } from '../config/analytics/health';
import type { ThreadingRiskLevel } from '../domain/vocabulary';
import {
  daysBetween,
  fact,
  weighSubScores,
  type ComponentReading,
  type HealthAsOf,
  type HealthEvidence,
  type HealthRedFlag,
} from './health-parts';
import { personEvidence, roleLosses, type KeyPerson } from './health-people';

export interface EngagedContact {
  personId: string;
  name: string;
  /** Relationship strength 0..100. */
  strength: number;
  lastTwoWayAt: string;
}

/** What the relationship and threading analytics say about the account on asOf. */
export interface EngagementFacts {
  /** People who worked at the account on the day. */
  peopleKnown: number;
  /** Truly engaged people (threading's definition), strongest first. */
  engaged: EngagedContact[];
  /** Engaged people at which breadth is full (threading's breadth target). */
  breadthTarget: number;
  /** The last inbound or mutual interaction with anyone there, up to asOf. */
  lastTwoWay: { personId: string; name: string; at: string } | null;
  threading: {
    /** Single-threading risk 0..100 (higher is riskier). */
    score: number;
    level: ThreadingRiskLevel;
    /** The components' own risk before any floor (threading.floors); absent: the same as score. */
    weightedScore?: number;
    weightedLevel?: ThreadingRiskLevel;
    topContact: { personId: string; name: string; share: number } | null;
  } | null;
  threadingGap: string | null;
}

/**
 * Stakeholder engagement:
 *
 *   breadth    min(1, engaged people / breadthTarget)
 *   recency    0.5 ^ (days since the last two-way contact with anyone / recencyHalfLifeDays); 0 with none
 *   threading  1 − single-threading risk / 100
 *   score      100 × Σ w·input / Σ w over present inputs
 *
 * No people known at the account, and the component is missing. A champion who left in the last
 * championDepartedWithinDays is a red flag here.
 */
export function engagementHealth(
  facts: EngagementFacts,
  keyPeople: readonly KeyPerson[],
  asOf: HealthAsOf,
  config: EngagementHealthConfig,
): ComponentReading {
  const championLosses = roleLosses(
    keyPeople,
    'CHAMPION',
    asOf.day,
    config.flags.championDepartedWithinDays,
  ).filter((l) => l.departed);
  const championFlags: HealthRedFlag[] = championLosses.map((l) => ({
    code: 'CHAMPION_DEPARTED',
    component: 'ENGAGEMENT',
    message: `Champion ${l.person.name} left on ${l.endedOn} (${daysBetween(l.endedOn, asOf.day)} days ago)`,
    evidence: [personEvidence(l.person, `champion, left on ${l.endedOn}`)],
  }));
  if (facts.peopleKnown === 0) {
    return {
      rawScore: null,
      inputs: [],
      evidence: [],
      missing: [{ input: 'ENGAGEMENT', reason: 'no people are known at this account on this day' }],
      redFlags: championFlags,
    };
  }

  const daysSince = facts.lastTwoWay === null ? null : daysBetween(facts.lastTwoWay.at, asOf.now);
  const { rawScore, inputs, missing } = weighSubScores('ENGAGEMENT', [
    {
      name: 'breadth',
      score: Math.min(1, facts.engaged.length / facts.breadthTarget),
      weight: config.subWeights.breadth,
      value: facts.engaged.length,
      unit: 'people',
      description: `Truly engaged people; full marks at ${facts.breadthTarget}`,
    },
    {
      name: 'recency',
      score: daysSince === null ? 0 : 0.5 ** (daysSince / config.recencyHalfLifeDays),
      weight: config.subWeights.recency,
      value: daysSince,
      unit: 'days',
      description: `Days since anyone there talked with us (inbound or mutual); halves every ${config.recencyHalfLifeDays} days, 0 if never`,
    },
    {
      name: 'threading',
      score: facts.threading === null ? null : 1 - facts.threading.score / 100,
      weight: config.subWeights.threading,
      value: facts.threading?.score ?? null,
      unit: 'risk 0..100',
      description: 'Single-threading risk (higher is riskier), scored as 1 − risk / 100',
      missingReason: facts.threadingGap ?? 'single-threading risk is not available',
    },
  ]);
  inputs.push(fact('peopleKnown', facts.peopleKnown, 'people', 'People at the account on this day'));

  const engagedEvidence: HealthEvidence[] = facts.engaged.map((c) => ({
    kind: 'PERSON',
    id: c.personId,
    date: c.lastTwoWayAt,
    label: `${c.name}: engaged, strength ${c.strength}`,
    value: c.strength,
  }));
  const redFlags: HealthRedFlag[] = [...championFlags];
  // One red flag per fact: only the components' own risk raises SINGLE_THREADED; a risk held up by
  // a floor (a recent departure, an empty champion seat) is flagged by that departure's rule.
  if (facts.threading !== null && (facts.threading.weightedLevel ?? facts.threading.level) === 'HIGH') {
    const top = facts.threading.topContact;
    redFlags.push({
      code: 'SINGLE_THREADED',
      component: 'ENGAGEMENT',
      message: `Single-threading risk is HIGH (${facts.threading.weightedScore ?? facts.threading.score}) with ${facts.engaged.length} engaged ${facts.engaged.length === 1 ? 'person' : 'people'}${top ? `; ${Math.round(top.share * 100)}% of our contact goes to ${top.name}` : ''}`,
      evidence: top
        ? [
            {
              kind: 'PERSON',
              id: top.personId,
              date: null,
              label: `${top.name}: top contact`,
              value: top.share,
            },
          ]
        : engagedEvidence,
    });
  }
  if (daysSince === null || daysSince > config.flags.noTwoWayForDays) {
    redFlags.push({
      code: 'NO_RECENT_TWO_WAY_CONTACT',
      component: 'ENGAGEMENT',
      message:
        facts.lastTwoWay === null
          ? 'Nobody at the account has talked with us (inbound or mutual) in the lookback window'
          : `Nobody has talked with us for ${daysSince} days (last: ${facts.lastTwoWay.name})`,
      evidence:
        facts.lastTwoWay === null
          ? []
          : [
              {
                kind: 'PERSON',
                id: facts.lastTwoWay.personId,
                date: facts.lastTwoWay.at,
                label: `${facts.lastTwoWay.name}: last two-way contact`,
                value: daysSince,
              },
            ],
    });
  }
  return { rawScore, inputs, evidence: engagedEvidence, missing, redFlags };
}
