import type { InteractionDirection, InteractionType, StakeholderRole } from '../../src/domain/vocabulary';
import type { Random } from './random';
import type { Engagement } from './types';

export type ContactWeights = Record<StakeholderRole | 'none', number>;

/** How much contact each role draws; a single-threaded account leans on its champion alone. */
export const CONTACT_WEIGHTS: Record<Engagement, ContactWeights> = {
  normal: {
    CHAMPION: 10,
    ECONOMIC_BUYER: 2.5,
    DECISION_MAKER: 2.5,
    EXECUTIVE_SPONSOR: 2.5,
    INFLUENCER: 1.5,
    TECHNICAL_EVALUATOR: 3,
    END_USER: 0.8,
    DETRACTOR: 1,
    BLOCKER: 0.8,
    none: 0.1,
  },
  'multi-threaded': {
    CHAMPION: 5,
    ECONOMIC_BUYER: 4,
    DECISION_MAKER: 4,
    EXECUTIVE_SPONSOR: 4,
    INFLUENCER: 3,
    TECHNICAL_EVALUATOR: 4,
    END_USER: 2,
    DETRACTOR: 1.5,
    BLOCKER: 1,
    none: 0.6,
  },
  'single-threaded': {
    CHAMPION: 10,
    ECONOMIC_BUYER: 0,
    DECISION_MAKER: 0.5,
    EXECUTIVE_SPONSOR: 0,
    INFLUENCER: 0.5,
    TECHNICAL_EVALUATOR: 1,
    END_USER: 0.5,
    DETRACTOR: 0.3,
    BLOCKER: 0.3,
    none: 0.05,
  },
};

/**
 * Share of people without a role we ever reach: most known contacts at an account are names in
 * the CRM, not relationships.
 */
export const REACH_WITHOUT_ROLE: Record<Engagement, number> = {
  normal: 0.4,
  'multi-threaded': 0.8,
  'single-threaded': 0.25,
};

/** Interactions over two years per known person. */
export const VOLUME_PER_PERSON: Record<Engagement, number> = {
  normal: 12,
  'multi-threaded': 15,
  'single-threaded': 9,
};

export function interactionType(rng: Random): InteractionType {
  return rng.weighted<InteractionType>([
    ['EMAIL', 55],
    ['CALL', 24],
    ['MEETING', 17],
    ['EVENT', 0.5],
  ]);
}

export function peopleCount(type: InteractionType, rng: Random): number {
  if (type === 'MEETING') return rng.int(2, 5);
  if (type === 'EVENT') return rng.int(1, 3);
  const two = type === 'CALL' ? 3 : 2.5;
  return rng.weighted([
    [1, 6],
    [2, two],
    [3, type === 'CALL' ? 0 : 1],
  ]);
}

export function teamCount(type: InteractionType, rng: Random): number {
  if (type === 'EMAIL') return 1;
  if (type === 'CALL') return rng.chance(0.25) ? 2 : 1;
  return rng.int(1, 3);
}

/** Meetings, reviews and events are live on both sides; emails and calls go either way. */
export function directionFor(type: InteractionType, rng: Random): InteractionDirection {
  if (type !== 'EMAIL' && type !== 'CALL') return 'MUTUAL';
  const outbound = type === 'EMAIL' ? 55 : 60;
  return rng.weighted<InteractionDirection>([
    ['OUTBOUND', outbound],
    ['INBOUND', 95 - outbound],
    ['MUTUAL', 5],
  ]);
}

export function durationFor(type: InteractionType, rng: Random): number | null {
  if (type === 'CALL') return rng.int(3, 12) * 5;
  if (type === 'MEETING') return rng.pick([30, 45, 60, 60, 90]);
  if (type === 'QBR') return rng.pick([60, 90, 120]);
  if (type === 'EVENT') return rng.pick([60, 90, 120, 180, 240]);
  return null;
}
