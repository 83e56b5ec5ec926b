import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApp } from '../../src/app';
import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import { gql, startTestApp, tokenFor } from '../support/app';
import { fixtureBuilders, noonOn, ourTeam } from '../support/fixture-builders';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { importFiles } from '../import/import-test-kit';

/**
 * Issue 9 §4 and the consistency rules, on accounts built here (none from the demo):
 *
 * acc-rescue "Rowan Retail": CEO Cora (sponsor, engaged) ─┬ CFO Finn (economic buyer, never met us)
 *                                                        └ VP Max (decision maker, engaged) ─┬ Lena (champion, left 2026-11-11)
 *                                                                                            │    └ Ada (Support analyst, engaged)
 *                                                                                            ├ Bo (Planning analyst, engaged)
 *                                                                                            ├ Cy (Planning analyst, never met us)
 *                                                                                            └ Sam (Operations manager, never met us)
 *   Per-person usage comes from an import of a per-user usage export (below).
 *
 * acc-path "Pine Paths": we engage only Al (champion); Al → Mo (manager) → Eve (economic buyer);
 *   Alt reports to Eve; Dee reports to Al. Mo is the only path to Eve: his departure cuts her off.
 */
const DAY = '2026-11-16';
const morning = `${DAY}T09:00:00Z`;

function portfolio(): PortfolioRecords {
  const r = emptyPortfolioRecords();
  r.products.push({ id: 'prod-core', name: 'Core Platform', family: 'Platform', listPricePerSeat: 500 });
  r.teamMembers.push(...ourTeam(['tm-ae', 'tm-csm', 'tm-exec']));
  const b = fixtureBuilders(r, {
    roleUntil: (role, departedAt) => (departedAt && role === 'CHAMPION' ? departedAt : null),
  });
  b.account('acc-rescue', 'Rowan Retail', 'Retail', 'ENTERPRISE', 2000, [
    ['tm-ae', 'ACCOUNT_OWNER'],
    ['tm-csm', 'CSM'],
    ['tm-exec', 'EXECUTIVE_SPONSOR'],
  ]);
  b.subscription('sub-rescue', 'acc-rescue', 'prod-core', 200, 100_000, '2027-09-01', [
    ['2026-05-18', 150],
    ['2026-11-14', 170],
  ]);
  b.nps('nps-rescue', 'acc-rescue', 9, '2026-10-01T09:00:00Z');
  b.person('p-cora', 'acc-rescue', 'Cora Cole', 'CEO', 'C_LEVEL', null, 'Executive', ['EXECUTIVE_SPONSOR']);
  b.person('p-finn', 'acc-rescue', 'Finn Ford', 'CFO', 'C_LEVEL', 'p-cora', 'Finance', ['ECONOMIC_BUYER']);
  b.person('p-max', 'acc-rescue', 'Max Moss', 'VP Operations', 'VP', 'p-cora', 'Operations', [
    'DECISION_MAKER',
  ]);
  b.person(
    'p-lena',
    'acc-rescue',
    'Lena Lind',
    'Director of Operations',
    'DIRECTOR',
    'p-max',
    'Operations',
    ['CHAMPION'],
    '2026-11-11',
  );
  b.person(
    'p-ada',
    'acc-rescue',
    'Ada Ames',
    'Support Analyst',
    'INDIVIDUAL_CONTRIBUTOR',
    'p-lena',
    'Support',
    ['END_USER'],
  );
  b.person(
    'p-bo',
    'acc-rescue',
    'Bo Berg',
    'Planning Analyst',
    'INDIVIDUAL_CONTRIBUTOR',
    'p-max',
    'Planning',
    ['END_USER'],
  );
  b.person(
    'p-cy',
    'acc-rescue',
    'Cy Cruz',
    'Planning Analyst',
    'INDIVIDUAL_CONTRIBUTOR',
    'p-max',
    'Planning',
  );
  b.person('p-sam', 'acc-rescue', 'Sam Sato', 'Operations Manager', 'MANAGER', 'p-max', 'Operations');
  for (const id of ['p-cora', 'p-max', 'p-ada', 'p-bo']) b.meetings('acc-rescue', id, 4, morning);
  b.meetings('acc-rescue', 'p-lena', 4, '2026-11-01T09:00:00Z');

  b.account('acc-path', 'Pine Paths', 'Logistics', 'MID_MARKET', 500);
  b.person('p-eve', 'acc-path', 'Eve Eng', 'CFO', 'C_LEVEL', null, 'Finance', ['ECONOMIC_BUYER']);
  b.person('p-mo', 'acc-path', 'Mo Mills', 'Finance Director', 'DIRECTOR', 'p-eve', 'Finance');
  b.person('p-alt', 'acc-path', 'Alt Abe', 'Controller', 'MANAGER', 'p-eve', 'Accounting');
  b.person('p-al', 'acc-path', 'Al Ash', 'Finance Manager', 'MANAGER', 'p-mo', 'Finance', ['CHAMPION']);
  b.person('p-dee', 'acc-path', 'Dee Doe', 'Analyst', 'INDIVIDUAL_CONTRIBUTOR', 'p-al', 'Finance');
  b.meetings('acc-path', 'p-al', 4, morning);
  return r;
}

