import { DEFAULT_HEALTH_CONFIG } from '../config/analytics/health';
import { DEFAULT_PLAYS_CONFIG } from '../config/analytics/plays';
import { HEALTH_COMPONENTS, type HealthComponentName } from '../domain/vocabulary';
import { departureCaps, sentimentCaps } from './health-caps';
import type { ComponentReading, HealthAsOf, HealthRedFlag } from './health-parts';
import type { KeyPerson } from './health-people';
import { accountHealth } from './health-score';
import { expansionGate, type SuccessCheck } from './play-gate';

const asOf: HealthAsOf = { day: '2026-11-15', now: new Date('2026-11-15T12:00:00Z'), current: true };
const caps = DEFAULT_HEALTH_CONFIG.caps;

const person = (id: string, roles: KeyPerson['roles'], extra: Partial<KeyPerson> = {}): KeyPerson => ({
  id,
  name: id.toUpperCase(),
  title: null,
  status: 'ACTIVE',
  startedAt: '2020-01-01',
  departedAt: null,
  managerId: null,
  roles,
  lastTwoWay: null,
  ...extra,
});
const talkedOn = (day: string): KeyPerson['lastTwoWay'] => ({
  id: `i-${day}`,
  occurredAt: `${day}T10:00:00Z`,
  type: 'MEETING',
});
const left = (day: string): Partial<KeyPerson> => ({ status: 'DEPARTED', departedAt: day });

const reading = (rawScore: number | null, redFlags: HealthRedFlag[] = []): ComponentReading => ({
  rawScore,
  inputs: [],
  evidence: [],
  missing: rawScore === null ? [{ input: 'X', reason: 'not known' }] : [],
  redFlags,
});
const readings = (raw: Partial<Record<HealthComponentName, number | null>>, flags: HealthRedFlag[] = []) =>
  Object.fromEntries(
    HEALTH_COMPONENTS.map((c) => [c, reading(raw[c] ?? null, c === 'SUPPORT' ? flags : [])]),
  ) as Record<HealthComponentName, ComponentReading>;

describe('departureCaps (caps.departure: YELLOW for 90 days unless someone engaged holds the seat)', () => {
  it('caps a champion who left five days ago with nobody in the seat', () => {
    const found = departureCaps(
      [person('cleo', [{ role: 'CHAMPION', since: '2024-01-01', until: null }], left('2026-11-10'))],
      asOf,
      caps.departure,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'DEPARTURE',
      maxBand: 'YELLOW',
      until: '2027-02-08',
      component: 'ENGAGEMENT',
    });
    expect(found[0]!.message).toContain(
      'Champion CLEO left on 2026-11-10 (5 days ago) and nobody holds the role now',
    );
    expect(found[0]!.evidence.map((e) => e.id)).toEqual(['cleo']);
  });

  it('names a successor who holds the role but has not talked with us as a gap, and still caps', () => {
    const found = departureCaps(
      [
        person('ed', [{ role: 'ECONOMIC_BUYER', since: '2024-01-01', until: null }], left('2026-10-01')),
        person('nina', [{ role: 'ECONOMIC_BUYER', since: '2026-10-05', until: null }]),
      ],
      asOf,
      caps.departure,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      'NINA holds the role but has not talked with us in 90 days (a gap to close, not a replacement)',
    );
    expect(found[0]!.evidence.map((e) => e.id)).toEqual(['ed', 'nina']);
  });

  it('does not cap once an engaged replacement holds the role, or after 90 days', () => {
    const replaced = [
      person('ed', [{ role: 'EXECUTIVE_SPONSOR', since: '2024-01-01', until: null }], left('2026-10-01')),
      person('nina', [{ role: 'EXECUTIVE_SPONSOR', since: '2026-10-05', until: null }], {
        lastTwoWay: talkedOn('2026-11-01'),
      }),
    ];
    expect(departureCaps(replaced, asOf, caps.departure)).toEqual([]);
    const longAgo = [
      person('old', [{ role: 'CHAMPION', since: '2024-01-01', until: null }], left('2026-08-01')),
    ];
    expect(departureCaps(longAgo, asOf, caps.departure)).toEqual([]);
  });
});

