import type { PeriodSubscription, PeriodTicket } from '../domain/plan-facts';
import { valueDelivered, type ValueInput } from './value-delivered';

// The period reviewed is 2026-05-01..2026-10-31; the one before it 2025-11-01..2026-04-30.
const period = { from: '2026-05-01', to: '2026-10-31', previousFrom: '2025-11-01' };

const sub = (
  id: string,
  product: string,
  readings: [string, number, number, number | null][],
): PeriodSubscription => ({
  id,
  status: 'ACTIVE',
  arr: 10_000,
  seatsLicensed: readings.at(-1)![1],
  startDate: '2024-01-01',
  renewalDate: '2027-01-01',
  productId: product,
  productName: product,
  snapshots: readings.map(([date, licensed, active, adopted]) => ({
    id: `${id}-${date}`,
    date,
    licensedSeats: licensed,
    activeSeats: active,
    featuresAdopted: adopted,
    featuresAvailable: adopted === null ? null : 20,
  })),
});

const ticket = (id: string, openedAt: string, closedAt: string | null, escalated = false): PeriodTicket => ({
  id,
  severity: 'HIGH',
  status: closedAt ? 'CLOSED' : 'OPEN',
  sentiment: 0,
  escalated,
  openedAt,
  closedAt,
  subject: id,
});

const input: ValueInput = {
  ...period,
  subscriptions: [
    sub('s1', 'Core', [
      ['2026-05-01', 100, 60, 8],
      ['2026-08-01', 100, 75, 10],
      ['2026-10-01', 100, 90, 12],
    ]),
    sub('s2', 'Analytics', [
      ['2026-05-01', 50, 20, null],
      ['2026-10-01', 60, 30, null],
    ]),
    // One reading only: not a change, left out.
    sub('s3', 'Security', [['2026-09-01', 10, 9, 5]]),
  ],
  tickets: [
    ticket('t-prev', '2026-01-10T09:00:00Z', '2026-01-12T09:00:00Z', true), // previous period, escalated
    ticket('t1', '2026-04-29T09:00:00Z', '2026-05-02T09:00:00Z'), // opened before, resolved in: 3 days
    ticket('t2', '2026-06-01T00:00:00Z', '2026-06-02T12:00:00Z', true), // 1.5 days, escalated
    ticket('t3', '2026-09-01T00:00:00Z', '2026-09-06T00:00:00Z'), // 5 days
    ticket('t4', '2026-10-20T00:00:00Z', null), // still open
  ],
  interactions: [
    {
      id: 'i-prev',
      type: 'CALL',
      direction: 'OUTBOUND',
      occurredAt: '2026-02-01T10:00:00Z',
      people: [{ id: 'p1', name: 'Ann', title: 'Analyst', seniority: 'INDIVIDUAL_CONTRIBUTOR' }],
    },
    {
      id: 'i1',
      type: 'MEETING',
      direction: 'MUTUAL',
      occurredAt: '2026-06-10T10:00:00Z',
      people: [
        { id: 'p1', name: 'Ann', title: 'Analyst', seniority: 'INDIVIDUAL_CONTRIBUTOR' },
        { id: 'p2', name: 'Cleo', title: 'CFO', seniority: 'C_LEVEL' },
      ],
    },
    {
      id: 'i2',
      type: 'EMAIL',
      direction: 'OUTBOUND',
      occurredAt: '2026-07-10T10:00:00Z',
      people: [{ id: 'p3', name: 'Ben', title: 'Manager', seniority: 'MANAGER' }],
    },
  ],
  objectives: [
    {
      id: 'o1',
      title: 'Close the books in 5 days',
      metric: 'Days to close',
      targetValue: 5,
      dueDate: '2026-09-30',
      status: 'ACHIEVED',
      owner: null,
    },
    // Achieved, but due before the period: an earlier review's news.
    {
      id: 'o0',
      title: 'Old',
      metric: null,
      targetValue: null,
      dueDate: '2026-03-01',
      status: 'ACHIEVED',
      owner: null,
    },
    {
      id: 'o2',
      title: 'Open',
      metric: null,
      targetValue: null,
      dueDate: '2026-10-01',
      status: 'ACTIVE',
      owner: null,
    },
  ],
  nps: [
    { id: 'n0', score: 6, answeredAt: '2026-03-01T00:00:00Z' },
    { id: 'n1', score: 8, answeredAt: '2026-06-01T00:00:00Z' },
    { id: 'n2', score: 9, answeredAt: '2026-09-01T00:00:00Z' },
  ],
  retention: {
    accountId: 'a',
    accountName: 'Acme',
    segment: null,
    startingArr: 20_000,
    endingArr: 23_000,
    movement: 'EXPANSION',
    expansion: 3_000,
    contraction: 0,
    churn: 0,
    newArr: 0,
    evidence: [{ subscriptionId: 's2', productName: 'Analytics', arrAtStart: 10_000, arrAtEnd: 13_000 }],
    dataGaps: [],
  },
};

