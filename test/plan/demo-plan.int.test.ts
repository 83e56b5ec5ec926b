import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

interface ActionItem {
  date: string;
  source: string;
  sourceId: string;
  title: string;
  detail: string;
  ourOwner: { name: string } | null;
  customerOwners: { name: string }[];
}
interface Plan {
  growthStrategy: {
    motion: string;
    headline: string;
    expansionAllowed: boolean;
    focusOpportunityIds: string[];
  };
  opportunities: { opportunities: { id: string; status: string; hold: { message: string } | null }[] };
  mutualActionPlan: ActionItem[];
  markdown: string;
}

const PLAN = `query($id: ID!) { accountPlan(accountId: $id) {
  growthStrategy { motion headline expansionAllowed focusOpportunityIds }
  opportunities { opportunities { id status hold { message } } }
  mutualActionPlan { date source sourceId title detail ourOwner { name } customerOwners { name } }
  markdown } }`;

/**
 * The two situations of the seed documents, played out by the account plan on the demo portfolio
 * (seed 42, generated for 2026-11-22, as `npm start` seeds it): a champion leaves a $200K account
 * (acc-0005), usage at the largest account reaches 92% of capacity (acc-0001); and a red account
 * (acc-0009) that gets no expansion.
 */
describe('the account plan on the demo portfolio', () => {
  let app: RunningApp;
  const tenant = testTenant('plan-demo');
  const plan = async (id: string): Promise<Plan> => {
    const result = await gql<{ accountPlan: Plan }>(app, PLAN, { id }, tokenFor(tenant));
    expect(result.errors).toBeUndefined();
    return result.data!.accountPlan;
  };
  const row = (i: ActionItem) => [
    i.date,
    i.title,
    i.ourOwner?.name ?? null,
    i.customerOwners.map((p) => p.name),
  ];

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    await seedTenant(app.db, tenant, demoAccounts([1, 5, 9]));
  }, 300_000);
  afterAll(() => app.stop());

  it('a champion leaves a $200K account: the rescue sequence comes first and expansion waits', async () => {
    const p = await plan('acc-0005');
    expect(p.growthStrategy.motion).toBe('RESCUE');
    expect(p.growthStrategy.headline).toBe(
      'Rescue the relationship first: Champion Sean Lopez (Director of Business Operations) left on 2026-11-04, 18 days ago: a critical single-threading risk',
    );
    expect(p.growthStrategy.expansionAllowed).toBe(false);
    expect(p.opportunities.opportunities.every((o) => o.hold !== null)).toBe(true);
    // Week 1 (due 11-29, a Sunday: Friday 11-27): map the remaining contacts, reach the former
    // champion, meet his manager; weeks 2–4: an executive and a peer thread (12-13 → Friday 12-11),
    // the informal value review (12-20 → Friday 12-18).
    const steps = p.mutualActionPlan.filter((i) => i.source === 'PLAY_STEP').map(row);
    expect(steps).toEqual([
      [
        '2026-11-27',
        'Map the remaining contacts',
        'Mei Lin',
        // Most active first, the champion's own team kept (Ananya, also the successor, named once).
        ['Ananya Moreau', 'Daniel Dubois', 'Nora Patel'],
      ],
      ['2026-11-27', 'Request a meeting with Elijah Johnson', 'Jordan Reyes', ['Elijah Johnson']],
      ['2026-11-27', 'Reach out to Sean Lopez, the former champion', 'Jordan Reyes', []],
      ['2026-12-11', 'New thread at executive level: Aria Reyes', 'Priya Raman', ['Aria Reyes']],
      ['2026-12-11', 'New thread at peer level: Daniel Dubois', 'Mei Lin', ['Daniel Dubois']],
      ['2026-12-18', 'Informal value review (not a QBR)', 'Mei Lin', expect.arrayContaining(['Aria Reyes'])],
    ]);
    expect(p.mutualActionPlan.some((i) => i.source === 'OPPORTUNITY')).toBe(false);
    expect(p.markdown).toContain('**Expansion is held:**');
  });

  it('usage at the largest account reaches 92%: the capacity conversation is in the plan, with its business case', async () => {
    const p = await plan('acc-0001');
    expect(p.growthStrategy.motion).toBe('EXPANSION');
    expect(p.growthStrategy.focusOpportunityIds[0]).toBe('acc-0001/SEAT_EXPANSION/prod-platform/ACCOUNT');
    const capacity = p.mutualActionPlan.find(
      (i) => i.sourceId === 'acc-0001/SEAT_EXPANSION/prod-platform/ACCOUNT',
    )!;
    // They asked (an inbound "Seat true-up question" on 11-19), so now, and at the latest 60 days
    // before the ceiling: 2,300 of 2,500 seats at +49.4 a month → full on 2027-03-05 → 2027-01-04.
    // +25% = 625 seats × 388.8 (972,000 ARR ÷ 2,500 seats) = 243,000; the CSM is Responsible.
    expect(row(capacity)).toEqual([
      '2026-11-22',
      'Raise more seats of Core Platform: 243,000 a year at the first option',
      'Hannah Okafor',
      ['Joseph Berg', 'Marta Okafor', 'James Adams'],
    ]);
    expect(capacity.detail).toContain(
      'At the latest 2027-01-04: 60 days before the seats run out on 2027-03-05.',
    );
    expect(capacity.detail).toContain('+625 seats (+25%');
    expect(p.markdown).toContain('| READY_TO_PROPOSE | more seats of Core Platform | 243,000 | 2026-11-22 |');
  });

  it('a red account gets a rescue, and no expansion is proposed', async () => {
    const p = await plan('acc-0009');
    expect([p.growthStrategy.motion, p.growthStrategy.expansionAllowed]).toEqual(['RESCUE', false]);
    expect(p.growthStrategy.focusOpportunityIds).toEqual([]);
    expect(p.opportunities.opportunities.filter((o) => o.status === 'READY_TO_PROPOSE')).toEqual([]);
    expect(p.mutualActionPlan.filter((i) => i.source === 'OPPORTUNITY')).toEqual([]);
    expect(p.mutualActionPlan.map((i) => i.sourceId)).toContain(
      'acc-0009:play:RESCUE:HEALTH_BAND:RESCUE_EXECUTIVE_CALL',
    );
  });

  it('opens the QBR pack of the largest account with the value delivered over six months', async () => {
    const result = await gql<{
      executiveBriefing: {
        value: { from: string; metrics: { key: string; summary: string }[] };
        markdown: string;
      };
    }>(
      app,
      '{ executiveBriefing(accountId: "acc-0001") { value { from metrics { key summary } } markdown } }',
      {},
      tokenFor(tenant),
    );
    expect(result.errors).toBeUndefined();
    const b = result.data!.executiveBriefing;
    // 182 days before 2026-11-22.
    expect(b.value.from).toBe('2026-05-24');
    const summary = (key: string) => b.value.metrics.find((m) => m.key === key)?.summary;
    expect(summary('ACTIVE_SEATS')).toBe(
      '4,614 → 5,198 active seats, +584 (+13%), on Core Platform, Insights Analytics, Security & Compliance, Workflow Automation',
    );
    expect(summary('SEAT_UTILISATION')).toBe('78% → 88% of 5,900 licensed seats in use');
    expect(b.markdown.indexOf('## Value delivered')).toBeLessThan(b.markdown.indexOf('## Opportunities'));
  });
});
