import type { SponsorHealthConfig } from '../config/analytics/health';
import type { SponsorState } from '../domain/vocabulary';
import {
  daysBetween,
  fact,
  type ComponentReading,
  type HealthAsOf,
  type HealthRedFlag,
} from './health-parts';
import { holdsOn, lastTwoWayEvidence, personEvidence, roleLosses, type KeyPerson } from './health-people';

/**
 * Executive-sponsor activity: the state of the sponsor seat on asOf scores stateScores[state]:
 *
 *   ENGAGED      a current EXECUTIVE_SPONSOR talked with us (inbound or mutual) in the last engagedWithinDays
 *   NOT_ENGAGED  someone holds the role, but nobody holding it did
 *   VACANT       the role was held before and nobody holds it now (they left, or the role ended)
 *
 * An account where nobody ever held the role has no sponsor input: the component is missing.
 */
export function sponsorHealth(
  people: readonly KeyPerson[],
  asOf: HealthAsOf,
  config: SponsorHealthConfig,
): ComponentReading {
  const everHeld = people.filter((p) =>
    p.roles.some((r) => r.role === 'EXECUTIVE_SPONSOR' && r.since <= asOf.day),
  );
  if (everHeld.length === 0) {
    return {
      rawScore: null,
      inputs: [],
      evidence: [],
      missing: [
        { input: 'SPONSOR', reason: 'no executive sponsor role has ever been assigned at this account' },
      ],
      redFlags: [],
    };
  }
  const ageOf = (p: KeyPerson): number | null =>
    p.lastTwoWay === null ? null : daysBetween(p.lastTwoWay.occurredAt, asOf.now);
  const holders = everHeld
    .filter((p) => holdsOn(p, 'EXECUTIVE_SPONSOR', asOf.day))
    .sort((a, b) => (ageOf(a) ?? Infinity) - (ageOf(b) ?? Infinity) || a.id.localeCompare(b.id));
  const best = holders[0] ?? null;
  const bestAge = best === null ? null : ageOf(best);
  const state: SponsorState =
    best === null
      ? 'VACANT'
      : bestAge !== null && bestAge <= config.engagedWithinDays
        ? 'ENGAGED'
        : 'NOT_ENGAGED';
  const losses = roleLosses(everHeld, 'EXECUTIVE_SPONSOR', asOf.day, config.departureLookbackDays);

  const redFlags: HealthRedFlag[] = [];
  const departures = losses.filter((l) => l.departed);
  if (state !== 'ENGAGED' && departures.length > 0) {
    redFlags.push({
      code: 'SPONSOR_DEPARTED',
      component: 'SPONSOR',
      message: `Executive sponsor ${departures.map((l) => `${l.person.name} left on ${l.endedOn}`).join('; ')}${best === null ? ', and nobody holds the role now' : ''}`,
      evidence: departures.map((l) => personEvidence(l.person, `executive sponsor, left on ${l.endedOn}`)),
    });
  }
  if (state === 'NOT_ENGAGED') {
    redFlags.push({
      code: 'SPONSOR_NOT_ENGAGED',
      component: 'SPONSOR',
      message: `No executive sponsor has talked with us in ${config.engagedWithinDays} days (${holders
        .map((p) => `${p.name}: ${ageOf(p) === null ? 'never' : `${ageOf(p)} days ago`}`)
        .join('; ')})`,
      evidence: holders.flatMap((p) => [
        personEvidence(p, 'executive sponsor'),
        ...lastTwoWayEvidence(p, asOf.now),
      ]),
    });
  }
  if (state === 'VACANT' && departures.length === 0) {
    const ended = losses[0];
    redFlags.push({
      code: 'NO_SPONSOR',
      component: 'SPONSOR',
      message: ended
        ? `${ended.person.name} stopped being executive sponsor on ${ended.endedOn}; nobody holds the role`
        : 'Nobody holds the executive sponsor role any more',
      evidence: (ended ? [ended.person] : everHeld).map((p) => personEvidence(p, 'former executive sponsor')),
    });
  }

  return {
    rawScore: config.stateScores[state],
    inputs: [
      {
        name: 'state',
        value: config.stateScores[state],
        unit: state,
        score: config.stateScores[state] / 100,
        weight: 1,
        description: `ENGAGED ${config.stateScores.ENGAGED}, NOT_ENGAGED ${config.stateScores.NOT_ENGAGED}, VACANT ${config.stateScores.VACANT}; engaged = two-way contact in ${config.engagedWithinDays} days`,
      },
      fact('daysSinceTwoWay', bestAge, 'days', 'Days since the current sponsor last talked with us'),
    ],
    evidence: [
      ...holders.flatMap((p) => [personEvidence(p, 'executive sponsor'), ...lastTwoWayEvidence(p, asOf.now)]),
      ...losses.map((l) => personEvidence(l.person, `executive sponsor until ${l.endedOn}`)),
    ],
    missing: [],
    redFlags,
  };
}
