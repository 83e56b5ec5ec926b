import { DEFAULT_PLAYS_CONFIG } from '../config/analytics/plays';
import type { HealthRedFlag } from './health-parts';
import type { AccountHealth } from './health-score';
import { bandPlay, bandPlayKind, type PlayContext } from './play-band';
import type { ExpansionGate, SuccessCheck } from './play-gate';
import { ownerFor } from './play-steps';

const config = DEFAULT_PLAYS_CONFIG;
const flag = (
  code: HealthRedFlag['code'],
  component: HealthRedFlag['component'],
  message: string,
): HealthRedFlag => ({
  code,
  component,
  message,
  evidence: [],
});

const context = (
  band: AccountHealth['band'],
  score: number,
  redFlags: HealthRedFlag[],
  blockers: ExpansionGate['blockers'] = [],
): PlayContext => {
  const success: SuccessCheck = {
    successful: true,
    utilisation: 0.85,
    minUtilisation: 0.6,
    readings: [],
    blockingTickets: [],
    reasons: [],
  };
  return {
    accountName: 'Acme',
    asOfDay: '2026-11-15',
    health: {
      accountId: 'a',
      accountName: 'Acme',
      segment: null,
      asOf: '2026-11-15',
      score,
      exactScore: score,
      band,
      state: score === null ? 'INSUFFICIENT_DATA' : 'SCORED',
      coverage: 1,
      minCoverage: 0.5,
      provisionalScore: score,
      uncappedBand: band,
      bandCaps: [],
      bandCapNote: null,
      bands: { greenFrom: 80, yellowFrom: 50 },
      configVersion: 'v',
      components: [],
      redFlags,
      missingInputs: [],
    },
    success,
    gate: { allowed: blockers.length === 0, band, score, blockers },
    team: [
      { teamMemberId: 'tm-ae', name: 'Avery', role: 'ACCOUNT_OWNER' },
      { teamMemberId: 'tm-csm', name: 'Casey', role: 'CSM' },
    ],
    contacts: {
      champions: [{ personId: 'p-ch', name: 'Cleo', title: 'Director', why: 'Champion' }],
      economicBuyers: [{ personId: 'p-eb', name: 'Ezra', title: 'CFO', why: 'Economic buyer' }],
      decisionMakers: [],
      sponsors: [],
      executives: [{ personId: 'p-ceo', name: 'Cato', title: 'CEO', why: 'Senior executive' }],
    },
  };
};

describe('bandPlayKind', () => {
  it('gates plays by band and success', () => {
    expect(bandPlayKind(context('GREEN', 90, []), config)).toBe('EXPANSION');
    expect(
      bandPlayKind(
        context('GREEN', 90, [], [{ code: 'LOW_UTILISATION', message: '', evidence: [] }]),
        config,
      ),
    ).toBe('STABILISATION');
    expect(bandPlayKind(context('YELLOW', 60, []), config)).toBe('STABILISATION');
    expect(bandPlayKind(context('RED', 40, []), config)).toBe('RESCUE');
  });
});

describe('bandPlay', () => {
  it('builds an expansion with owners by role and due dates from the start day', () => {
    const play = bandPlay('EXPANSION', context('GREEN', 90, []), config);
    expect(
      play.steps.map((s) => [s.key, s.dueDate, s.phase, s.owner?.teamMemberId, s.owner?.standsInFor]),
    ).toEqual([
      ['EXPANSION_CONFIRM_VALUE', '2026-11-20', 'WEEK_1', 'tm-csm', null],
      ['EXPANSION_QUALIFY_SIGNAL', '2026-11-27', 'WEEKS_2_4', 'tm-ae', null],
      ['EXPANSION_BUSINESS_CASE', '2026-12-04', 'WEEKS_2_4', 'tm-ae', null],
      // No EXECUTIVE_SPONSOR on our team: the account owner stands in (ownerFallbacks).
      ['EXPANSION_EXECUTIVE_ALIGNMENT', '2026-12-15', 'LATER', 'tm-ae', 'EXECUTIVE_SPONSOR'],
      ['EXPANSION_PROPOSE_OPTIONS', '2026-12-30', 'LATER', 'tm-ae', null],
    ]);
    expect(play.steps[0]!.people.map((p) => p.personId)).toEqual(['p-ch']);
    // No sponsor: the economic buyer is the executive to align with.
    expect(play.steps[3]!.people.map((p) => p.personId)).toEqual(['p-eb']);
  });

  it('builds a rescue that works on what is flagged', () => {
    const play = bandPlay(
      'RESCUE',
      context('RED', 40, [
        flag('ESCALATED_TICKETS', 'SUPPORT', '3 tickets escalated'),
        flag('RENEWAL_APPROACHING', 'CONTRACT', 'Renewal in 40 days'),
      ]),
      config,
    );
    expect(play.steps.map((s) => s.key)).toEqual([
      'RESCUE_EXECUTIVE_CALL',
      'RESCUE_GET_WELL_PLAN',
      'RESCUE_WEEKLY_CHECK',
      'RESCUE_RENEWAL_RISK',
    ]);
    expect(play.why).toBe('Acme is RED (health 40): 3 tickets escalated; Renewal in 40 days');
  });

  it('builds a stabilisation with a review and a re-check', () => {
    const play = bandPlay(
      'STABILISATION',
      context('YELLOW', 60, [flag('SPONSOR_NOT_ENGAGED', 'SPONSOR', 'Quiet sponsor')]),
      config,
    );
    expect(play.steps.map((s) => s.key)).toEqual([
      'STABILISE_HEALTH_REVIEW',
      'STABILISE_RELATIONSHIPS',
      'STABILISE_RECHECK',
    ]);
  });
});

describe('ownerFor', () => {
  it('falls back through the configured roles and says so, or names no one', () => {
    const team = [{ teamMemberId: 'tm-ae', name: 'Avery', role: 'ACCOUNT_OWNER' as const }];
    expect(ownerFor('SOLUTIONS_ENGINEER', team, config.ownerFallbacks)).toEqual({
      ...team[0],
      standsInFor: 'SOLUTIONS_ENGINEER',
    });
    expect(ownerFor('CSM', [], config.ownerFallbacks)).toBeNull();
  });
});
