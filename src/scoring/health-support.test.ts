import { DEFAULT_HEALTH_CONFIG } from '../config/analytics/health';
import type { HealthAsOf } from './health-parts';
import { supportHealth, type HealthTicket } from './health-support';

const config = DEFAULT_HEALTH_CONFIG.support; // window 90 days; weights sentiment .35, escalations .25, severity .2, nps .2
const asOf: HealthAsOf = { day: '2026-11-15', now: new Date('2026-11-16T00:00:00Z'), current: false };

const ticket = (
  id: string,
  severity: HealthTicket['severity'],
  openedAt: string,
  sentiment: number | null,
  escalated: boolean,
  closedAt: string | null,
): HealthTicket => ({
  id,
  severity,
  status: closedAt === null ? 'OPEN' : 'CLOSED',
  sentiment,
  escalated,
  openedAt,
  closedAt,
  subject: null,
});

describe('supportHealth', () => {
  const tickets = [
    ticket('t1', 'URGENT', '2026-11-01T09:00:00Z', -0.8, true, null),
    ticket('t2', 'LOW', '2026-10-01T09:00:00Z', 0.4, false, '2026-10-02T09:00:00Z'),
    ticket('t3', 'HIGH', '2026-09-01T09:00:00Z', -0.3, true, '2026-09-03T09:00:00Z'),
    // Opened before the window (2026-08-18) and closed: not counted.
    ticket('t4', 'MEDIUM', '2026-01-01T09:00:00Z', -1, true, '2026-01-05T09:00:00Z'),
  ];
  const nps = [
    { id: 'n1', score: 3, answeredAt: '2026-10-10T09:00:00Z' },
    { id: 'n2', score: 7, answeredAt: '2026-07-10T09:00:00Z' },
  ];

  it('scores sentiment, escalations, severity and NPS in their windows', () => {
    const reading = supportHealth({ ticketsEver: 9, tickets, npsEver: 2, nps }, asOf, config);
    // sentiment (−.8 + .4 − .3) / 3 = −.2333 → (−.2333 + 1) / 2 = .3833
    // escalations 2 (t1, t3) → 1 − 2/3 = .3333
    // severity (4 + 1 + 3) / 3 = 2.6667 → 1 − (2.6667 − 1) / (4 − 1) = .4444
    // nps (3 + 7) / 2 = 5 → .5
    // 100 × (.35 × .3833 + .25 × .3333 + .2 × .4444 + .2 × .5) = 100 × .40639 = 40.64
    expect(reading.rawScore).toBe(40.64);
    expect(reading.inputs.map((i) => [i.name, i.value, i.score])).toEqual([
      ['sentiment', -0.2333, 0.3833],
      ['escalations', 2, 0.3333],
      ['severity', 2.6667, 0.4444],
      ['nps', 5, 0.5],
      ['ticketsInWindow', 3, null],
      ['openUrgentTickets', 1, null],
    ]);
    // Mean sentiment −.23 is above the −.3 flag; NPS 5 is at or below 6.
    expect(reading.redFlags.map((f) => [f.code, f.evidence.map((e) => e.id)])).toEqual([
      ['ESCALATED_TICKETS', ['t3', 't1']],
      ['OPEN_URGENT_TICKET', ['t1']],
      ['LOW_NPS', ['n2', 'n1']],
    ]);
  });

  it('names never having had a ticket instead of counting it calm', () => {
    const reading = supportHealth(
      {
        ticketsEver: 0,
        tickets: [],
        npsEver: 1,
        nps: [{ id: 'n', score: 8, answeredAt: '2026-10-01T00:00:00Z' }],
      },
      asOf,
      config,
    );
    // Only NPS: 8 / 10 → 80.
    expect(reading.rawScore).toBe(80);
    expect(reading.missing.map((m) => m.input)).toEqual([
      'SUPPORT.sentiment',
      'SUPPORT.escalations',
      'SUPPORT.severity',
    ]);
    expect(reading.missing[0]!.reason).toBe('no support ticket has ever been recorded');
  });

  it('counts a quiet window as calm when tickets were raised before', () => {
    const reading = supportHealth({ ticketsEver: 5, tickets: [], npsEver: 0, nps: [] }, asOf, config);
    // No escalation (1), no ticket to weigh (1); sentiment and NPS missing → (.25 + .2) / .45 = 100
    expect(reading.rawScore).toBe(100);
    expect(reading.missing.map((m) => m.input)).toEqual(['SUPPORT.sentiment', 'SUPPORT.nps']);
  });

  it('is missing with no ticket and no NPS answer ever', () => {
    expect(supportHealth({ ticketsEver: 0, tickets: [], npsEver: 0, nps: [] }, asOf, config).missing).toEqual(
      [{ input: 'SUPPORT', reason: 'no support ticket and no NPS answer has ever been recorded' }],
    );
  });
});