describe('accountHealth with caps and coverage', () => {
  const profile = DEFAULT_HEALTH_CONFIG.profile;
  const departure = departureCaps(
    [person('cleo', [{ role: 'CHAMPION', since: '2024-01-01', until: null }], left('2026-11-10'))],
    asOf,
    caps.departure,
  );

  it('holds a GREEN score at YELLOW after a departure: one KEY_ROLE_DEPARTED flag, the cap explained in bandCapNote', () => {
    const h = accountHealth(
      {
        accountId: 'a',
        accountName: 'A',
        segment: null,
        readings: readings({ USAGE: 90, SUPPORT: 90, ENGAGEMENT: 80, CONTRACT: 90, SPONSOR: 80 }),
        caps: departure,
      },
      profile,
      asOf.day,
      'v',
      { minCoverage: 0.5 },
    );
    // 90×.3 + 90×.2 + 80×.2 + 90×.15 + 80×.15 = 86.5 → 87 (rounded contributions): GREEN, capped at YELLOW.
    expect([h.score, h.uncappedBand, h.band, h.state, h.coverage]).toEqual([
      87,
      'GREEN',
      'YELLOW',
      'SCORED',
      1,
    ]);
    expect(h.redFlags.map((f) => f.code)).toEqual(['KEY_ROLE_DEPARTED']);
    expect(h.bandCapNote).toContain('Health 87 would be GREEN; capped at YELLOW');
  });

  it('caps a frustrated customer through the configured sentiment flags', () => {
    const frustrated: HealthRedFlag = {
      code: 'DETRACTOR_NPS',
      component: 'SUPPORT',
      message: 'net NPS −60',
      evidence: [],
    };
    const h = accountHealth(
      {
        accountId: 'a',
        accountName: 'A',
        segment: null,
        readings: readings({ USAGE: 95, SUPPORT: 60, ENGAGEMENT: 95, CONTRACT: 95, SPONSOR: 95 }, [
          frustrated,
        ]),
        sentimentCapsOf: (flags) => sentimentCaps(flags, caps.sentiment),
      },
      profile,
      asOf.day,
      'v',
      { minCoverage: 0.5 },
    );
    expect([h.uncappedBand, h.band]).toEqual(['GREEN', 'YELLOW']);
    expect(h.bandCaps.map((c) => c.kind)).toEqual(['SENTIMENT']);
  });

  it('says INSUFFICIENT_DATA instead of "RED 0" when one component of five is known', () => {
    const h = accountHealth(
      { accountId: 'a', accountName: 'A', segment: null, readings: readings({ SPONSOR: 0 }) },
      profile,
      asOf.day,
      'v',
      { minCoverage: 0.5 },
    );
    // Only SPONSOR (.15 of 1.0) is known: coverage .15 < .5.
    expect([h.score, h.band, h.state, h.coverage, h.provisionalScore]).toEqual([
      null,
      null,
      'INSUFFICIENT_DATA',
      0.15,
      0,
    ]);
    expect(h.components.every((c) => c.contribution === 0)).toBe(true);
    expect(h.missingInputs.at(-1)).toBe(
      'COVERAGE: only 15% of the weight has data, below the 50% a score needs',
    );
  });
});

describe('expansionGate: one gate, sentiment included', () => {
  const success: SuccessCheck = {
    successful: true,
    utilisation: 0.92,
    minUtilisation: 0.6,
    readings: [],
    blockingTickets: [],
    reasons: [],
  };
  const green = (redFlags: HealthRedFlag[]) =>
    accountHealth(
      {
        accountId: 'a',
        accountName: 'Acme',
        segment: null,
        readings: readings({ USAGE: 95, SUPPORT: 90, ENGAGEMENT: 95, CONTRACT: 95, SPONSOR: 95 }, redFlags),
      },
      DEFAULT_HEALTH_CONFIG.profile,
      asOf.day,
      'v',
    );

  it('allows a green, successful, calm account', () => {
    expect(expansionGate(green([]), success, null, DEFAULT_PLAYS_CONFIG).allowed).toBe(true);
  });

  it('refuses while escalations are open or NPS is detractor-dominated, naming each with its evidence', () => {
    const flags: HealthRedFlag[] = [
      {
        code: 'OPEN_ESCALATION',
        component: 'SUPPORT',
        message: '1 escalated ticket is still open',
        evidence: [{ kind: 'SUPPORT_TICKET', id: 't1', date: null, label: 'x', value: null }],
      },
      {
        code: 'DETRACTOR_NPS',
        component: 'SUPPORT',
        message: 'Detractors outweigh promoters',
        evidence: [{ kind: 'NPS_RESPONSE', id: 'n1', date: null, label: 'x', value: 2 }],
      },
    ];
    const gate = expansionGate(green(flags), success, null, DEFAULT_PLAYS_CONFIG);
    expect(gate.allowed).toBe(false);
    expect(gate.blockers.map((b) => [b.code, b.evidence.map((e) => e.id)])).toEqual([
      ['SENTIMENT_FRUSTRATED', ['t1']],
      ['SENTIMENT_FRUSTRATED', ['n1']],
    ]);
    expect(gate.blockers[0]!.message).toBe(
      'Frustrated (OPEN_ESCALATION): 1 escalated ticket is still open; stabilise first',
    );
  });
});