/** A per-user usage export as a product analytics tool gives it, and the mapping that reads it. */
function usageExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'person-usage-'));
  writeFileSync(
    join(dir, 'user-usage.csv'),
    [
      'user_id,as_of,window_days,active_days,events,last_seen',
      'p-cy,2026-11-09,30,25,500,2026-11-09',
      'p-ada,2026-11-09,30,20,300,2026-11-08',
      'p-bo,2026-11-09,30,5,40,2026-11-04',
      'p-bo,2026-10-09,30,28,900,2026-10-09',
      'p-ghost,2026-11-09,30,9,10,2026-11-09',
      'p-max,2026-11-09,30,forty,10,2026-11-09',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'mapping.json'),
    JSON.stringify({
      name: 'per-user usage',
      files: [
        {
          file: 'user-usage.csv',
          record: 'personUsage',
          fields: {
            id: { template: '{user_id}-{as_of}' },
            personId: 'user_id',
            date: 'as_of',
            windowDays: 'window_days',
            activeDays: 'active_days',
            featureEvents: 'events',
            lastActiveOn: 'last_seen',
          },
        },
      ],
    }),
  );
  return dir;
}

interface PlayPerson {
  personId: string;
  why: string;
  inChampionTeam: boolean | null;
}
interface Plays {
  plays: {
    kind: string;
    trigger: string;
    activityBasis: string | null;
    gaps: string[];
    steps: { key: string; title: string; dueDate: string; people: PlayPerson[] }[];
  }[];
}

