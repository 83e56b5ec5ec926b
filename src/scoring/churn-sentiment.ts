import { round } from './score-parts';
import { splitWindows } from './churn-tickets';

export interface SentimentObservation {
  /** Ticket or NPS response id. */
  id: string;
  at: string;
  value: number;
  personId: string | null;
}

export interface SentimentTrendDetail {
  source: 'TICKETS' | 'NPS';
  recentFrom: string;
  previousFrom: string;
  recentMean: number;
  /** Null when the previous window had too few observations to compare with. */
  previousMean: number | null;
  /** recentMean − previousMean. */
  change: number | null;
  /** Compared with the previous window (DROP) or, lacking one, with the floor (FLOOR). */
  rule: 'DROP' | 'FLOOR';
  threshold: number;
  /** The recent window's observations, oldest first. */
  observations: SentimentObservation[];
  /** Earlier observations the previous mean was taken from. */
  previousObservations: SentimentObservation[];
}

export interface SentimentRule {
  windowDays: number;
  minDrop: number;
  floor: number;
  minObservations: number;
}

const mean = (list: readonly SentimentObservation[]): number =>
  list.reduce((n, o) => n + o.value, 0) / list.length;

/**
 * Falling sentiment: with at least `minObservations` in the recent window, its mean fell by
 * `minDrop` or more from the previous window's (when that had `minObservations` too), or else is
 * at or below `floor`. It began with the first recent observation below the previous mean (or at
 * or below the floor).
 */
export function fallingSentiment(
  source: SentimentTrendDetail['source'],
  observations: readonly SentimentObservation[],
  asOf: string,
  rule: SentimentRule,
): { detail: SentimentTrendDetail; began: string } | null {
  const { recentFrom, previousFrom, recent, previous } = splitWindows(
    observations,
    (o) => o.at,
    asOf,
    rule.windowDays,
  );
  if (recent.length < rule.minObservations) return null;
  const recentMean = mean(recent);
  const comparable = previous.length >= rule.minObservations;
  const previousMean = comparable ? mean(previous) : null;
  const falling =
    previousMean !== null ? recentMean <= previousMean - rule.minDrop : recentMean <= rule.floor;
  if (!falling) return null;
  const first = recent.find((o) => (previousMean !== null ? o.value < previousMean : o.value <= rule.floor));
  if (!first) return null;
  return {
    detail: {
      source,
      recentFrom,
      previousFrom,
      recentMean: round(recentMean),
      previousMean: previousMean === null ? null : round(previousMean),
      change: previousMean === null ? null : round(recentMean - previousMean),
      rule: previousMean !== null ? 'DROP' : 'FLOOR',
      threshold: previousMean !== null ? rule.minDrop : rule.floor,
      observations: recent,
      previousObservations: previous,
    },
    began: first.at.slice(0, 10),
  };
}
