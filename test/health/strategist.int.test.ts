import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { strategistClock, strategistPortfolio } from '../support/strategist-fixtures';

interface Evidence {
  kind: string;
  id: string;
}
interface Health {
  score: number | null;
  band: string | null;
  uncappedBand: string | null;
  state: string;
  coverage: number;
  redFlags: { code: string; message: string; evidence: Evidence[] }[];
  bandCaps: { kind: string; maxBand: string; until: string | null }[];
}
interface Gate {
  allowed: boolean;
  band: string | null;
  blockers: { code: string; message: string; evidence: Evidence[] }[];
}
interface Answers {
  health: Health;
  plays: { expansionGate: Gate; health: { band: string | null }; plays: { kind: string; trigger: string }[] };
  plan: {
    health: { band: string | null; score: number | null };
    growthStrategy: {
      motion: string;
      headline: string;
      expansionAllowed: boolean;
      blockers: { code: string }[];
    };
  };
  opportunities: {
    expansionGate: Gate;
    opportunities: {
      id: string;
      expansionType: string;
      status: string;
      summary: string;
      hold: { message: string } | null;
      suggestedTiming: { date: string; why: string; overdue: boolean; deadline: string | null } | null;
      signals: { capacity: { projectedFullAt: string | null; raiseConversationBy: string | null } | null }[];
    }[];
  };
}

const HEALTH = `health: accountHealth(accountId: $id) { score band uncappedBand state coverage
  redFlags { code message evidence { kind id } } bandCaps { kind maxBand until } }`;
const GATE = `expansionGate { allowed band blockers { code message evidence { kind id } } }`;
const QUERY = `query($id: ID!) {
  ${HEALTH}
  plays: plays(accountId: $id) { ${GATE} health { band } plays { kind trigger } }
  plan: accountPlan(accountId: $id) { health { band score } growthStrategy { motion headline expansionAllowed blockers { code } } }
  opportunities: expansionOpportunities(accountId: $id) { ${GATE}
    opportunities { id expansionType status summary hold { message }
      suggestedTiming { date why overdue deadline }
      signals { capacity { projectedFullAt raiseConversationBy } } } }
}`;
const REQUEST = `mutation($id: ID!) { requestPlay(input: { accountId: $id, kind: EXPANSION }) { id kind } }`;

/**
 * Issue 9's four accounts, built from scratch (test/support/strategist-fixtures.ts): health,
 * plays, requestPlay, the plan and the opportunities must tell the same story.
 */
