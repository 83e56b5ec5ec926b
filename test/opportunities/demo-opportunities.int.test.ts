import { generateDemoPortfolio } from '../../seed/demo/generate-portfolio';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

const AS_OF = '2026-11-22';

interface Reason {
  code: string;
  met: boolean;
  detail: string;
  evidence: { kind: string; id: string }[];
}
interface Opportunity {
  id: string;
  status: string;
  missing: string[];
  context: { reasons: Reason[] };
  timing: { reasons: Reason[] };
  stakeholderAlignment: { met: boolean; reasons: Reason[] };
  readiness: { met: boolean; reasons: Reason[] };
  intent: { met: boolean; reasons: Reason[] };
  hold: { blockers: { code: string }[] } | null;
  businessCase: { statement: string; options: { seats: number; price: number; monthsOfHeadroom: number }[] };
  size: { value: number; calculation: string };
  suggestedTiming: { date: string; why: string; deadline: string | null } | null;
}
const QUERY = (id: string) => `{ expansionOpportunities(accountId: "${id}") {
  byStatus { status count } expansionGate { allowed band }
  opportunities { id status missing
    context { reasons { code met detail evidence { kind id } } }
    timing { reasons { code met detail evidence { kind id } } }
    stakeholderAlignment { met reasons { code met detail evidence { kind id } } }
    readiness { met reasons { code met detail evidence { kind id } } }
    intent { met reasons { code met detail evidence { kind id } } }
    hold { blockers { code } }
    businessCase { statement options { seats price monthsOfHeadroom } }
    size { value calculation }
    suggestedTiming { date why deadline } } } }`;