describe('who the rescue and the critical-people analysis pick, and threading that agrees with health', () => {
  let app: RunningApp;
  const tenant = testTenant('rescue-people');
  const ask = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await gql<T>(app, query, variables, tokenFor(tenant));
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    // A shared 2-core machine: the request limit is not what this file tests.
    app = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '180' }, noonOn(DAY));
    await seedTenant(app.db, tenant, portfolio());
    const dir = usageExport();
    const { report, rejects } = await importFiles(app.db, {
      dir,
      format: 'mapping',
      mappingFile: join(dir, 'mapping.json'),
      tenantId: tenant,
    });
    expect(report.perKind.personUsage).toMatchObject({ created: 4, rejected: 2 });
    // Row-level rejects like any other kind: the unknown person, the bad number.
    expect(rejects.map((r) => [r.line, r.column, r.value])).toEqual(
      expect.arrayContaining([
        [6, 'user_id', 'p-ghost'],
        [7, 'active_days', 'forty'],
      ]),
    );
  }, 300_000);
  afterAll(() => app.stop());

  it('shows per-person usage on the stakeholder: the latest reading on or before the day', async () => {
    const data = await ask<{
      now: { usage: { activeDays: number; featureEvents: number; lastActiveOn: string; date: string } };
      before: { usage: { activeDays: number; date: string } };
      unknown: { usage: null };
    }>(`{
      now: stakeholder(id: "p-bo") { usage { activeDays featureEvents lastActiveOn date } }
      before: stakeholder(id: "p-bo") { usage(asOf: "2026-11-01") { activeDays date } }
      unknown: stakeholder(id: "p-sam") { usage { activeDays } }
    }`);
    expect(data.now.usage).toEqual({
      activeDays: 5,
      featureEvents: 40,
      lastActiveOn: '2026-11-04',
      date: '2026-11-09',
    });
    expect(data.before.usage).toEqual({ activeDays: 28, date: '2026-10-09' });
    expect(data.unknown.usage).toBeNull();
  });

  it('ranks the most active users by product usage, keeps the champion’s team (marked) and says the basis', async () => {
    const { departureImpact } = await ask<{
      departureImpact: {
        activityBasis: string;
        activeUsers: {
          rank: number;
          activity: number;
          inDepartedTeam: boolean;
          stakeholder: { id: string };
        }[];
      };
    }>(`{ departureImpact(stakeholderId: "p-lena") {
      activityBasis activeUsers { rank activity inDepartedTeam stakeholder { id } } } }`);
    expect(departureImpact.activityBasis).toBe('PRODUCT_USAGE');
    // Cy has never talked with us but uses the product most; Ada reports to Lena: kept, marked.
    expect(departureImpact.activeUsers.map((u) => [u.stakeholder.id, u.activity, u.inDepartedTeam])).toEqual([
      ['p-cy', 0.833, false],
      ['p-ada', 0.667, true],
      ['p-bo', 0.167, false],
    ]);

    const { plays } = await ask<{ plays: Plays }>(`{ plays(accountId: "acc-rescue") { plays {
      kind trigger activityBasis gaps steps { key title dueDate people { personId why inChampionTeam } } } } }`);
    const rescue = plays.plays[0]!;
    expect([rescue.kind, rescue.trigger, rescue.activityBasis]).toEqual([
      'RESCUE',
      'CHAMPION_DEPARTED',
      'PRODUCT_USAGE',
    ]);
    const mapped = rescue.steps[0]!.people;
    expect(
      mapped.filter((p) => p.inChampionTeam !== null).map((p) => [p.personId, p.inChampionTeam]),
    ).toEqual([
      ['p-cy', false],
      ['p-ada', true],
      ['p-bo', false],
    ]);
    expect(mapped[0]!.why).toContain(
      '(product usage): active 25 of 30 days to 2026-11-09, 500 feature events',
    );

    // §2: Sam, the inferred successor, has never talked with us: a gap to close, not a thread.
    const successor = mapped.find((p) => p.personId === 'p-sam')!;
    expect(successor.why).toContain('no contact with us yet: a gap to close, not a thread');
    expect(rescue.gaps).toContain(
      'Likely successor Sam Sato has no contact with us: a gap to close (ask for an introduction), not a thread',
    );
    // §3: the executive thread closes the gap: Finn (economic buyer, never engaged) before Cora and Max.
    const executive = rescue.steps.find((s) => s.key === 'CHAMPION_EXECUTIVE_THREAD')!;
    expect(executive.title).toBe('New thread at executive level: Finn Ford');
    expect(executive.people[0]!.why).toContain('Decides (ECONOMIC_BUYER) and is not engaged with us yet');
    // The peer thread goes outside the champion's team first.
    expect(rescue.steps.find((s) => s.key === 'CHAMPION_PEER_THREAD')!.title).toBe(
      'New thread at peer level: Cy Cruz',
    );
  });

  it('reads threading risk HIGH after the champion left, as health, plays and plan do, with one red flag for the departure', async () => {
    const data = await ask<{
      threadingRisk: {
        score: number;
        weightedScore: number;
        level: string;
        floors: {
          code: string;
          role: string;
          minLevel: string;
          date: string | null;
          person: { id: string } | null;
        }[];
        roleCoverage: { role: string; state: string }[];
      };
      accountHealth: {
        band: string;
        bandCapNote: string | null;
        redFlags: { code: string; evidence: { kind: string; id: string }[] }[];
        components: { name: string; inputs: { name: string; value: number | null }[] }[];
      };
      accountPlan: { health: { band: string; score: number } };
    }>(`{
      threadingRisk(accountId: "acc-rescue") { score weightedScore level
        floors { code role minLevel date person { id } } roleCoverage { role state } }
      accountHealth(accountId: "acc-rescue") { band bandCapNote redFlags { code evidence { kind id } }
        components { name inputs { name value } } }
      accountPlan(accountId: "acc-rescue") { health { band score } }
    }`);
    const risk = data.threadingRisk;
    expect(risk.roleCoverage.find((r) => r.role === 'CHAMPION')!.state).toBe('MISSING');
    expect(risk.level).toBe('HIGH');
    expect(risk.score).toBeGreaterThanOrEqual(60);
    expect(risk.weightedScore).toBeLessThan(risk.score);
    expect(risk.floors.map((f) => [f.code, f.role, f.minLevel, f.date, f.person?.id ?? null])).toEqual([
      ['KEY_ROLE_DEPARTED', 'CHAMPION', 'HIGH', '2026-11-11', 'p-lena'],
      ['KEY_ROLE_UNCOVERED', 'CHAMPION', 'MEDIUM', null, null],
    ]);
    // Health's engagement reads the same (floored) threading risk.
    const engagement = data.accountHealth.components.find((c) => c.name === 'ENGAGEMENT')!;
    expect(engagement.inputs.find((i) => i.name === 'threading')!.value).toBe(risk.score);
    // One red flag for the departure (the cap's), its evidence kept; no CHAMPION_DEPARTED or BAND_CAPPED beside it.
    const codes = data.accountHealth.redFlags.map((f) => f.code);
    expect(codes.filter((c) => c === 'KEY_ROLE_DEPARTED')).toHaveLength(1);
    expect(codes).not.toContain('CHAMPION_DEPARTED');
    expect(codes).not.toContain('BAND_CAPPED');
    expect(data.accountHealth.redFlags.find((f) => f.code === 'KEY_ROLE_DEPARTED')!.evidence).toContainEqual({
      kind: 'PERSON',
      id: 'p-lena',
    });
    expect(data.accountHealth.band).not.toBe('GREEN');
    expect(data.accountPlan.health.band).toBe(data.accountHealth.band);
  });

  it('gives alternative routes as backups and reports the lost only path to the economic buyer', async () => {
    const data = await ask<{
      threadingRisk: {
        components: { name: string; value: number }[];
        criticalPeople: {
          stakeholder: { id: string };
          cutsOff: { id: string }[];
          backups: { id: string }[];
        }[];
      };
      departureImpact: {
        reachability: {
          decisionPeople: number;
          shareBefore: number;
          shareAfter: number;
          change: number;
          cutOff: { id: string }[];
        };
        risk: { components: { name: string; before: number; after: number }[] };
      };
    }>(`{
      threadingRisk(accountId: "acc-path") { components { name value }
        criticalPeople { stakeholder { id } cutsOff { id } backups { id } } }
      departureImpact(stakeholderId: "p-mo") {
        reachability { decisionPeople shareBefore shareAfter change cutOff { id } }
        risk { components { name before after } } }
    }`);
    const critical = new Map(
      data.threadingRisk.criticalPeople.map((c) => [c.stakeholder.id, c.backups.map((b) => b.id)]),
    );
    // Without Al: Mo and Alt still link to Eve (Dee only hangs on Al: a dependent, not a route).
    expect(critical.get('p-al')).toEqual(['p-alt', 'p-mo']);
    // Without Mo: Alt (Eve's report) is the route around him.
    expect(critical.get('p-mo')).toEqual(['p-alt']);

    const impact = data.departureImpact;
    const criticalComponent = impact.risk.components.find((c) => c.name === 'CRITICAL_PEOPLE')!;
    // The component was already at its maximum (Al alone cuts us off): it cannot move…
    expect([criticalComponent.before, criticalComponent.after]).toEqual([1, 1]);
    // …but reachability shows the loss of the only path to the economic buyer.
    expect(impact.reachability).toEqual({
      decisionPeople: 1,
      shareBefore: 1,
      shareAfter: 0,
      change: -1,
      cutOff: [{ id: 'p-eve' }],
    });
  });
});

