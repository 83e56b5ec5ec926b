import type { ChurnConfig } from '../config/analytics/signals';
import type { TicketSeverity } from '../domain/vocabulary';
import { DAY_MS, round } from './score-parts';
import type { TicketFact } from './signals-facts';

export interface TicketWindow {
  /** Exclusive start instant of the window (its end is the next window's start, or asOf). */
  from: string;
  count: number;
  /** Σ severity weight. */
  weighted: number;
  escalated: number;
}

export interface TicketTrendDetail {
  recent: TicketWindow;
  previous: TicketWindow;
  /** recent.weighted / previous.weighted − 1; null when the previous window had none. */
  growth: number | null;
  /** The recent window's tickets, oldest first. */
  tickets: TicketFact[];
}

const SEVERE: readonly TicketSeverity[] = ['HIGH', 'URGENT'];

/** Splits facts into the `windowDays` before `asOf` (recent) and the same span before that (previous). */
export function splitWindows<T>(
  items: readonly T[],
  instantOf: (item: T) => string,
  asOf: string,
  windowDays: number,
): { recentFrom: string; previousFrom: string; recent: T[]; previous: T[] } {
  const end = Date.parse(asOf.slice(0, 10)) + DAY_MS; // the whole of the asOf day
  const recentFrom = end - windowDays * DAY_MS;
  const previousFrom = recentFrom - windowDays * DAY_MS;
  const at = (item: T) => Date.parse(instantOf(item));
  const sorted = [...items].sort((a, b) => at(a) - at(b));
  return {
    recentFrom: new Date(recentFrom).toISOString(),
    previousFrom: new Date(previousFrom).toISOString(),
    recent: sorted.filter((i) => at(i) >= recentFrom && at(i) < end),
    previous: sorted.filter((i) => at(i) >= previousFrom && at(i) < recentFrom),
  };
}

/**
 * Tickets escalating: at least `minEscalated` escalated tickets in the recent window, or a
 * severity-weighted volume of at least `minWeighted` that grew by `minGrowth` or more over the
 * previous window (or came from nothing). It began with the first escalated or HIGH/URGENT ticket
 * of the recent window (the first ticket of it when none is).
 */
export function escalatingTickets(
  tickets: readonly TicketFact[],
  asOf: string,
  config: ChurnConfig['tickets'],
): { detail: TicketTrendDetail; began: string } | null {
  const { recentFrom, previousFrom, recent, previous } = splitWindows(
    tickets,
    (t) => t.openedAt,
    asOf,
    config.windowDays,
  );
  const tally = (from: string, list: TicketFact[]): TicketWindow => ({
    from,
    count: list.length,
    weighted: list.reduce((n, t) => n + config.severityWeights[t.severity], 0),
    escalated: list.filter((t) => t.escalated).length,
  });
  const now = tally(recentFrom, recent);
  const before = tally(previousFrom, previous);
  const growth = before.weighted === 0 ? null : round(now.weighted / before.weighted - 1);
  const volumeRising = now.weighted >= config.minWeighted && (growth === null || growth >= config.minGrowth);
  if (now.escalated < config.minEscalated && !volumeRising) return null;
  const first = recent.find((t) => t.escalated || SEVERE.includes(t.severity)) ?? recent[0];
  if (!first) return null;
  return {
    detail: { recent: now, previous: before, growth, tickets: recent },
    began: first.openedAt.slice(0, 10),
  };
}