/** The seed's 92% story and the red account, on the demo portfolio (seed 42, 36 accounts). */
describe('expansion opportunities on the demo portfolio', () => {
  let app: RunningApp;
  const tenant = testTenant('demo-opportunities');
  const token = tokenFor(tenant);
  const read = async (id: string) => {
    const result = await gql<{
      expansionOpportunities: {
        byStatus: { status: string; count: number }[];
        expansionGate: { allowed: boolean; band: string };
        opportunities: Opportunity[];
      };
    }>(app, QUERY(id), {}, token);
    expect(result.errors).toBeUndefined();
    return result.data!.expansionOpportunities;
  };
  const find = (list: Opportunity[], id: string) => list.find((o) => o.id === id)!;

  beforeAll(async () => {
    app = await startTestApp({}, () => new Date(`${AS_OF}T12:00:00Z`));
    await seedTenant(app.db, tenant, generateDemoPortfolio({ seed: 42, accounts: 36, asOf: AS_OF }));
  }, 180_000);
  afterAll(() => app.stop());

  it('acc-0001 at 92% of its Core Platform seats: ready to propose, with the evidence behind each judgement', async () => {
    const acc = await read('acc-0001');
    expect(acc.expansionGate).toEqual({ allowed: true, band: 'GREEN' });
    const core = find(acc.opportunities, 'acc-0001/SEAT_EXPANSION/prod-platform/ACCOUNT');
    expect(core.status).toBe('READY_TO_PROPOSE');
    // Why: six readings from 2,055 (2026-06-01) to 2,300 (2026-11-01), +49.4 seats a month.
    expect(core.context.reasons[0]!.detail).toBe(
      'Active seats grew from 2,055 on 2026-06-01 to 2,300 on 2026-11-01: +49.4 a month over 6 readings (2% of the 2,500 seats a month)',
    );
    // Why now: the ceiling on 2027-03-05, the conversation 60 days before; and they asked.
    expect(core.timing.reasons.map((r) => r.code)).toEqual(['CEILING_APPROACHING', 'RECENT_REQUEST']);
    expect(core.suggestedTiming).toEqual({
      date: AS_OF,
      why: 'Now: answer their request of 2026-11-19',
      deadline: '2027-01-04',
    });
    // Intent: the economic buyer and the sponsor wrote about a seat true-up on 2026-11-19.
    expect(core.intent.reasons[0]!.evidence.map((e) => e.id)).toEqual([
      'int-0001-01520',
      'per-0001-003',
      'per-0001-004',
    ]);
    expect(core.stakeholderAlignment.reasons.map((r) => r.evidence[0]!.id)).toContain('per-0001-003');
    expect(core.readiness.reasons.map((r) => [r.code, r.met])).toEqual([
      ['HEALTH_GATE', true],
      ['SENTIMENT', true],
      ['CAPACITY_NEED', true],
    ]);
    // 972,000 ARR / 2,500 seats = 388.8 a seat; ceil(2,500 × 0.25 | 0.375 | 0.5) = 625 | 938 | 1,250
    // seats; (3,125 | 3,438 | 3,750 − 2,300) / 49.4 = 16.7 | 23.0 | 29.4 months.
    expect(core.businessCase.options).toEqual([
      { seats: 625, price: 243_000, monthsOfHeadroom: 16.7 },
      { seats: 938, price: 364_694.4, monthsOfHeadroom: 23 },
      { seats: 1250, price: 486_000, monthsOfHeadroom: 29.4 },
    ]);
    expect(core.size.value).toBe(243_000);
    // 2026-11-22 → 2027-03-05 is 103 days: 14 whole weeks.
    expect(core.businessCase.statement).toMatch(
      /^At \+49\.4 seats a month you reach all 2,500 Core Platform seats on 2027-03-05, in 14 weeks;/,
    );
  });

  it('acc-0001 Analytics in Finance: wanted, but Marketing’s idle seats come first', async () => {
    const acc = await read('acc-0001');
    const finance = find(acc.opportunities, 'acc-0001/SEAT_EXPANSION/prod-analytics/bu-0001-2');
    expect(finance.status).toBe('QUALIFIED');
    expect(finance.readiness.reasons.find((r) => !r.met)!.detail).toBe(
      '138 Insights Analytics seats sit idle elsewhere (Marketing uses 12 of 150 seats (8%) on 2026-11-01): reassigning them covers the +38 of the smallest option, so offer that before selling more',
    );
  });

  it('acc-0009 is red: no opportunity is ready, each is held by the health gate', async () => {
    const acc = await read('acc-0009');
    expect(acc.expansionGate).toEqual({ allowed: false, band: 'RED' });
    expect(acc.byStatus.find((s) => s.status === 'READY_TO_PROPOSE')!.count).toBe(0);
    expect(acc.opportunities.length).toBeGreaterThan(0);
    for (const o of acc.opportunities) {
      expect(o.status).not.toBe('READY_TO_PROPOSE');
      expect(o.hold!.blockers.map((b) => b.code)).toContain('HEALTH_BAND');
    }
  });

  it('a request recorded for a qualified tier upgrade makes it ready at once', async () => {
    const id = 'acc-0001/TIER_UPGRADE/prod-automation/bu-0001-3';
    expect(find((await read('acc-0001')).opportunities, id).status).toBe('QUALIFIED');
    const recorded = await gql(
      app,
      `mutation { recordInteraction(input: { accountId: "acc-0001", type: EMAIL, direction: INBOUND,
         occurredAt: "${AS_OF}T10:00:00Z", subject: "Workflow Automation upgrade options",
         teamMemberIds: ["tm-07"], stakeholderIds: ["per-0001-004"] }) { id } }`,
      {},
      tokenFor(tenant, 'EDITOR'),
    );
    expect(recorded.errors).toBeUndefined();
    const tier = find((await read('acc-0001')).opportunities, id);
    expect(tier.status).toBe('READY_TO_PROPOSE');
    expect(tier.intent.reasons[0]!.detail).toBe(
      'Their own request: EMAIL "Workflow Automation upgrade options" from Lars Young on 2026-11-22 ("upgrade")',
    );
  });
});