describe("dates on the account's own business day", () => {
  let app: RunningApp;
  const tenant = testTenant('rescue-local-day');

  beforeAll(async () => {
    // Tuesday 03:00 UTC is still Monday evening in New York (the default place of an account).
    app = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '180' }, () => new Date('2026-11-17T03:00:00Z'));
    await seedTenant(app.db, tenant, portfolio());
  }, 300_000);
  afterAll(() => app.stop());

  it('starts the plays on the local day, and the calendar and the plan give each step the same date', async () => {
    const result = await gql<{
      plays: Plays;
      engagementCalendar: {
        asOf: string;
        touchpoints: { edges: { node: { date: string; why: { playStep: { stepKey: string } | null } } }[] };
      };
      accountPlan: { asOf: string };
    }>(
      app,
      `{
        plays(accountId: "acc-rescue") { plays { kind steps { key dueDate } } }
        engagementCalendar(accountId: "acc-rescue") { asOf
          touchpoints(first: 100) { edges { node { date why { playStep { stepKey } } } } } }
        accountPlan(accountId: "acc-rescue") { asOf }
      }`,
      {},
      tokenFor(tenant),
    );
    expect(result.errors).toBeUndefined();
    const { plays, engagementCalendar } = result.data!;
    const rescue = plays.plays.find((p) => p.kind === 'RESCUE')!;
    // CHAMPION_MAP_CONTACTS is due 7 days after the start: Monday 2026-11-16 + 7 = Monday 2026-11-23
    // (counted from the UTC day it would be Tuesday 2026-11-24).
    expect(rescue.steps.find((s) => s.key === 'CHAMPION_MAP_CONTACTS')!.dueDate).toBe('2026-11-23');
    expect(engagementCalendar.asOf).toBe('2026-11-16');
    const byStep = new Map(
      engagementCalendar.touchpoints.edges
        .map((e) => e.node)
        .filter((t) => t.why.playStep !== null)
        .map((t) => [t.why.playStep!.stepKey, t.date]),
    );
    for (const step of rescue.steps)
      expect([step.key, byStep.get(step.key)]).toEqual([step.key, step.dueDate]);
  });
});
