import { DEFAULT_OPPORTUNITIES_CONFIG } from '../config/analytics/opportunities';
import { DEFAULT_SIGNALS_CONFIG } from '../config/analytics/signals';
import type { InboundRequestFact } from '../domain/opportunity-facts';
import { expansionOpportunities, type ExpansionOpportunity } from './opportunity';
import { opportunityCandidates } from './opportunity-candidates';
import type {
  OpportunityAccountFacts,
  OpportunityPerson,
  OpportunitySubscription,
  SharedSettings,
  SignalFinding,
} from './opportunity-parts';
import type { ExpansionGate } from './play-gate';
import type { UsageSnapshotFact } from './signals-facts';
import type { RankedCell } from './whitespace';

/**
 * Hand-built facts for one account, "Tarn Freight" (acc-t), judged on 2026-11-15.
 *
 * Core Platform (sub-core): 200 seats account-wide, 120,000 ARR (600 a seat), renews 2027-10-01.
 * Its six readings, 30 days apart, climb 159 → 179 (+4 every 30 days): the least-squares slope
 * is 4/30 seats a day, 4/30 × 30.4375 = 4.058 → +4.1 a month; 21 seats left / (4/30) = 157.5 →
 * 158 days after 2026-11-01 = 2027-04-08; less the 60-day lead: 2027-02-07.
 *
 * People: Vic Vale (CFO, ECONOMIC_BUYER, engaged, Finance), Eli Ebert (analyst, Finance,
 * engaged, no role), Olga Old (DECISION_MAKER, strength 20: not engaged).
 */
const AS_OF = '2026-11-15';
const config = DEFAULT_OPPORTUNITIES_CONFIG;
const shared: SharedSettings = {
  capacityThreshold: 0.8,
  idleUtilisation: 0.25,
  engagedThreshold: 50,
  engagedWindowDays: 90,
  stakeholders: DEFAULT_SIGNALS_CONFIG.stakeholders,
};

const CORE = { id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 500 };
const ANALYTICS = { id: 'prod-ana', name: 'Insights Analytics', family: 'Analytics', listPricePerSeat: 200 };
const AUTOMATION = {
  id: 'prod-auto',
  name: 'Workflow Automation',
  family: 'Automation',
  listPricePerSeat: 300,
};

const snapshot = (id: string, date: string, licensed: number, active: number): UsageSnapshotFact => ({
  id,
  date,
  licensedSeats: licensed,
  activeSeats: active,
  featuresAdopted: null,
  featuresAvailable: null,
  businessUnitId: null,
  businessUnitName: null,
});

const CORE_READINGS = [
  ['2026-06-04', 159],
  ['2026-07-04', 163],
  ['2026-08-03', 167],
  ['2026-09-02', 171],
  ['2026-10-02', 175],
  ['2026-11-01', 179],
].map(([date, active]) => snapshot(`use-core-${date}`, date as string, 200, active as number));

const signal = (overrides: Partial<SignalFinding>): SignalFinding => ({
  kind: 'SEAT_CAPACITY',
  accountId: 'acc-t',
  summary: 'a signal',
  observedAt: '2026-11-01',
  productId: null,
  productName: null,
  subscriptionId: null,
  businessUnitId: null,
  businessUnitName: null,
  capacity: null,
  adoption: null,
  asymmetry: null,
  hiring: null,
  scope: { accountWide: true, businessUnitIds: [], people: [] },
  stakeholders: [],
  moreStakeholders: 0,
  ...overrides,
});

const coreCapacity = (): SignalFinding =>
  signal({
    productId: CORE.id,
    productName: CORE.name,
    subscriptionId: 'sub-core',
    summary: 'Core Platform at 179 of 200 seats (90%); 100% projected on 2027-04-08 at +4.1 seats a month',
    capacity: {
      licensedSeats: 200,
      activeSeats: 179,
      utilisation: 0.895,
      threshold: 0.8,
      growthPerMonth: 4.1,
      projectedFullAt: '2027-04-08',
      raiseConversationBy: '2027-02-07',
      note: null,
      snapshots: CORE_READINGS,
    },
    stakeholders: [
      {
        personId: 'p-vic',
        name: 'Vic Vale',
        title: 'CFO',
        seniority: 'C_LEVEL',
        businessUnitId: 'bu-fin',
        roles: ['ECONOMIC_BUYER'],
        stillThere: true,
        reasons: ['Holds ECONOMIC_BUYER'],
      },
    ],
  });

const subscription = (overrides: Partial<OpportunitySubscription>): OpportunitySubscription => ({
  id: 'sub-core',
  productId: CORE.id,
  productName: CORE.name,
  businessUnitId: null,
  inForce: true,
  seatsLicensed: 200,
  arr: 120_000,
  renewalDate: '2027-10-01',
  latest: { id: 'use-core-2026-11-01', date: '2026-11-01', licensedSeats: 200, activeSeats: 179 },
  ...overrides,
});

