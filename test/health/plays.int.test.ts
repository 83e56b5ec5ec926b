import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { healthClock, healthPortfolio } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

interface Step {
  order: number;
  key: string;
  phase: string;
  dueDate: string;
  owner: { teamMemberId: string; standsInFor: string | null } | null;
  people: { personId: string }[];
}
interface Play {
  kind: string;
  trigger: string;
  why: string;
  goal: string;
  gaps: string[];
  steps: Step[];
}
interface Recommendation {
  expansionGate: {
    allowed: boolean;
    band: string;
    score: number;
    blockers: { code: string; message: string }[];
  };
  success: { successful: boolean; utilisation: number };
  plays: Play[];
}

const PLAYS = `query($id: ID!) { plays(accountId: $id) {
  success { successful utilisation reasons }
  expansionGate { allowed band score blockers { code message evidence { id } } }
  plays { kind trigger why goal gaps steps { order key phase dueDate owner { teamMemberId standsInFor } people { personId } } } } }`;
const REQUEST = `mutation($input: RequestPlayInput!) { requestPlay(input: $input) {
  id accountId kind trigger status startedOn requestedBy healthScore healthBand
  steps { order key phase dueDate ownerRole status owner { id name } people { id name } } } }`;

/** Plays gated by health on the hand-built portfolio (test/support/health-fixtures.ts), on 2026-11-15. */
describe('plays gated by health through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('plays');
  const editor = tokenFor(tenant, 'EDITOR');
  const recommend = async (id: string): Promise<Recommendation> => {
    const result = await gql<{ plays: Recommendation }>(app, PLAYS, { id }, tokenFor(tenant));
    expect(result.errors).toBeUndefined();
    return result.data!.plays;
  };
  const steps = (play: Play) =>
    play.steps.map((s) => [s.key, s.dueDate, s.owner?.teamMemberId ?? null, s.people.map((p) => p.personId)]);

  beforeAll(async () => {
    app = await startTestApp({}, healthClock);
    await seedTenant(app.db, tenant, healthPortfolio());
  }, 300_000);
  afterAll(() => app.stop());

  it('recommends a rescue for a red account and refuses an expansion there, saying why', async () => {
    const rec = await recommend('acc-red');
    // RED (20); 60 of 200 seats = 30% < 60%; r1 is an open URGENT ticket; frustrated: two
    // escalations in 90 days, r1 open and escalated, NPS 2 and 4 (all detractors).
    expect(rec.expansionGate.allowed).toBe(false);
    expect(rec.expansionGate.blockers.map((b) => b.code)).toEqual([
      'HEALTH_BAND',
      'LOW_UTILISATION',
      'OPEN_BLOCKING_TICKET',
      'SENTIMENT_FRUSTRATED',
      'SENTIMENT_FRUSTRATED',
      'SENTIMENT_FRUSTRATED',
      'SENTIMENT_FRUSTRATED',
    ]);
    expect(rec.plays.map((p) => [p.kind, p.trigger])).toEqual([['RESCUE', 'HEALTH_BAND']]);
    // Every component is weak, so every rescue step applies; tm-exec does not cover acc-red, so the
    // account owner stands in for the executive steps, and the CSM for the solutions engineer.
    // Nobody holds a buying role (the sponsor left): the executive steps go to the CEO, Rita.
    // Steps due on a weekend (2026-11-22, 11-29) are due the Friday before (business days).
    expect(steps(rec.plays[0]!)).toEqual([
      ['RESCUE_EXECUTIVE_CALL', '2026-11-17', 'tm-ae', ['p-rita']],
      ['RESCUE_GET_WELL_PLAN', '2026-11-20', 'tm-csm', []],
      ['RESCUE_WEEKLY_CHECK', '2026-11-20', 'tm-csm', []],
      ['RESCUE_USAGE_RECOVERY', '2026-11-27', 'tm-csm', ['p-carl']],
      ['RESCUE_SPONSOR', '2026-11-27', 'tm-ae', ['p-rita']],
      ['RESCUE_RENEWAL_RISK', '2026-11-27', 'tm-ae', []],
    ]);
    expect(rec.plays[0]!.gaps).toContain(
      'No executive sponsor, economic buyer or decision maker holds a role today: the executive steps go to the most senior people there',
    );

    const refused = await gql(app, REQUEST, { input: { accountId: 'acc-red', kind: 'EXPANSION' } }, editor);
    const error = refused.errors?.[0];
    expect(error?.message).toMatch(
      /^An expansion play is refused for Redwood Retail: Redwood Retail is RED \(health 20, below YELLOW's 50\): never an expansion play on a red account/,
    );
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kind',
      reason: 'EXPANSION_NOT_ALLOWED',
      band: 'RED',
      score: 20,
      successful: false,
      blockers: [
        { code: 'HEALTH_BAND' },
        { code: 'LOW_UTILISATION', evidenceIds: ['use-sub-red-core-2026-11-01'] },
        { code: 'OPEN_BLOCKING_TICKET', evidenceIds: ['r1'] },
        { code: 'SENTIMENT_FRUSTRATED' },
        { code: 'SENTIMENT_FRUSTRATED' },
        { code: 'SENTIMENT_FRUSTRATED' },
        { code: 'SENTIMENT_FRUSTRATED' },
      ],
    });
    const none = await gql<{ account: { recordedPlays: unknown[] } }>(
      app,
      '{ account(id: "acc-red") { recordedPlays { id } } }',
      {},
      editor,
    );
    expect(none.data!.account.recordedPlays).toEqual([]);
  });

  it('records a rescue with its steps, owners and people, once', async () => {
    const viewer = await gql(
      app,
      REQUEST,
      { input: { accountId: 'acc-red', kind: 'RESCUE' } },
      tokenFor(tenant, 'VIEWER'),
    );
    expect(viewer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const result = await gql<{
      requestPlay: {
        id: string;
        steps: { key: string; owner: { id: string } | null; people: { id: string }[] }[];
      };
    }>(app, REQUEST, { input: { accountId: 'acc-red', kind: 'RESCUE', note: 'Renewal at risk' } }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.requestPlay).toMatchObject({
      accountId: 'acc-red',
      kind: 'RESCUE',
      trigger: 'HEALTH_BAND',
      status: 'OPEN',
      startedOn: '2026-11-15',
      requestedBy: 'test-editor',
      healthScore: 20,
      healthBand: 'RED',
    });
    expect(
      result.data!.requestPlay.steps.map((s) => [s.key, s.owner?.id, s.people.map((p) => p.id)]),
    ).toEqual([
      ['RESCUE_EXECUTIVE_CALL', 'tm-ae', ['p-rita']],
      ['RESCUE_GET_WELL_PLAN', 'tm-csm', []],
      ['RESCUE_WEEKLY_CHECK', 'tm-csm', []],
      ['RESCUE_USAGE_RECOVERY', 'tm-csm', ['p-carl']],
      ['RESCUE_SPONSOR', 'tm-ae', ['p-rita']],
      ['RESCUE_RENEWAL_RISK', 'tm-ae', []],
    ]);

    const again = await gql(app, REQUEST, { input: { accountId: 'acc-red', kind: 'RESCUE' } }, editor);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      playId: result.data!.requestPlay.id,
    });
    const recorded = await gql<{ account: { recordedPlays: { id: string }[] } }>(
      app,
      '{ account(id: "acc-red") { recordedPlays { id } } }',
      {},
      editor,
    );
    expect(recorded.data!.account.recordedPlays.map((p) => p.id)).toEqual([result.data!.requestPlay.id]);
  });

  it('refuses an expansion for a green account not yet successful with what it owns', async () => {
    const rec = await recommend('acc-umber');
    // GREEN, but 50 of 100 seats used: 50% < 60%.
    expect([rec.expansionGate.band, rec.success.successful, rec.success.utilisation]).toEqual([
      'GREEN',
      false,
      0.5,
    ]);
    expect(rec.plays.map((p) => p.kind)).toEqual(['STABILISATION']);
    expect(rec.plays[0]!.steps.map((s) => s.key)).toEqual([
      'STABILISE_HEALTH_REVIEW',
      'STABILISE_ADOPTION',
      'STABILISE_RECHECK',
    ]);
    const refused = await gql(app, REQUEST, { input: { accountId: 'acc-umber', kind: 'EXPANSION' } }, editor);
    expect(refused.errors?.[0]?.message).toBe(
      'An expansion play is refused for Umber Utilities: Not yet successful with what they own: Utilisation of owned products is 50% (50 of 100 seats), below 60%',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      band: 'GREEN',
      successful: false,
    });
  });

  it('proposes and records an expansion for a green, successful account', async () => {
    const rec = await recommend('acc-green');
    expect(rec.expansionGate).toMatchObject({ allowed: true, band: 'GREEN', blockers: [] });
    expect(rec.plays.map((p) => p.kind)).toEqual(['EXPANSION']);
    expect(steps(rec.plays[0]!)).toEqual([
      ['EXPANSION_CONFIRM_VALUE', '2026-11-20', 'tm-csm', ['p-cleo']],
      ['EXPANSION_QUALIFY_SIGNAL', '2026-11-27', 'tm-ae', ['p-vic']],
      ['EXPANSION_BUSINESS_CASE', '2026-12-04', 'tm-ae', ['p-cleo']],
      ['EXPANSION_EXECUTIVE_ALIGNMENT', '2026-12-15', 'tm-exec', ['p-gwen']],
      ['EXPANSION_PROPOSE_OPTIONS', '2026-12-30', 'tm-ae', ['p-vic']],
    ]);
    const recorded = await gql<{ requestPlay: { kind: string; steps: unknown[] } }>(
      app,
      REQUEST,
      { input: { accountId: 'acc-green', kind: 'EXPANSION' } },
      editor,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.requestPlay.kind).toBe('EXPANSION');
    expect(recorded.data!.requestPlay.steps).toHaveLength(5);
    // A play the band does not call for can still be asked for; it says so.
    const stabilise = await gql<{ requestPlay: { kind: string; trigger: string; steps: { key: string }[] } }>(
      app,
      REQUEST,
      { input: { accountId: 'acc-green', kind: 'STABILISATION' } },
      editor,
    );
    expect(stabilise.data!.requestPlay).toMatchObject({ kind: 'STABILISATION', trigger: 'REQUESTED' });
    expect(stabilise.data!.requestPlay.steps.map((s) => s.key)).toEqual([
      'STABILISE_HEALTH_REVIEW',
      'STABILISE_RECHECK',
    ]);
    // No champion left acc-green: there is no champion-departure rescue to run there.
    const noRescue = await gql(
      app,
      REQUEST,
      { input: { accountId: 'acc-green', kind: 'RESCUE', trigger: 'CHAMPION_DEPARTED' } },
      editor,
    );
    expect(noRescue.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trigger' });
  });

  it('runs the champion-departure rescue with the remaining people named, and holds expansion meanwhile', async () => {
    const rec = await recommend('acc-cobalt');
    // The departure caps the band at YELLOW (nobody engaged holds CHAMPION) and holds the expansion.
    expect(rec.expansionGate.blockers.map((b) => b.code)).toEqual(['HEALTH_BAND', 'CHAMPION_DEPARTED']);
    // GREEN and successful, but the expansion waits: the rescue is the only play.
    expect(rec.plays.map((p) => [p.kind, p.trigger])).toEqual([['RESCUE', 'CHAMPION_DEPARTED']]);
    const [rescue] = rec.plays;
    expect(rescue!.why).toBe(
      'Champion Cleo Cobb (Director of Operations) left on 2026-11-05, 10 days ago: a critical single-threading risk',
    );
    expect(rescue!.goal).toMatch(
      /^Within 30 days \(by 2026-12-15\) no single person's departure threatens the account relationship\./,
    );
    // Judged the day before she left: Una (end user in Finance, outside Cleo's team) is the active user;
    // Sam (Operations, one level below) the likely successor; Mona her manager. The peer thread is Una;
    // the executive thread Hal (CEO and sponsor, at another level).
    expect(
      rescue!.steps.map((s) => [
        s.order,
        s.key,
        s.phase,
        s.dueDate,
        s.owner?.teamMemberId,
        s.people.map((p) => p.personId),
      ]),
    ).toEqual([
      [1, 'CHAMPION_MAP_CONTACTS', 'WEEK_1', '2026-11-20', 'tm-csm', ['p-una', 'p-sam']],
      [2, 'CHAMPION_REACH_FORMER', 'WEEK_1', '2026-11-20', 'tm-ae', ['p-cleo2']],
      [3, 'CHAMPION_MEET_MANAGER', 'WEEK_1', '2026-11-20', 'tm-ae', ['p-mona']],
      [4, 'CHAMPION_PEER_THREAD', 'WEEKS_2_4', '2026-12-04', 'tm-csm', ['p-una']],
      [5, 'CHAMPION_EXECUTIVE_THREAD', 'WEEKS_2_4', '2026-12-04', 'tm-exec', ['p-hal']],
      [6, 'CHAMPION_VALUE_REVIEW', 'WEEKS_2_4', '2026-12-11', 'tm-csm', ['p-una', 'p-hal', 'p-sam']],
    ]);
    const held = await gql(app, REQUEST, { input: { accountId: 'acc-cobalt', kind: 'EXPANSION' } }, editor);
    expect(held.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      blockers: [{ code: 'HEALTH_BAND' }, { code: 'CHAMPION_DEPARTED' }],
    });
    const recorded = await gql<{ requestPlay: { trigger: string; steps: { people: { name: string }[] }[] } }>(
      app,
      REQUEST,
      { input: { accountId: 'acc-cobalt', kind: 'RESCUE', trigger: 'CHAMPION_DEPARTED' } },
      editor,
    );
    expect(recorded.data!.requestPlay.trigger).toBe('CHAMPION_DEPARTED');
    expect(recorded.data!.requestPlay.steps[2]!.people.map((p) => p.name)).toEqual(['Mona Moss']);
  });
});
