import type { ExpansionConfig } from '../config/analytics/signals';
import { round } from './score-parts';
import type { HiringFacts } from './signals-facts';

export interface HiringDetail {
  /** The graph keeps headcount as one current figure, so growth is read from the people we know. */
  basis: 'KNOWN_PEOPLE_START_DATES';
  windowStart: string;
  knownAtStart: number;
  joined: number;
  left: number;
  /** (joined − left) / knownAtStart. */
  growth: number;
  units: HiringFacts[];
}

/**
 * Hiring growth from the start and departure dates of the people known at the account: at least
 * `minJoiners` joined within the window and the net change is at least `minGrowth` of those known
 * on its first day. Headcount history is not in the graph (BusinessUnit.headcount and
 * Account.employeeCount are single current figures), which the caller reports as a data gap.
 */
export function hiringGrowth(
  rows: readonly HiringFacts[],
  windowStart: string,
  config: ExpansionConfig['hiring'],
): HiringDetail | null {
  const knownAtStart = rows.reduce((n, r) => n + r.knownAtStart, 0);
  const joined = rows.reduce((n, r) => n + r.joined.length, 0);
  const left = rows.reduce((n, r) => n + r.left.length, 0);
  if (knownAtStart === 0 || joined < config.minJoiners) return null;
  const growth = (joined - left) / knownAtStart;
  if (growth < config.minGrowth) return null;
  return {
    basis: 'KNOWN_PEOPLE_START_DATES',
    windowStart,
    knownAtStart,
    joined,
    left,
    growth: round(growth),
    units: rows.filter((r) => r.joined.length > 0 || r.left.length > 0),
  };
}