const person = (overrides: Partial<OpportunityPerson>): OpportunityPerson => ({
  personId: 'p-x',
  name: 'X',
  title: null,
  seniority: null,
  businessUnitId: null,
  roles: [],
  strength: 70,
  lastTwoWayAt: '2026-11-10T10:00:00.000Z',
  lastTwoWayInteractionId: 'int-last',
  engaged: true,
  ...overrides,
});

const GREEN: ExpansionGate = { allowed: true, band: 'GREEN', score: 85, blockers: [] };

function facts(overrides: Partial<OpportunityAccountFacts> = {}): OpportunityAccountFacts {
  return {
    accountId: 'acc-t',
    accountName: 'Tarn Freight',
    asOf: AS_OF,
    signals: [coreCapacity()],
    whitespace: [],
    products: [CORE, ANALYTICS, AUTOMATION],
    units: [
      { id: 'bu-fin', name: 'Finance' },
      { id: 'bu-mkt', name: 'Marketing' },
    ],
    subscriptions: [subscription({})],
    accountPeople: [],
    people: [
      person({
        personId: 'p-vic',
        name: 'Vic Vale',
        title: 'CFO',
        seniority: 'C_LEVEL',
        businessUnitId: 'bu-fin',
        roles: ['ECONOMIC_BUYER'],
        strength: 72.5,
      }),
      person({
        personId: 'p-eli',
        name: 'Eli Ebert',
        title: 'Analyst',
        businessUnitId: 'bu-fin',
        strength: 60,
      }),
      person({
        personId: 'p-olga',
        name: 'Olga Old',
        title: 'COO',
        roles: ['DECISION_MAKER'],
        strength: 20,
        engaged: false,
      }),
    ],
    objectives: [],
    pipeline: [],
    inbound: [],
    gate: GREEN,
    sentiment: {
      inputs: [
        { name: 'sentiment', value: 0.4, unit: 'sentiment', score: 0.7, weight: 0.35, description: '' },
        { name: 'escalations', value: 0, unit: 'count', score: 1, weight: 0.25, description: '' },
        { name: 'nps', value: 8, unit: 'score', score: 0.8, weight: 0.2, description: '' },
      ],
      redFlags: [],
      missing: null,
    },
    ...overrides,
  };
}

const request = (
  id: string,
  occurredAt: string,
  subject: string,
  personId = 'p-vic',
): InboundRequestFact => ({
  id,
  accountId: 'acc-t',
  type: 'EMAIL',
  occurredAt,
  subject,
  people: [{ personId, name: personId === 'p-vic' ? 'Vic Vale' : personId }],
});

const judge = (f: OpportunityAccountFacts): ExpansionOpportunity[] =>
  expansionOpportunities(f, config, shared);
