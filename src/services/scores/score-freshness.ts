import type { ScoreStamp } from '../../repositories/account-score.repository';

export type ScoreSource = 'STORED' | 'LIVE';

/** How current a score a view shows is: when it was computed, and whether an input changed since. */
export interface ScoreFreshness {
  source: ScoreSource;
  computedAt: string;
  /** `YYYY-MM-DD` the score was computed for. */
  asOf: string;
  /** An input changed (or the day moved) since it was computed; the worker will re-score it. */
  stale: boolean;
  staleSince: string | null;
  ageSeconds: number;
  configVersion: string | null;
}

export type WithFreshness<T> = T & { freshness: ScoreFreshness };

export function storedFreshness(stamp: ScoreStamp, now: Date, today: string): ScoreFreshness {
  const computedAt = stamp.computedAt ?? now.toISOString();
  const asOf = stamp.asOf ?? today;
  return {
    source: 'STORED',
    computedAt,
    asOf,
    // Computed on an earlier day: its time-decayed inputs have moved even without a write.
    stale: stamp.stale || asOf !== today,
    staleSince: stamp.staleSince,
    ageSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(computedAt)) / 1000)),
    configVersion: stamp.configVersion,
  };
}

export function liveFreshness(now: Date, configVersion: string | null = null): ScoreFreshness {
  return {
    source: 'LIVE',
    computedAt: now.toISOString(),
    asOf: now.toISOString().slice(0, 10),
    stale: false,
    staleSince: null,
    ageSeconds: 0,
    configVersion,
  };
}
