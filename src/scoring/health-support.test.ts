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
    // nps: n1 3 is a detractor 36.6 days old (weight .5^(36.625/90) = .7542), n2 7 a passive
    //   128.6 days old (.3713): net = 100 × (0 − .7542) / 1.1255 = −67.01 → (−67.01 + 100) / 200 = .165
    // 100 × (.35 × .3833 + .25 × .3333 + .2 × .4444 + .2 × .165) = 33.94
    expect(reading.rawScore).toBe(33.94);
    expect(reading.inputs.map((i) => [i.name, i.value, i.score])).toEqual([
      ['sentiment', -0.2333, 0.3833],
      ['escalations', 2, 0.3333],
      ['severity', 2.6667, 0.4444],
      ['nps', -67.01, 0.1649],
      ['ticketsInWindow', 3, null],
      ['openUrgentTickets', 1, null],
      ['meanNps', 5, null],
    ]);
    // Mean sentiment −.23 is above the −.3 flag; mean NPS 5 is at or below 6; t1 is URGENT,
    // escalated and open; the net NPS is negative (detractors outweigh promoters).
    expect(reading.redFlags.map((f) => [f.code, f.evidence.map((e) => e.id)])).toEqual([
      ['ESCALATED_TICKETS', ['t3', 't1']],
      ['OPEN_URGENT_TICKET', ['t1']],
      ['LOW_NPS', ['n2', 'n1']],
      ['OPEN_HIGH_SEVERITY_TICKET', ['t1']],
      ['OPEN_ESCALATION', ['t1']],
      ['DETRACTOR_NPS', ['n2', 'n1']],
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
    // Only NPS: one passive (8), net 0 → (0 + 100) / 200 = 50.
    expect(reading.rawScore).toBe(50);
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

  it('nets promoters against detractors, weighting recent answers more', () => {
    const answers = [
      { id: 'old-promoter-1', score: 10, answeredAt: '2026-02-16T00:00:00Z' }, // 273 days: weight .5^(273/90) = .1222
      { id: 'old-promoter-2', score: 9, answeredAt: '2026-02-16T00:00:00Z' },
      { id: 'new-detractor', score: 2, answeredAt: '2026-11-15T00:00:00Z' }, // 1 day: weight .9923
    ];
    const reading = supportHealth({ ticketsEver: 0, tickets: [], npsEver: 3, nps: answers }, asOf, config);
    // Unweighted: 2 promoters, 1 detractor → +33. Weighted: (2 × .1222 − .9923) / 1.2367 = −60.5
    const nps = reading.inputs.find((i) => i.name === 'nps')!;
    expect(nps.value).toBeCloseTo(-60.5, 0);
    expect(reading.redFlags.map((f) => f.code)).toEqual(['DETRACTOR_NPS']);
  });

  it('hears talk of alternatives in notes, with the note as evidence', () => {
    const reading = supportHealth(
      {
        ticketsEver: 0,
        tickets: [],
        npsEver: 0,
        nps: [],
        alternatives: [
          {
            kind: 'INTERACTION',
            id: 'i-cfo',
            at: '2026-11-10T09:00:00Z',
            text: 'CFO: considering alternatives before renewal',
            people: ['Vic Vale (CFO)'],
          },
        ],
      },
      asOf,
      config,
    );
    // Nothing to score, but what they said is a red flag with the note it rests on.
    expect(reading.rawScore).toBeNull();
    expect(reading.redFlags).toHaveLength(1);
    expect(reading.redFlags[0]!.code).toBe('EVALUATING_ALTERNATIVES');
    expect(reading.redFlags[0]!.evidence[0]).toMatchObject({ kind: 'INTERACTION', id: 'i-cfo' });
    expect(reading.redFlags[0]!.evidence[0]!.label).toContain('matched "alternative"');
  });

  it('is missing with no ticket and no NPS answer ever', () => {
    expect(supportHealth({ ticketsEver: 0, tickets: [], npsEver: 0, nps: [] }, asOf, config).missing).toEqual(
      [{ input: 'SUPPORT', reason: 'no support ticket and no NPS answer has ever been recorded' }],
    );
  });
});