const byId = (list: ExpansionOpportunity[], id: string): ExpansionOpportunity => {
  const found = list.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id} among ${list.map((o) => o.id).join(', ')}`);
  return found;
};
const CORE_SEATS = 'acc-t/SEAT_EXPANSION/prod-core/ACCOUNT';

describe('a capacity signal with context, timing and an engaged buyer', () => {
  const core = byId(judge(facts()), CORE_SEATS);

  it('is QUALIFIED, not ready: nothing says they want to buy', () => {
    expect(core.status).toBe('QUALIFIED');
    expect(core.missing).toEqual([]);
    expect(core.intent.met).toBe(false);
    expect(core.intent.missing).toBe(
      'Nothing says they want to buy: no open EXPANSION opportunity for Core Platform and no request of theirs about it ("seat", "true-up", "licen", "pricing", "quote", "expan") in the last 60 days',
    );
    expect(core.readiness.met).toBe(true);
    expect(core.summary).toMatch(/^Qualified: seat expansion of Core Platform \(30,000 a year\) has context/);
  });

  it('context: the growth the capacity signal was fitted to, with its readings', () => {
    expect(core.context.reasons.map((r) => [r.code, r.detail])).toEqual([
      [
        'SUSTAINED_GROWTH',
        // 4.1 / 200 = 2.05% of the seats a month ≥ 1%; six readings ≥ 3.
        'Active seats grew from 159 on 2026-06-04 to 179 on 2026-11-01: +4.1 a month over 6 readings (2.1% of the 200 seats a month)',
      ],
    ]);
    expect(core.context.reasons[0]!.evidence.map((e) => e.id)).toEqual(CORE_READINGS.map((s) => s.id));
  });

  it('timing: the ceiling in 144 days; raise it 60 days before, not after', () => {
    expect(core.timing.reasons.map((r) => [r.code, r.date])).toEqual([['CEILING_APPROACHING', '2027-04-08']]);
    // 2026-11-15 → 2027-04-08: 15 + 31 + 31 + 28 + 31 + 8 = 144 days.
    expect(core.timing.reasons[0]!.detail).toBe(
      '200 seats projected full on 2027-04-08 (in 144 days) at +4.1 a month; the capacity conversation is due by 2027-02-07',
    );
    expect(core.suggestedTiming).toEqual({
      date: '2027-02-07',
      why: 'Ahead of the ceiling on 2027-04-08, not after it',
      overdue: false,
      deadline: '2027-02-07',
      deadlineWhy: '60 days before the seats run out on 2027-04-08',
    });
  });

  it('alignment: the engaged economic buyer, named with why; the unengaged decision maker is not counted', () => {
    expect(core.stakeholderAlignment.met).toBe(true);
    expect(core.stakeholderAlignment.reasons.map((r) => r.detail)).toEqual([
      'Vic Vale (CFO), engaged (strength 72.5, last two-way contact 2026-11-10): holds ECONOMIC_BUYER',
    ]);
    expect(core.stakeholderAlignment.reasons[0]!.evidence.map((e) => [e.kind, e.id])).toEqual([
      ['PERSON', 'p-vic'],
      ['INTERACTION', 'int-last'],
    ]);
    expect(core.stakeholders.map((s) => s.name)).toEqual(['Vic Vale']);
  });

  it('readiness: the gate, their mood and their need, each listed', () => {
    expect(core.readiness.reasons.map((r) => [r.code, r.met, r.detail])).toEqual([
      [
        'HEALTH_GATE',
        true,
        'Tarn Freight is GREEN (health 85) and successful with what it owns: expansion is allowed',
      ],
      ['SENTIMENT', true, 'No support red flag (mean ticket sentiment 0.4, escalated tickets 0, mean NPS 8)'],
      ['CAPACITY_NEED', true, 'They need the seats: 179 of 200 seats (89.5%) on 2026-11-01, at or over 80%'],
    ]);
  });
});

describe('intent: only their own wish to buy makes it ready to propose', () => {
  it('an inbound "seat true-up" within 60 days: READY_TO_PROPOSE, raised now, the ceiling still the deadline', () => {
    const core = byId(
      judge(facts({ inbound: [request('int-1', '2026-11-10T09:00:00.000Z', 'Seat true-up question')] })),
      CORE_SEATS,
    );
    expect(core.status).toBe('READY_TO_PROPOSE');
    expect(core.intent.reasons.map((r) => [r.code, r.detail])).toEqual([
      [
        'INBOUND_REQUEST',
        'Their own request: EMAIL "Seat true-up question" from Vic Vale on 2026-11-10 ("seat", "true-up")',
      ],
    ]);
    expect(core.intent.reasons[0]!.evidence.map((e) => [e.kind, e.id])).toEqual([
      ['INTERACTION', 'int-1'],
      ['PERSON', 'p-vic'],
    ]);
    expect(core.suggestedTiming).toEqual({
      date: AS_OF,
      why: 'Now: answer their request of 2026-11-10',
      overdue: false,
      deadline: '2027-02-07',
      deadlineWhy: '60 days before the seats run out on 2027-04-08',
    });
    expect(core.stakeholderAlignment.reasons[0]!.detail).toMatch(
      /holds ECONOMIC_BUYER; asked about it on 2026-11-10$/,
    );
  });

  it('an open EXPANSION opportunity for the product, with its contact roles', () => {
    const core = byId(
      judge(
        facts({
          pipeline: [
            {
              id: 'opp-1',
              accountId: 'acc-t',
              name: 'Tarn - Core seats',
              type: 'EXPANSION',
              stage: 'Discovery',
              amount: 40_000,
              closeDate: '2027-01-31',
              productId: CORE.id,
              contacts: [{ personId: 'p-vic', name: 'Vic Vale', role: 'ECONOMIC_BUYER', isPrimary: true }],
            },
          ],
        }),
      ),
      CORE_SEATS,
    );
    expect(core.status).toBe('READY_TO_PROPOSE');
    expect(core.intent.reasons.map((r) => r.detail)).toEqual([
      'Open EXPANSION opportunity "Tarn - Core seats" (Discovery, 40,000, closes 2027-01-31); contacts: Vic Vale (ECONOMIC_BUYER, primary)',
    ]);
  });

  it('a general word needs the product named; other products and old requests do not count', () => {
    const inbound = [
      request('int-pricing', '2026-11-10T09:00:00.000Z', 'Pricing discussion'),
      request('int-other', '2026-11-11T09:00:00.000Z', 'Seat count for Insights Analytics'),
      // 2026-09-15 is 61 days before 2026-11-15: outside the 60-day window.
      request('int-old', '2026-09-15T09:00:00.000Z', 'Seat true-up question'),
    ];
    const core = byId(judge(facts({ inbound })), CORE_SEATS);
    expect(core.intent.met).toBe(false);
    expect(core.status).toBe('QUALIFIED');
    const named = byId(
      judge(
        facts({ inbound: [request('int-named', '2026-09-16T09:00:00.000Z', 'Pricing for Core Platform')] }),
      ),
      CORE_SEATS,
    );
    // 60 days to the day still counts.
    expect(named.intent.reasons.map((r) => r.evidence[0]!.id)).toEqual(['int-named']);
    expect(named.status).toBe('READY_TO_PROPOSE');
  });
});

describe('readiness holds a wanted opportunity back', () => {
  const wanted = { inbound: [request('int-1', '2026-11-10T09:00:00.000Z', 'Seat true-up question')] };

  it('a RED account: held by the health gate with its blockers, never ready', () => {
    const red: ExpansionGate = {
      allowed: false,
      band: 'RED',
      score: 40,
      blockers: [
        {
          code: 'HEALTH_BAND',
          message:
            'Tarn Freight is RED (health 40, below YELLOW’s 50): never an expansion play on a red account',
          evidence: [
            { kind: 'SUPPORT_TICKET', id: 't-9', date: '2026-11-01', label: 'escalated', value: null },
          ],
        },
      ],
    };
    const core = byId(judge(facts({ ...wanted, gate: red })), CORE_SEATS);
    expect(core.status).toBe('QUALIFIED');
    expect(core.intent.met).toBe(true);
    expect(core.hold).toEqual({
      message: 'the health gate refuses expansion at Tarn Freight: HEALTH_BAND',
      blockers: red.blockers,
    });
    expect(core.readiness.reasons[0]).toMatchObject({ code: 'HEALTH_GATE', met: false });
    expect(core.readiness.reasons[0]!.evidence.map((e) => e.id)).toEqual(['t-9']);
    expect(core.summary).toMatch(
      /^Held: the health gate refuses expansion at Tarn Freight: HEALTH_BAND\. Qualified and wanted, not ready: seat expansion of Core Platform/,
    );
  });

  it('a frustrated customer (a support red flag) is not asked to buy more', () => {
    const core = byId(
      judge(
        facts({
          ...wanted,
          sentiment: {
            inputs: [],
            redFlags: [
              {
                code: 'LOW_NPS',
                component: 'SUPPORT',
                message: 'Mean NPS is 4 over 2 answers in the last 180 days',
                evidence: [
                  { kind: 'NPS_RESPONSE', id: 'nps-1', date: '2026-10-01', label: 'NPS 4', value: 4 },
                ],
              },
            ],
            missing: null,
          },
        }),
      ),
      CORE_SEATS,
    );
    expect(core.status).toBe('QUALIFIED');
    expect(core.hold).toBeNull();
    expect(core.readiness.reasons[1]).toMatchObject({
      code: 'SENTIMENT',
      met: false,
      detail:
        'Frustrated: Mean NPS is 4 over 2 answers in the last 180 days; fix that before asking them to buy more',
    });
  });
});

describe('observations say which of the three is missing', () => {
  it('flat usage, a far renewal and no request: no context and no timing', () => {
    const flat = coreCapacity();
    flat.capacity = {
      ...flat.capacity!,
      growthPerMonth: 0,
      projectedFullAt: null,
      raiseConversationBy: null,
      note: 'Not growing: no date for 100%',
    };
    const core = byId(judge(facts({ signals: [flat] })), CORE_SEATS);
    expect(core.status).toBe('OBSERVATION');
    expect(core.missing).toEqual(['CONTEXT', 'TIMING']);
    expect(core.timing.missing).toBe(
      'Nothing makes it urgent now: no date for the ceiling (Not growing: no date for 100%); no renewal within 120 days; no objective it serves due within 180 days; no request of theirs in the last 60 days',
    );
    expect(core.suggestedTiming).toBeNull();
    expect(core.summary).toBe(
      'Observation, not yet an opportunity: seat expansion of Core Platform (30,000 a year) lacks context (why it happens) and timing (why now).',
    );
  });

  it('nobody engaged cares: the unengaged decision maker is named', () => {
    const core = byId(
      judge(
        facts({
          people: [
            person({
              personId: 'p-olga',
              name: 'Olga Old',
              roles: ['DECISION_MAKER'],
              strength: 20,
              lastTwoWayAt: null,
              engaged: false,
            }),
          ],
        }),
      ),
      CORE_SEATS,
    );
    expect(core.missing).toEqual(['STAKEHOLDER_ALIGNMENT']);
    expect(core.stakeholderAlignment.missing).toBe(
      'Nobody who cares is engaged (strength 50+ and two-way contact within 90 days): Olga Old holds DECISION_MAKER (strength 20, no two-way contact)',
    );
  });
});

describe('timing when the conversation is late', () => {
  it('the conversation date has passed: now, and overdue', () => {
    const late = coreCapacity();
    late.capacity = { ...late.capacity!, projectedFullAt: '2026-12-20', raiseConversationBy: '2026-10-21' };
    const core = byId(judge(facts({ signals: [late] })), CORE_SEATS);
    expect(core.suggestedTiming).toEqual({
      date: AS_OF,
      why: 'Now: the conversation was due on 2026-10-21, before the ceiling on 2026-12-20',
      overdue: true,
      deadline: '2026-10-21',
      deadlineWhy: '60 days before the seats run out on 2026-12-20',
    });
  });

  it('the seats already ran out: the ceiling is here', () => {
    const full = coreCapacity();
    full.capacity = {
      ...full.capacity!,
      activeSeats: 204,
      projectedFullAt: '2026-10-02',
      raiseConversationBy: null,
      note: 'Already at or over the licensed seats since 2026-10-02',
    };
    const core = byId(judge(facts({ signals: [full] })), CORE_SEATS);
    expect(core.timing.reasons.map((r) => [r.code, r.detail])).toEqual([
      ['CEILING_REACHED', 'At or over the 200 licensed seats since 2026-10-02: the ceiling is already here'],
    ]);
    expect(core.suggestedTiming).toMatchObject({
      date: AS_OF,
      overdue: true,
      why: 'Now: the seats ran out on 2026-10-02',
    });
    expect(core.businessCase.statement).toMatch(
      /^You use 204 of your 200 Core Platform seats: new colleagues already wait for a seat to free up\./,
    );
  });
});

describe('timing from a renewal', () => {
  it('a subscription renewing in 100 days, its ceiling beyond the horizon: raise it 90 days before the renewal', () => {
    const far = coreCapacity();
    far.capacity = { ...far.capacity!, projectedFullAt: '2027-08-01', raiseConversationBy: '2027-06-02' };
    const core = byId(
      judge(facts({ signals: [far], subscriptions: [subscription({ renewalDate: '2027-02-23' })] })),
      CORE_SEATS,
    );
    // 2026-11-15 → 2027-02-23: 15 + 31 + 31 + 23 = 100 days ≤ 120; less 90 days: 2026-11-25.
    expect(core.timing.reasons.map((r) => [r.code, r.detail])).toEqual([
      ['RENEWAL_APPROACHING', 'sub-core renews on 2027-02-23 (in 100 days): the change can land in it'],
    ]);
    expect(core.suggestedTiming).toEqual({
      date: '2026-11-25',
      why: '90 days before the renewal on 2027-02-23',
      overdue: false,
      deadline: '2026-11-25',
      deadlineWhy: '90 days before the renewal on 2027-02-23',
    });
  });
});

describe('whitespace: the customer objective it serves and the competitor it replaces', () => {
  const cell = (product: typeof AUTOMATION, status: 'OPEN' | 'COMPETITOR', value: number): RankedCell => ({
    rank: 1,
    rowKind: 'ACCOUNT_WIDE',
    rowId: 'acc-t',
    rowName: 'Tarn Freight',
    product,
    status,
    value,
    peerAdoptionRate: 0.5,
    peersWhoBought: [
      { id: 'acc-p1', name: 'Peer One', industry: 'Logistics', segment: 'ENTERPRISE', employeeCount: 900 },
      { id: 'acc-p2', name: 'Peer Two', industry: 'Logistics', segment: 'ENTERPRISE', employeeCount: 1200 },
    ],
    reason: 'Not owned',
    competitors:
      status === 'COMPETITOR'
        ? [{ competitorId: 'comp-lumen', name: 'Lumen', since: '2025-03-01', businessUnitId: null }]
        : [],
    sizing: {
      method: 'SEATS_TIMES_LIST_PRICE',
      seats: 60,
      seatBasis: 'ACCOUNT_EMPLOYEES',
      population: 1000,
      adoptionRatio: 0.06,
      seatsAlreadyCovered: 0,
      pricePerSeat: product.listPricePerSeat,
      priceBasis: 'LIST_PRICE',
      value,
      evidenceSubscriptionIds: [],
      note: null,
    },
  });
  const list = judge(
    facts({
      signals: [],
      // 60 seats × 300 (list) = 18,000; 60 × 200 = 12,000.
      whitespace: [cell(AUTOMATION, 'OPEN', 18_000), cell(ANALYTICS, 'COMPETITOR', 12_000)],
      objectives: [
        {
          id: 'obj-1',
          accountId: 'acc-t',
          title: 'Automate 70% of invoice approvals',
          metric: 'Invoices approved without manual touch (%)',
          targetValue: 70,
          // 2026-11-15 + 90 days.
          dueDate: '2027-02-13',
          status: 'ACTIVE',
          ownerPersonId: 'p-eli',
          ownerName: 'Eli Ebert',
          ownerBusinessUnitId: 'bu-fin',
        },
      ],
    }),
  );

  it('automation serves an active objective due in 90 days: QUALIFIED, its owner aligned, the case in their metric', () => {
    const automation = byId(list, 'acc-t/CROSS_SELL/prod-auto/ACCOUNT');
    expect(automation.status).toBe('QUALIFIED');
    expect(automation.context.reasons.map((r) => r.detail)).toEqual([
      'Active objective "Automate 70% of invoice approvals" (Eli Ebert; due 2027-02-13): its words match "automat", "manual", "approval"',
    ]);
    expect(automation.timing.reasons.map((r) => r.detail)).toEqual([
      'Their objective "Automate 70% of invoice approvals" is due on 2027-02-13 (in 90 days)',
    ]);
    expect(automation.stakeholderAlignment.reasons.map((r) => r.detail)).toEqual([
      'Vic Vale (CFO), engaged (strength 72.5, last two-way contact 2026-11-10): holds ECONOMIC_BUYER',
      'Eli Ebert (Analyst), engaged (strength 60, last two-way contact 2026-11-10): owns the objective "Automate 70% of invoice approvals"',
    ]);
    expect(automation.businessCase.objective?.id).toBe('obj-1');
    expect({ ...automation.businessCase, objective: null }).toEqual({
      metric: 'TIME_SAVED',
      statement:
        'Workflow Automation for the account (60 seats): 2 similar accounts run it. It serves your objective "Automate 70% of invoice approvals" (Invoices approved without manual touch (%): 70 by 2027-02-13). The time it would save has no baseline in the data: measure it with the people doing the work.',
      objective: null,
      options: [],
      gaps: ['The time it would save has no baseline in the data: measure it with the people doing the work'],
    });
    expect(automation.size).toMatchObject({
      value: 18_000,
      method: 'WHITESPACE_CELL',
      calculation: '60 seats (1,000 people × 0.06) × 300 a seat (LIST_PRICE) = 18,000',
    });
  });

  it('analytics against a competitor: its context, cost avoided; no timing, so an observation', () => {
    const analytics = byId(list, 'acc-t/CROSS_SELL/prod-ana/ACCOUNT');
    expect(analytics.context.reasons.map((r) => [r.code, r.detail])).toEqual([
      [
        'COMPETITOR_PRESENT',
        'Lumen across the account since 2025-03-01: an alternative to Insights Analytics already in use, which consolidating onto ours would replace',
      ],
    ]);
    expect(analytics.status).toBe('OBSERVATION');
    expect(analytics.missing).toEqual(['TIMING']);
    expect(analytics.businessCase.metric).toBe('COST_AVOIDED');
    expect(analytics.businessCase.statement).toBe(
      'Consolidating Lumen onto Insights Analytics for the account leaves one vendor fewer to pay and run. What Lumen costs them is not in the data: ask for it.',
    );
  });
});

describe('seat options: three sizes, the smallest sizing it', () => {
  const core = byId(judge(facts()), CORE_SEATS);

  it('+25%, +37.5%, +50% of 200 seats at 600 a seat, with the months each buys at +4.1 a month', () => {
    expect(core.businessCase.options).toEqual([
      // ceil(200 × 0.25) = 50 → 250 seats; 50 × 600 = 30,000; (250 − 179) / 4.1 = 17.3 months.
      { share: 0.25, seats: 50, newCeiling: 250, price: 30_000, monthsOfHeadroom: 17.3 },
      // 75 → 275; 45,000; 96 / 4.1 = 23.4.
      { share: 0.375, seats: 75, newCeiling: 275, price: 45_000, monthsOfHeadroom: 23.4 },
      // 100 → 300; 60,000; 121 / 4.1 = 29.5.
      { share: 0.5, seats: 100, newCeiling: 300, price: 60_000, monthsOfHeadroom: 29.5 },
    ]);
    expect(core.size).toEqual({
      value: 30_000,
      method: 'SEAT_OPTION',
      seats: 50,
      pricePerSeat: 600,
      priceBasis: 'SUBSCRIPTION_PRICE',
      calculation:
        '+50 seats (option 1 of 3: +25% of 200) × 600 a seat (sub-core: 120,000 ARR ÷ 200 seats) = 30,000',
      evidenceIds: ['sub-core'],
    });
  });

  it('the case in their terms: when the seats run out, in weeks', () => {
    expect(core.businessCase.metric).toBe('CAPACITY_HEADROOM');
    // 144 days / 7 = 20.6 → 20 whole weeks.
    expect(core.businessCase.statement).toBe(
      "At +4.1 seats a month you reach all 200 Core Platform seats on 2027-04-08, in 20 weeks; after that every new colleague waits for a seat, and your team's throughput stops growing with its headcount. Options: +50 seats (+25%, 17.3 months of headroom at this rate), +75 seats (+37.5%, 23.4 months of headroom at this rate), +100 seats (+50%, 29.5 months of headroom at this rate); let them choose.",
    );
  });
});

describe('candidates: one per kind, product and place', () => {
  const analyticsSub = (id: string, unit: string, active: number) =>
    subscription({
      id,
      productId: ANALYTICS.id,
      productName: ANALYTICS.name,
      businessUnitId: unit,
      seatsLicensed: 150,
      arr: 28_800,
      renewalDate: '2027-10-01',
      latest: { id: `use-${id}`, date: '2026-11-01', licensedSeats: 150, activeSeats: active },
    });
  const unitUsage = (
    unit: string,
    name: string,
    state: 'HEAVY' | 'IDLE' | 'UNLICENSED_ACTIVE',
    active: number,
  ) => ({
    businessUnitId: unit,
    businessUnitName: name,
    state,
    subscriptionId: state === 'UNLICENSED_ACTIVE' ? null : `sub-${unit}`,
    licensedSeats: state === 'UNLICENSED_ACTIVE' ? null : 150,
    activeSeats: active,
    utilisation: state === 'UNLICENSED_ACTIVE' ? null : active / 150,
    snapshotId: `use-${unit}-2026-11-01`,
    date: '2026-11-01',
  });
  const financeCapacity = signal({
    productId: ANALYTICS.id,
    productName: ANALYTICS.name,
    subscriptionId: 'sub-bu-fin',
    businessUnitId: 'bu-fin',
    businessUnitName: 'Finance',
    capacity: {
      licensedSeats: 150,
      activeSeats: 141,
      utilisation: 0.94,
      threshold: 0.8,
      growthPerMonth: null,
      projectedFullAt: null,
      raiseConversationBy: null,
      note: 'One snapshot: no growth rate',
      snapshots: [snapshot('use-sub-bu-fin', '2026-11-01', 150, 141)],
    },
  });
  const asymmetry = signal({
    kind: 'USAGE_ASYMMETRY',
    productId: ANALYTICS.id,
    productName: ANALYTICS.name,
    asymmetry: {
      productId: ANALYTICS.id,
      productName: ANALYTICS.name,
      units: [
        unitUsage('bu-fin', 'Finance', 'HEAVY', 141),
        unitUsage('bu-mkt', 'Marketing', 'IDLE', 12),
        unitUsage('bu-it', 'IT', 'UNLICENSED_ACTIVE', 20),
      ],
    },
  });
  const hiring = signal({
    kind: 'HIRING_GROWTH',
    hiring: {
      basis: 'KNOWN_PEOPLE_START_DATES',
      windowStart: '2026-05-19',
      knownAtStart: 10,
      joined: 3,
      left: 0,
      growth: 0.3,
      units: [
        {
          accountId: 'acc-t',
          businessUnitId: null,
          businessUnitName: null,
          knownAtStart: 10,
          joined: [
            { personId: 'p-n1', date: '2026-07-01' },
            { personId: 'p-n2', date: '2026-08-01' },
            { personId: 'p-n3', date: '2026-09-01' },
          ],
          left: [],
          withoutStartDate: 0,
        },
      ],
    },
  });
  const adoption = signal({
    kind: 'FEATURE_ADOPTION_VELOCITY',
    productId: CORE.id,
    productName: CORE.name,
    subscriptionId: 'sub-core',
    adoption: {
      fromRatio: 0.5,
      toRatio: 0.6,
      velocityPerMonth: 0.02,
      minVelocityPerMonth: 0.01,
      snapshots: [],
    },
  });
  const ws = (rowKind: RankedCell['rowKind'], rowId: string, product: typeof CORE): RankedCell => ({
    rank: 1,
    rowKind,
    rowId,
    rowName: rowId,
    product,
    status: 'OPEN',
    value: null,
    peerAdoptionRate: null,
    peersWhoBought: [],
    reason: '',
    competitors: [],
    sizing: null,
  });
  const f = facts({
    signals: [coreCapacity(), financeCapacity, asymmetry, hiring, adoption],
    subscriptions: [
      subscription({}),
      analyticsSub('sub-bu-fin', 'bu-fin', 141),
      analyticsSub('sub-bu-mkt', 'bu-mkt', 12),
    ],
    whitespace: [
      ws('ACCOUNT_WIDE', 'acc-t', ANALYTICS),
      ws('ACCOUNT_WIDE', 'acc-t', AUTOMATION),
      ws('BUSINESS_UNIT', 'bu-mkt', AUTOMATION),
      ws('SUBSIDIARY', 'acc-t-sub', AUTOMATION),
    ],
  });

  it('signals and cells map to kinds; the same target merges; a subsidiary is left to itself', () => {
    expect(
      opportunityCandidates(f).map((c) => [c.id, c.signals.map((s) => s.kind), c.cell?.rowKind ?? null]),
    ).toEqual([
      ['acc-t/SEAT_EXPANSION/prod-core/ACCOUNT', ['SEAT_CAPACITY', 'HIRING_GROWTH'], null],
      ['acc-t/SEAT_EXPANSION/prod-ana/bu-fin', ['SEAT_CAPACITY', 'USAGE_ASYMMETRY'], null],
      ['acc-t/NEW_UNIT/prod-ana/bu-it', ['USAGE_ASYMMETRY'], null],
      ['acc-t/TIER_UPGRADE/prod-core/ACCOUNT', ['FEATURE_ADOPTION_VELOCITY'], null],
      // Analytics is owned in two units: the rest of the account is a new unit for it.
      ['acc-t/NEW_UNIT/prod-ana/ACCOUNT', [], 'ACCOUNT_WIDE'],
      ['acc-t/CROSS_SELL/prod-auto/ACCOUNT', [], 'ACCOUNT_WIDE'],
      ['acc-t/CROSS_SELL/prod-auto/bu-mkt', [], 'BUSINESS_UNIT'],
    ]);
  });

  const list = judge(f);

  it('hiring is context for the seat expansion it joined; adoption is not context for its own tier upgrade', () => {
    expect(byId(list, CORE_SEATS).context.reasons.map((r) => r.code)).toEqual([
      'SUSTAINED_GROWTH',
      'ADOPTION_VELOCITY',
      'HIRING_GROWTH',
    ]);
    const tier = byId(list, 'acc-t/TIER_UPGRADE/prod-core/ACCOUNT');
    expect(tier.context.met).toBe(false);
    // 120,000 ARR × 0.2.
    expect(tier.size).toMatchObject({ value: 24_000, method: 'ARR_UPLIFT' });
  });

  it('the busy unit: idle seats elsewhere cover the smallest option, so reassigning them comes first', () => {
    const finance = byId(list, 'acc-t/SEAT_EXPANSION/prod-ana/bu-fin');
    // ceil(150 × 0.25) = 38 seats; Marketing leaves 150 − 12 = 138 idle (8% ≤ 25%).
    expect(finance.readiness.reasons.find((r) => r.code === 'IDLE_SEATS_ELSEWHERE')).toMatchObject({
      met: false,
      detail:
        '138 Insights Analytics seats sit idle elsewhere (Marketing uses 12 of 150 seats (8%) on 2026-11-01): reassigning them covers the +38 of the smallest option, so offer that before selling more',
    });
    // 38 × (28,800 / 150 = 192) = 7,296; no growth rate, so no months of headroom.
    expect(finance.size.value).toBe(7_296);
    expect(finance.businessCase.options.map((o) => o.monthsOfHeadroom)).toEqual([null, null, null]);
    expect(finance.businessCase.statement).toMatch(
      /^You use 141 of your 150 Insights Analytics seats in Finance \(94%\); usage is not growing/,
    );
  });

  it('a unit using it unlicensed is sized at its seats in use; readiness asks for success with the product', () => {
    const it_ = byId(list, 'acc-t/NEW_UNIT/prod-ana/bu-it');
    expect(it_.size).toMatchObject({
      value: 3_840,
      method: 'UNLICENSED_SEATS',
      calculation:
        '20 seats in use (use-bu-it-2026-11-01) × 192 a seat (sub-bu-fin: 28,800 ARR ÷ 150 seats) = 3,840',
    });
    // (141 + 12) / (150 + 150) = 51% < 60%.
    expect(it_.readiness.reasons.find((r) => r.code === 'PRODUCT_SUCCESS')).toMatchObject({
      met: false,
      detail:
        'Insights Analytics is used on 153 of 300 seats (51%), below the 60% that shows success with it',
    });
  });

  it('ready first, then qualified, then observations; largest first within each', () => {
    const order = list.map((o) => o.status);
    expect(
      [...order].sort(
        (a, b) =>
          ['READY_TO_PROPOSE', 'QUALIFIED', 'OBSERVATION'].indexOf(a) -
          ['READY_TO_PROPOSE', 'QUALIFIED', 'OBSERVATION'].indexOf(b),
      ),
    ).toEqual(order);
  });
});