const byKey = (key: string) => valueDelivered(input).metrics.find((m) => m.key === key)!;

describe('valueDelivered', () => {
  it('opens with the objectives achieved in the period, in the customer’s words and metric', () => {
    const m = valueDelivered(input).metrics[0]!;
    expect(m.key).toBe('OBJECTIVES_ACHIEVED');
    expect(m.after).toBe(1);
    expect(m.summary).toBe(
      "1 of the customer's objectives achieved: Close the books in 5 days (Days to close: 5)",
    );
    expect(m.evidence.map((e) => e.id)).toEqual(['o1']);
  });

  it('measures seats from the first to the last reading of each product with two readings or more', () => {
    // Core 60 → 90 and Analytics 20 → 30: 80 → 120 active, +40 (+50%); Security has one reading.
    const seats = byKey('ACTIVE_SEATS');
    expect([seats.before, seats.after, seats.change]).toEqual([80, 120, 40]);
    expect(seats.improved).toBe(true);
    expect(seats.summary).toBe('80 → 120 active seats, +40 (+50%), on Core, Analytics');
    expect(seats.evidence.map((e) => e.id)).toEqual([
      's1-2026-05-01',
      's1-2026-10-01',
      's2-2026-05-01',
      's2-2026-10-01',
    ]);
    // Utilisation 80 / 150 = .5333 → 120 / 160 = .75.
    const util = byKey('SEAT_UTILISATION');
    expect([util.before, util.after, util.change]).toEqual([0.5333, 0.75, 0.2167]);
  });

  it('reads feature adoption only where both readings have it', () => {
    // Core alone: 8 / 20 = .4 → 12 / 20 = .6.
    const m = byKey('FEATURE_ADOPTION');
    expect([m.before, m.after]).toEqual([0.4, 0.6]);
    expect(m.summary).toBe('40% → 60% of available features in use (8 → 12 features)');
  });

  it('counts tickets resolved in the period against the previous one, with the median time to resolve', () => {
    // Resolved in the period: t1 (3 days), t2 (1.5), t3 (5): median 3. Previous period: t-prev.
    const resolved = byKey('TICKETS_RESOLVED');
    expect([resolved.before, resolved.after]).toEqual([1, 3]);
    expect(resolved.summary).toBe(
      '3 tickets resolved (previous period 1), median 3 days from opening to resolution',
    );
    expect(resolved.evidence.map((e) => [e.id, e.value])).toEqual([
      ['t1', 3],
      ['t2', 1.5],
      ['t3', 5],
    ]);
    // Escalations opened: t2 now, t-prev before: flat, so no verdict.
    const escalations = byKey('ESCALATIONS');
    expect([escalations.before, escalations.after, escalations.improved]).toEqual([1, 1, null]);
  });

  it('compares NPS and contact with the previous period, and names the executives met', () => {
    const nps = byKey('NPS');
    // (8 + 9) / 2 = 8.5 now, 6 before.
    expect([nps.before, nps.after, nps.change]).toEqual([6, 8.5, 2.5]);
    const contact = byKey('ENGAGEMENT');
    expect([contact.before, contact.after]).toEqual([1, 2]);
    expect(contact.summary).toBe(
      '2 interactions (1 two-way; previous period 1) with 3 people, 1 executive: Cleo (CFO)',
    );
    expect(contact.evidence.map((e) => e.id)).toEqual(['i1']);
  });

  it('takes ARR from the retention movement, with its parts', () => {
    const m = byKey('ARR');
    expect([m.before, m.after, m.change]).toEqual([20_000, 23_000, 3_000]);
    expect(m.summary).toBe('20,000 → 23,000 (expansion 3,000)');
  });

  it('names what it cannot measure instead of guessing', () => {
    const bare = valueDelivered({ ...input, subscriptions: [], nps: [], retention: null });
    expect(bare.metrics.map((m) => m.key)).toEqual([
      'OBJECTIVES_ACHIEVED',
      'TICKETS_RESOLVED',
      'ESCALATIONS',
      'ENGAGEMENT',
    ]);
    expect(bare.notMeasured).toEqual([
      'Time saved and cost avoided: the graph holds no measure of them; the objectives achieved are the customer’s own measure',
      'Seats and utilisation: fewer than two usage readings of any product in the period',
      'Feature adoption: no product has two readings of features adopted in the period',
      'NPS: nobody answered a survey in the period',
      'ARR: no subscription in force during the period',
    ]);
  });
});
