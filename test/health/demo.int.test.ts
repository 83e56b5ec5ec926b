import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

interface Health {
  score: number;
  band: string;
  components: { name: string; contribution: number; evidence: { id: string }[] }[];
  redFlags: { code: string }[];
}
interface Plays {
  expansionGate: { allowed: boolean; blockers: { code: string }[] };
  plays: { kind: string; trigger: string; steps: { key: string; people: { name: string }[] }[] }[];
}

const QUERY = `query($id: ID!) {
  accountHealth(accountId: $id) { score band components { name contribution evidence { id } } redFlags { code } }
  plays(accountId: $id) { expansionGate { allowed blockers { code } } plays { kind trigger steps { key people { name } } } } }`;

/**
 * The demo portfolio's health situations (seed 42, generated for 2026-11-22 and judged at noon
 * that day): the red account, the champion who left a $200K account, the healthy one.
 */
describe('health and plays on the demo data', () => {
  let app: RunningApp;
  const tenant = testTenant('health-demo');
  const editor = tokenFor(tenant, 'EDITOR');
  const read = async (id: string) => {
    const result = await gql<{ accountHealth: Health; plays: Plays }>(app, QUERY, { id }, editor);
    expect(result.errors).toBeUndefined();
    const { accountHealth, plays } = result.data!;
    // Every score's components add up and cite their evidence.
    expect(accountHealth.components.reduce((sum, c) => sum + c.contribution, 0)).toBe(accountHealth.score);
    for (const c of accountHealth.components) expect(c.evidence.length).toBeGreaterThan(0);
    return { health: accountHealth, plays };
  };

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    await seedTenant(app.db, tenant, demoAccounts([3, 5, 9]));
  }, 600_000);
  afterAll(() => app.stop());

  it('acc-0009 is RED and an expansion play there is refused', async () => {
    const { health, plays } = await read('acc-0009');
    // 35: the sponsor left 70 days ago with nobody in the seat, so threading risk is held at HIGH
    // (threading.floors) and ENGAGEMENT's threading input reads it (39 before the floor).
    expect([health.score, health.band]).toEqual([35, 'RED']);
    expect(health.redFlags.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'USAGE_DECLINE',
        'ESCALATED_TICKETS',
        'LOW_NPS',
        'RENEWAL_APPROACHING',
        'KEY_ROLE_DEPARTED',
      ]),
    );
    expect(plays.plays.map((p) => p.kind)).toEqual(['RESCUE']);
    const refused = await gql(
      app,
      'mutation { requestPlay(input: { accountId: "acc-0009", kind: EXPANSION }) { id } }',
      {},
      editor,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXPANSION_NOT_ALLOWED',
      band: 'RED',
    });
    expect(refused.errors?.[0]?.message).toMatch(/never an expansion play on a red account/);
  });

  it('acc-0005 (champion left) gets the rescue sequence with real people named', async () => {
    const { plays } = await read('acc-0005');
    const [rescue] = plays.plays;
    expect([rescue!.kind, rescue!.trigger]).toEqual(['RESCUE', 'CHAMPION_DEPARTED']);
    expect(rescue!.steps.map((s) => [s.key, s.people.map((p) => p.name)])).toEqual([
      // The most active users in activity order, Sean's own team kept (Ananya, also the likely
      // successor: named once with both reasons).
      ['CHAMPION_MAP_CONTACTS', ['Ananya Moreau', 'Daniel Dubois', 'Nora Patel']],
      ['CHAMPION_REACH_FORMER', ['Sean Lopez']],
      ['CHAMPION_MEET_MANAGER', ['Elijah Johnson']],
      ['CHAMPION_PEER_THREAD', ['Daniel Dubois']],
      ['CHAMPION_EXECUTIVE_THREAD', ['Aria Reyes']],
      ['CHAMPION_VALUE_REVIEW', ['Daniel Dubois', 'Aria Reyes', 'Ananya Moreau']],
    ]);
    // The departure caps the band at YELLOW (KEY_ROLE_DEPARTED) and holds the expansion.
    expect(plays.expansionGate.blockers.map((b) => b.code)).toEqual(['HEALTH_BAND', 'CHAMPION_DEPARTED']);
  });

  it('acc-0003 is GREEN and gets an expansion play', async () => {
    const { health, plays } = await read('acc-0003');
    expect([health.score, health.band]).toEqual([94, 'GREEN']);
    expect(plays.expansionGate.allowed).toBe(true);
    expect(plays.plays.map((p) => [p.kind, p.trigger])).toEqual([['EXPANSION', 'HEALTH_BAND']]);
    const recorded = await gql<{ requestPlay: { kind: string } }>(
      app,
      'mutation { requestPlay(input: { accountId: "acc-0003", kind: EXPANSION }) { kind } }',
      {},
      editor,
    );
    expect(recorded.data).toEqual({ requestPlay: { kind: 'EXPANSION' } });
  });
});