describe('a strategist’s accounts: health, the one expansion gate, plays, plan and opportunities agree', () => {
  let app: RunningApp;
  const tenant = testTenant('strategist');
  const ask = async (id: string): Promise<Answers> => {
    const result = await gql<Answers>(app, QUERY, { id }, tokenFor(tenant));
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const requestExpansion = (id: string) => gql(app, REQUEST, { id }, tokenFor(tenant, 'EDITOR'));

  beforeAll(async () => {
    // A shared 2-core machine under load: the request time limit is not what this file tests.
    app = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '180' }, strategistClock);
    await seedTenant(app.db, tenant, strategistPortfolio());
  }, 300_000);
  afterAll(() => app.stop());

  it('a $200K account whose champion just left: not GREEN, the departure a red flag, rescue first, expansion refused', async () => {
    const a = await ask('acc-left');
    // Usage 82% and growing, calm support, promoters, engaged people: the weighted score alone is GREEN.
    expect(a.health.uncappedBand).toBe('GREEN');
    expect(a.health.band).toBe('YELLOW');
    expect(a.health.bandCaps).toEqual([{ kind: 'DEPARTURE', maxBand: 'YELLOW', until: '2027-02-09' }]);
    const departed = a.health.redFlags.find((f) => f.code === 'KEY_ROLE_DEPARTED')!;
    expect(departed.message).toContain('Champion Lena Lind left on 2026-11-11 (5 days ago)');
    expect(departed.evidence).toContainEqual({ kind: 'PERSON', id: 'p-lena' });
    // One red flag per fact: the departure is KEY_ROLE_DEPARTED (the cap's), not listed three times.
    const flagCodes = a.health.redFlags.map((f) => f.code);
    expect(flagCodes.filter((c) => c === 'KEY_ROLE_DEPARTED')).toHaveLength(1);
    expect(flagCodes).not.toContain('CHAMPION_DEPARTED');
    expect(flagCodes).not.toContain('BAND_CAPPED');

    expect(a.plays.plays[0]).toEqual({ kind: 'RESCUE', trigger: 'CHAMPION_DEPARTED' });
    expect(a.plays.plays.map((p) => p.kind)).not.toContain('EXPANSION');
    expect(a.plays.expansionGate.allowed).toBe(false);
    expect(a.plan.growthStrategy.motion).toBe('RESCUE');
    expect(a.plan.growthStrategy.headline).toMatch(/^Rescue the relationship first/);

    const refused = await requestExpansion('acc-left');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXPANSION_NOT_ALLOWED',
      band: 'YELLOW',
    });
    const codes = (refused.errors?.[0]?.extensions?.['blockers'] as { code: string }[]).map((b) => b.code);
    expect(codes).toEqual(expect.arrayContaining(['HEALTH_BAND', 'CHAMPION_DEPARTED']));
  });

  it('92% of seats, growing headcount, good sentiment: GREEN, a seat opportunity timed ~60 days before full', async () => {
    const a = await ask('acc-cap-calm');
    expect([a.health.band, a.health.state, a.health.coverage]).toEqual(['GREEN', 'SCORED', 1]);
    expect(a.plays.expansionGate).toEqual({ allowed: true, band: 'GREEN', blockers: [] });
    expect(a.plays.plays.map((p) => p.kind)).toEqual(['EXPANSION']);
    expect(a.plan.growthStrategy).toMatchObject({ motion: 'EXPANSION', expansionAllowed: true });

    const seats = a.opportunities.opportunities.find((o) => o.expansionType === 'SEAT_EXPANSION')!;
    expect(seats.hold).toBeNull();
    expect(['QUALIFIED', 'READY_TO_PROPOSE']).toContain(seats.status);
    // +15 seats every 30 days from 920 of 1,000: full about 160 days after 2026-11-04, and the
    // conversation is due 60 days (signals.expansion.capacity.conversationLeadDays) before that.
    const capacity = seats.signals.find((s) => s.capacity !== null)!.capacity!;
    expect(capacity.projectedFullAt).toMatch(/^2027-04-/);
    const lead =
      (Date.parse(capacity.projectedFullAt!) - Date.parse(capacity.raiseConversationBy!)) / 86_400_000;
    expect(lead).toBe(60);
    expect(seats.suggestedTiming!.date).toBe(capacity.raiseConversationBy);
    expect(seats.suggestedTiming).toMatchObject({ overdue: false });
  });

  it('the same account with escalations and detractor NPS: no expansion play, requestPlay refused with the sentiment blockers, the plan stabilises', async () => {
    const a = await ask('acc-cap-angry');
    expect(a.health.band).not.toBe('GREEN');
    const flags = a.health.redFlags.map((f) => f.code);
    expect(flags).toEqual(
      expect.arrayContaining([
        'ESCALATED_TICKETS',
        'OPEN_HIGH_SEVERITY_TICKET',
        'OPEN_ESCALATION',
        'DETRACTOR_NPS',
        'EVALUATING_ALTERNATIVES',
      ]),
    );
    const talk = a.health.redFlags.find((f) => f.code === 'EVALUATING_ALTERNATIVES')!;
    expect(talk.evidence).toEqual([{ kind: 'INTERACTION', id: 'i-acc-cap-angry-alt' }]);
    expect(talk.message).toContain('CFO: considering alternatives before the renewal');

    expect(a.plays.plays.map((p) => p.kind)).not.toContain('EXPANSION');
    const refused = await requestExpansion('acc-cap-angry');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXPANSION_NOT_ALLOWED',
    });
    const blockers = refused.errors?.[0]?.extensions?.['blockers'] as {
      code: string;
      message: string;
      evidenceIds: string[];
    }[];
    const sentiment = blockers.filter((b) => b.code === 'SENTIMENT_FRUSTRATED');
    expect(sentiment.map((b) => b.message.match(/^Frustrated \((\w+)\)/)?.[1])).toEqual([
      'ESCALATED_TICKETS',
      'OPEN_HIGH_SEVERITY_TICKET',
      'OPEN_ESCALATION',
      'DETRACTOR_NPS',
      'EVALUATING_ALTERNATIVES',
    ]);
    expect(sentiment.find((b) => b.message.includes('OPEN_ESCALATION'))!.evidenceIds).toEqual([
      't-acc-cap-angry-outage',
    ]);

    expect(a.plan.growthStrategy.expansionAllowed).toBe(false);
    expect(a.plan.growthStrategy.motion).toBe('STABILISATION');
    expect(a.plan.growthStrategy.headline).toMatch(/^Stabilise before growing/);
    expect(a.plan.growthStrategy.blockers.map((b) => b.code)).toContain('SENTIMENT_FRUSTRATED');
    for (const o of a.opportunities.opportunities) expect(o.hold).not.toBeNull();
  });

  it('the same account RED: rescue, and a held opportunity is never "Now … overdue"', async () => {
    const a = await ask('acc-cap-red');
    expect(a.health.band).toBe('RED');
    expect(a.plays.plays.map((p) => p.kind)).toEqual(['RESCUE']);
    expect(a.plan.growthStrategy.motion).toBe('RESCUE');
    expect(a.opportunities.expansionGate.allowed).toBe(false);
    for (const o of a.opportunities.opportunities) {
      expect(o.hold).not.toBeNull();
      if (o.suggestedTiming) {
        expect(o.suggestedTiming.overdue).toBe(false);
        expect(o.suggestedTiming.why).toMatch(/^Not now: held by the health gate \(HEALTH_BAND/);
      }
      expect(o.summary).not.toMatch(/\(Now: /);
    }
    const refused = await requestExpansion('acc-cap-red');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'EXPANSION_NOT_ALLOWED', band: 'RED' });
  });

  it('health, plays, plan and opportunities agree on every account', async () => {
    for (const id of ['acc-left', 'acc-cap-calm', 'acc-cap-angry', 'acc-cap-red']) {
      const a = await ask(id);
      const band = a.health.band;
      expect([
        a.plays.health.band,
        a.plan.health.band,
        a.plays.expansionGate.band,
        a.opportunities.expansionGate.band,
      ]).toEqual([band, band, band, band]);
      const allowed = a.plays.expansionGate.allowed;
      expect([a.plan.growthStrategy.expansionAllowed, a.opportunities.expansionGate.allowed]).toEqual([
        allowed,
        allowed,
      ]);
      expect(a.opportunities.expansionGate.blockers.map((b) => b.code)).toEqual(
        a.plays.expansionGate.blockers.map((b) => b.code),
      );
      expect(a.plays.plays.some((p) => p.kind === 'EXPANSION')).toBe(allowed);
      expect(a.plan.growthStrategy.motion === 'EXPANSION').toBe(allowed);
    }
  });
});
