import type { InteractionDirection, InteractionType } from '../../domain/vocabulary';

/**
 * Relationship strength between one of our team and one of their people (and rolled up per
 * person and per account). See `src/scoring/relationship-strength.ts` for the formula.
 */
export interface RelationshipsConfig {
  /** Days after which an interaction counts half as much as on the day it happened. */
  halfLifeDays: number;
  /**
   * Interactions older than this many days before `asOf` are not read at all: at a 90-day
   * half-life a year-old interaction weighs 6% of a fresh one.
   */
  lookbackDays: number;
  /** Depth of contact by kind, 0..1, 1 the deepest: a QBR or meeting over a call over an email. */
  typeWeights: Record<InteractionType, number>;
  /** Two-way-ness, 0..1: our own one-way outreach counts for little, contact from them fully. */
  directionWeights: Record<InteractionDirection, number>;
  /** How the four components (each 0..1) make the 0..100 score; they sum to 1. */
  componentWeights: { recency: number; frequency: number; twoWay: number; depth: number };
  /** Decayed interactions at which the frequency component reaches one half (n / (n + this)). */
  frequencyHalfSaturation: number;
  /**
   * Two-way and depth shares are taken over the decayed interactions plus this many empty ones,
   * so a single old touch cannot look deep or two-way.
   */
  shareConfidence: number;
  /** The account's strength is the mean of its this-many strongest people (missing ones count 0). */
  accountTopPeople: number;
}

export const DEFAULT_RELATIONSHIPS_CONFIG: RelationshipsConfig = {
  halfLifeDays: 90,
  lookbackDays: 365,
  typeWeights: { QBR: 1, MEETING: 0.9, EVENT: 0.6, CALL: 0.6, EMAIL: 0.3 },
  directionWeights: { OUTBOUND: 0.2, INBOUND: 1, MUTUAL: 1 },
  componentWeights: { recency: 0.3, frequency: 0.3, twoWay: 0.2, depth: 0.2 },
  frequencyHalfSaturation: 4,
  shareConfidence: 1,
  accountTopPeople: 5,
};
