import { DEFAULT_SIGNALS_CONFIG } from '../config/analytics/signals';
import { fallingSentiment } from './churn-sentiment';
import { escalatingTickets, splitWindows } from './churn-tickets';
import type { TicketFact } from './signals-facts';

const { tickets: ticketConfig, ticketSentiment } = DEFAULT_SIGNALS_CONFIG.churn;

const ticket = (
  id: string,
  openedAt: string,
  severity: TicketFact['severity'],
  escalated = false,
): TicketFact => ({
  id,
  accountId: 'a',
  subject: null,
  severity,
  openedAt,
  sentiment: null,
  escalated,
  raisedById: null,
});

describe('splitWindows', () => {
  it('counts the whole asOf day as recent and nothing after it', () => {
    const items = [
      '2026-11-22T23:59:00Z',
      '2026-11-23T00:00:00Z',
      '2026-08-25T00:00:00Z',
      '2026-08-24T23:59:00Z',
    ];
    const split = splitWindows(items, (i) => i, '2026-11-22', 90);
    expect(split.recentFrom).toBe('2026-08-25T00:00:00.000Z');
    expect(split.recent).toEqual(['2026-08-25T00:00:00Z', '2026-11-22T23:59:00Z']);
    expect(split.previous).toEqual(['2026-08-24T23:59:00Z']);
  });
});

describe('escalatingTickets', () => {
  it('counts volume rising from nothing once it is heavy enough', () => {
    // HIGH 3 + URGENT 4 = 7 ≥ minWeighted 6, nothing before: growth unknown, still escalating.
    const found = escalatingTickets(
      [ticket('t2', '2026-10-05T09:00:00Z', 'HIGH'), ticket('t3', '2026-10-06T09:00:00Z', 'URGENT')],
      '2026-11-22',
      ticketConfig,
    );
    expect(found?.detail.growth).toBeNull();
    expect(found?.detail.recent.weighted).toBe(7);
    expect(found?.began).toBe('2026-10-05');
  });

  it('ignores a light, steady load', () => {
    expect(
      escalatingTickets(
        [
          ticket('t1', '2026-07-01T09:00:00Z', 'MEDIUM'),
          ticket('t2', '2026-10-01T09:00:00Z', 'MEDIUM', true),
        ],
        '2026-11-22',
        ticketConfig,
      ),
    ).toBeNull();
  });
});

describe('fallingSentiment', () => {
  const obs = (id: string, at: string, value: number) => ({ id, at, value, personId: null });

  it('falls back to the floor when the earlier window is too thin to compare', () => {
    const found = fallingSentiment(
      'TICKETS',
      [
        obs('a', '2026-07-01T00:00:00Z', 0.9),
        obs('b', '2026-10-01T00:00:00Z', -0.1),
        obs('c', '2026-10-02T00:00:00Z', -0.3),
        obs('d', '2026-10-03T00:00:00Z', -0.5),
      ],
      '2026-11-22',
      ticketSentiment,
    );
    // Recent mean (−0.1 − 0.3 − 0.5) / 3 = −0.3 ≤ floor −0.2; one earlier ticket < minObservations 3.
    // It began with the first recent value at or below the floor: c on 2026-10-02.
    expect(found?.detail).toMatchObject({
      rule: 'FLOOR',
      recentMean: -0.3,
      previousMean: null,
      threshold: -0.2,
    });
    expect(found?.began).toBe('2026-10-02');
  });

  it('needs enough recent observations', () => {
    expect(
      fallingSentiment('TICKETS', [obs('a', '2026-10-01T00:00:00Z', -1)], '2026-11-22', ticketSentiment),
    ).toBeNull();
  });
});
