import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { opportunityPortfolio, oppClock, OPP_DAY } from './opportunity-fixtures';

interface Reason {
  code: string;
  met: boolean;
  detail: string;
  evidence: { kind: string; id: string }[];
}
interface Judgement {
  met: boolean;
  missing: string | null;
  reasons: Reason[];
}
interface Opportunity {
  id: string;
  accountId: string;
  expansionType: string;
  status: string;
  missing: string[];
  summary: string;
  context: Judgement;
  timing: Judgement;
  stakeholderAlignment: Judgement;
  readiness: Judgement;
  intent: Judgement;
  hold: { message: string; blockers: { code: string }[] } | null;
  businessCase: {
    metric: string;
    statement: string;
    objective: { id: string } | null;
    options: { seats: number; price: number; monthsOfHeadroom: number | null }[];
  };
  size: { value: number | null; method: string | null; calculation: string };
  suggestedTiming: { date: string; why: string; overdue: boolean; deadline: string | null } | null;
  signals: { kind: string }[];
  whitespaceCell: { rowName: string; status: string } | null;
  account: { name: string };
}
interface AccountOpportunities {
  accountName: string;
  asOf: string;
  byStatus: { status: string; count: number }[];
  expansionGate: { allowed: boolean; band: string; blockers: { code: string }[] };
  opportunities: Opportunity[];
}

const JUDGEMENT = 'met missing reasons { code met detail evidence { kind id } }';
const OPPORTUNITY = `id accountId expansionType status missing summary
  context { ${JUDGEMENT} } timing { ${JUDGEMENT} } stakeholderAlignment { ${JUDGEMENT} }
  readiness { ${JUDGEMENT} } intent { ${JUDGEMENT} }
  hold { message blockers { code } }
  businessCase { metric statement objective { id } options { seats price monthsOfHeadroom } }
  size { value method calculation }
  suggestedTiming { date why overdue deadline }
  signals { kind } whitespaceCell { rowName status } account { name }`;
const ACCOUNT = (id: string, extra = '') => `{ expansionOpportunities(accountId: "${id}"${extra}) {
  accountName asOf byStatus { status count } expansionGate { allowed band blockers { code } }
  opportunities { ${OPPORTUNITY} } } }`;

/**
 * Expansion opportunities end to end (GraphQL, services, Cypher) on the hand-built portfolio of
 * opportunity-fixtures.ts, judged on 2026-11-15 with the default configuration. Every figure
 * below is worked out from that file.
 */
describe('expansion opportunities', () => {
  let app: RunningApp;
  const tenant = testTenant('expansion-opportunities');
  const viewer = tokenFor(tenant);
  const editor = tokenFor(tenant, 'EDITOR');
  const account = async (id: string, extra = ''): Promise<AccountOpportunities> => {
    const result = await gql<{ expansionOpportunities: AccountOpportunities }>(
      app,
      ACCOUNT(id, extra),
      {},
      viewer,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.expansionOpportunities;
  };
  const find = (list: Opportunity[], id: string): Opportunity => {
    const found = list.find((o) => o.id === id);
    if (!found) throw new Error(`no ${id} among ${list.map((o) => o.id).join(', ')}`);
    return found;
  };

  beforeAll(async () => {
    // Statement counts for large pages, not the cost limit (test/hardening prices them).
    app = await startTestApp({ GRAPHQL_MAX_COMPLEXITY: '1000000' }, oppClock);
    await seedTenant(app.db, tenant, opportunityPortfolio());
  }, 300_000);
  afterAll(() => app.stop());

  describe('Peak Freight (GREEN), before anyone asks', () => {
    let peak: AccountOpportunities;
    beforeAll(async () => {
      peak = await account('acc-peak');
    });

    it('lists its signals and best open whitespace, qualified first, largest first', () => {
      expect(peak.accountName).toBe('Peak Freight');
      expect(peak.asOf).toBe(OPP_DAY);
      expect(peak.expansionGate).toEqual({ allowed: true, band: 'GREEN', blockers: [] });
      expect(peak.opportunities.map((o) => [o.id, o.status, o.size.value])).toEqual([
        ['acc-peak/SEAT_EXPANSION/prod-core/ACCOUNT', 'QUALIFIED', 30_000],
        // Whitespace: round(1,000 × 0.06) = 60 seats × 300 (list) = 18,000; Finance: 6 × 300.
        ['acc-peak/CROSS_SELL/prod-auto/ACCOUNT', 'QUALIFIED', 18_000],
        ['acc-peak/CROSS_SELL/prod-auto/bu-peak-fin', 'QUALIFIED', 1_800],
        // 60 × 200 = 12,000, Lumen in use.
        ['acc-peak/CROSS_SELL/prod-ana/ACCOUNT', 'OBSERVATION', 12_000],
        // +25 seats × (10,000 / 100 = 100).
        ['acc-peak/SEAT_EXPANSION/prod-sec/ACCOUNT', 'OBSERVATION', 2_500],
      ]);
      expect(peak.byStatus).toEqual([
        { status: 'OBSERVATION', count: 2 },
        { status: 'QUALIFIED', count: 3 },
        { status: 'READY_TO_PROPOSE', count: 0 },
      ]);
    });

    it('core at 179 of 200 seats: qualified by its growth, its ceiling and its engaged buyers; not ready without intent', () => {
      const core = find(peak.opportunities, 'acc-peak/SEAT_EXPANSION/prod-core/ACCOUNT');
      expect(core.signals.map((s) => s.kind)).toEqual(['SEAT_CAPACITY']);
      expect(core.context.reasons.map((r) => [r.code, r.detail])).toEqual([
        [
          'SUSTAINED_GROWTH',
          'Active seats grew from 159 on 2026-06-04 to 179 on 2026-11-01: +4.1 a month over 6 readings (2.1% of the 200 seats a month)',
        ],
      ]);
      // Slope 4/30 a day; 21 seats left → 157.5 → 158 days after 2026-11-01 = 2027-04-08; −60 days = 2027-02-07.
      expect(core.timing.reasons.map((r) => [r.code, r.detail])).toEqual([
        [
          'CEILING_APPROACHING',
          '200 seats projected full on 2027-04-08 (in 144 days) at +4.1 a month; the capacity conversation is due by 2027-02-07',
        ],
      ]);
      expect(core.suggestedTiming).toEqual({
        date: '2027-02-07',
        why: 'Ahead of the ceiling on 2027-04-08, not after it',
        overdue: false,
        deadline: '2027-02-07',
      });
      // Every holder of a caring role is engaged (four meetings this morning); Eli holds none.
      expect(core.stakeholderAlignment.reasons.map((r) => r.evidence[0]!.id).sort()).toEqual([
        'p-cleo',
        'p-dee',
        'p-gwen',
        'p-vic',
      ]);
      // The outbound "Seat true-up reminder" is ours, "Seat true-up question" was 75 days ago.
      expect(core.intent.met).toBe(false);
      expect(core.readiness.reasons.map((r) => [r.code, r.met])).toEqual([
        ['HEALTH_GATE', true],
        ['SENTIMENT', true],
        ['CAPACITY_NEED', true],
      ]);
      // ceil(200 × 0.25, 0.375, 0.5) = 50, 75, 100 seats × 600; (250|275|300 − 179) / 4.1 months.
      expect(core.businessCase.options).toEqual([
        { seats: 50, price: 30_000, monthsOfHeadroom: 17.3 },
        { seats: 75, price: 45_000, monthsOfHeadroom: 23.4 },
        { seats: 100, price: 60_000, monthsOfHeadroom: 29.5 },
      ]);
      expect(core.businessCase.statement).toMatch(
        /^At \+4\.1 seats a month you reach all 200 Core Platform seats on 2027-04-08, in 20 weeks;/,
      );
      expect(core.summary).toMatch(/^Qualified: seat expansion of Core Platform \(30,000 a year\)/);
    });

    it('automation serves Dee’s objective due in 90 days: qualified, its business case in their metric', () => {
      const automation = find(peak.opportunities, 'acc-peak/CROSS_SELL/prod-auto/ACCOUNT');
      expect(automation.whitespaceCell).toEqual({ rowName: 'Peak Freight', status: 'OPEN' });
      expect(automation.context.reasons.map((r) => [r.code, r.evidence.map((e) => e.id)])).toEqual([
        ['CUSTOMER_OBJECTIVE', ['obj-peak-auto', 'p-dee']],
      ]);
      expect(automation.timing.reasons.map((r) => r.detail)).toEqual([
        'Their objective "Automate 70% of invoice approvals" is due on 2027-02-13 (in 90 days)',
      ]);
      expect(automation.stakeholderAlignment.reasons[0]!.detail).toMatch(
        /^Dee Dunn \(Finance Manager\), engaged .*: holds DECISION_MAKER; owns the objective "Automate 70% of invoice approvals"$/,
      );
      expect(automation.businessCase.metric).toBe('TIME_SAVED');
      expect(automation.businessCase.objective).toEqual({ id: 'obj-peak-auto' });
      expect(automation.size.calculation).toBe(
        '60 seats (1,000 people × 0.06) × 300 a seat (LIST_PRICE) = 18,000',
      );
    });

    it('observations say what is missing: analytics has no timing, flat security neither context nor timing', () => {
      const analytics = find(peak.opportunities, 'acc-peak/CROSS_SELL/prod-ana/ACCOUNT');
      expect(analytics.missing).toEqual(['TIMING']);
      expect(analytics.context.reasons.map((r) => r.code)).toEqual(['COMPETITOR_PRESENT']);
      expect(analytics.businessCase.metric).toBe('COST_AVOIDED');
      const security = find(peak.opportunities, 'acc-peak/SEAT_EXPANSION/prod-sec/ACCOUNT');
      expect(security.missing).toEqual(['CONTEXT', 'TIMING']);
      expect(security.timing.missing).toBe(
        'Nothing makes it urgent now: no date for the ceiling (Not growing: no date for 100%); no renewal within 120 days; no objective it serves due within 180 days; no request of theirs in the last 60 days',
      );
      expect(security.suggestedTiming).toBeNull();
    });

    it('a status filter lists only that status and still counts them all', async () => {
      const qualified = await account('acc-peak', ', status: OBSERVATION');
      expect(qualified.opportunities.map((o) => o.status)).toEqual(['OBSERVATION', 'OBSERVATION']);
      expect(qualified.byStatus.find((s) => s.status === 'QUALIFIED')!.count).toBe(3);
    });
  });

  it('Ember Outfitters (RED) wants more seats and is held by the health gate: nothing is ready', async () => {
    const ember = await account('acc-ember');
    expect(ember.expansionGate.allowed).toBe(false);
    expect(ember.expansionGate.band).toBe('RED');
    expect(ember.byStatus.find((s) => s.status === 'READY_TO_PROPOSE')!.count).toBe(0);
    const core = find(ember.opportunities, 'acc-ember/SEAT_EXPANSION/prod-core/ACCOUNT');
    // Qualified and wanted (its open EXPANSION opportunity), but never proposed on a red account.
    expect(core.status).toBe('QUALIFIED');
    expect(core.intent.reasons.map((r) => [r.code, r.evidence.map((e) => e.id)])).toEqual([
      ['OPEN_EXPANSION_OPPORTUNITY', ['opp-ember-seats', 'p-ron']],
    ]);
    expect(core.hold!.blockers.map((b) => b.code)).toContain('HEALTH_BAND');
    expect(core.readiness.reasons.filter((r) => !r.met).map((r) => r.code)).toEqual([
      'HEALTH_GATE',
      'SENTIMENT',
    ]);
    for (const o of ember.opportunities) expect(o.hold).not.toBeNull();
    // Slope 4/30 a day, 11 seats left → 82.5 → 83 days: 2027-01-23, conversation 2026-11-24. The
    // renewal on 2026-12-15 is 30 days out: its 90-day lead (2026-09-16) has passed — but the
    // gate holds it, so it is not "Now … overdue": it waits for the gate, the reason kept.
    expect(core.suggestedTiming).toEqual({
      date: OPP_DAY,
      why: 'Not now: held by the health gate (HEALTH_BAND, OPEN_BLOCKING_TICKET, SENTIMENT_FRUSTRATED); once it opens: within 90 days of the renewal on 2026-12-15',
      overdue: false,
      deadline: '2026-09-16',
    });
    expect(core.summary).toMatch(
      /^Held: the health gate refuses expansion at Ember Outfitters: HEALTH_BAND, OPEN_BLOCKING_TICKET, SENTIMENT_FRUSTRATED\. Qualified and wanted, not ready: seat expansion of Core Platform \(12,500 a year\)\. Held by the health gate: Ember Outfitters is RED/,
    );
  });

  it('recording their request changes intent at once: QUALIFIED → READY_TO_PROPOSE, for that product only', async () => {
    const recorded = await gql<{ recordInteraction: { id: string } }>(
      app,
      `mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }`,
      {
        input: {
          accountId: 'acc-peak',
          type: 'EMAIL',
          direction: 'INBOUND',
          occurredAt: `${OPP_DAY}T11:00:00Z`,
          subject: 'Core Platform seat true-up for Q1',
          teamMemberIds: ['tm-csm'],
          stakeholderIds: ['p-vic'],
        },
      },
      editor,
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordInteraction.id;

    const peak = await account('acc-peak');
    const core = find(peak.opportunities, 'acc-peak/SEAT_EXPANSION/prod-core/ACCOUNT');
    expect(core.status).toBe('READY_TO_PROPOSE');
    expect(core.intent.reasons).toEqual([
      {
        code: 'INBOUND_REQUEST',
        met: true,
        detail:
          'Their own request: EMAIL "Core Platform seat true-up for Q1" from Vic Vale on 2026-11-15 ("seat", "true-up")',
        evidence: [
          { kind: 'INTERACTION', id },
          { kind: 'PERSON', id: 'p-vic' },
        ],
      },
    ]);
    // Answer the request now; the capacity conversation is still due by 2027-02-07.
    expect(core.suggestedTiming).toEqual({
      date: OPP_DAY,
      why: 'Now: answer their request of 2026-11-15',
      overdue: false,
      deadline: '2027-02-07',
    });
    expect(peak.opportunities[0]!.id).toBe(core.id);
    // The subject names Core Platform: it says nothing about Security Suite's seats.
    expect(find(peak.opportunities, 'acc-peak/SEAT_EXPANSION/prod-sec/ACCOUNT').intent.met).toBe(false);
  });

  describe('the portfolio', () => {
    const PORTFOLIO = (args: string) => `{ portfolioExpansionOpportunities(${args}) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id status size { value } account { name } } } } }`;
    type Page = {
      portfolioExpansionOpportunities: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; status: string; size: { value: number }; account: { name: string } } }[];
      };
    };

    it('ranks every account’s opportunities by size, filters by status and pages', async () => {
      const qualified = await gql<Page>(app, PORTFOLIO('status: QUALIFIED, first: 2'), {}, viewer);
      expect(qualified.errors).toBeUndefined();
      const page = qualified.data!.portfolioExpansionOpportunities;
      // After the request above, Peak's core is READY: QUALIFIED are Peak's automation (18,000 and
      // 1,800) and Ember's held core (12,500).
      expect(page.totalCount).toBe(3);
      expect(page.edges.map((e) => [e.node.id, e.node.size.value, e.node.account.name])).toEqual([
        ['acc-peak/CROSS_SELL/prod-auto/ACCOUNT', 18_000, 'Peak Freight'],
        ['acc-ember/SEAT_EXPANSION/prod-core/ACCOUNT', 12_500, 'Ember Outfitters'],
      ]);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await gql<Page>(
        app,
        PORTFOLIO(`status: QUALIFIED, first: 2, after: "${page.pageInfo.endCursor}"`),
        {},
        viewer,
      );
      expect(next.data!.portfolioExpansionOpportunities.edges.map((e) => e.node.id)).toEqual([
        'acc-peak/CROSS_SELL/prod-auto/bu-peak-fin',
      ]);
    });

    it('costs the same number of queries for two accounts or three', async () => {
      const count = async (): Promise<number> => {
        // The view reads stored opportunities: what was written is scored first (as a view's own
        // re-scoring does, without the worker's lease, which test files running at once share),
        // not counted (the view would otherwise score the new account itself, a fixed number of
        // queries per batch too).
        await app.services.staleness.markTenantStale(tenant, 'IMPORT');
        await app.services.storedPortfolio.refreshSmallBacklog({
          tenantId: tenant,
          role: 'ADMIN',
          subject: 'test',
        });
        let queries = 0;
        const stop = app.db.onQuery((event) => {
          if (event.tenantId === tenant) queries += 1;
        });
        try {
          const result = await gql<Page>(app, PORTFOLIO('first: 100'), {}, viewer);
          expect(result.errors).toBeUndefined();
        } finally {
          stop();
        }
        return queries;
      };
      const before = await count();
      const copy = opportunityPortfolio();
      copy.accounts = copy.accounts
        .filter((a) => a.id === 'acc-peak')
        .map((a) => ({ ...a, id: 'acc-peak-2', name: 'Peak Freight Two' }));
      const keep = <T extends { accountId: string }>(rows: T[]) =>
        rows.filter((r) => r.accountId === 'acc-peak').map((r) => ({ ...r, accountId: 'acc-peak-2' }));
      copy.subscriptions = keep(copy.subscriptions).map((s) => ({ ...s, id: `${s.id}-2` }));
      copy.usageSnapshots = copy.usageSnapshots
        .filter((u) => u.subscriptionId.startsWith('sub-peak'))
        .map((u) => ({ ...u, id: `${u.id}-2`, subscriptionId: `${u.subscriptionId}-2` }));
      copy.coverage = keep(copy.coverage);
      copy.businessUnits = [];
      copy.people = [];
      copy.roleAssignments = [];
      copy.interactions = [];
      copy.tickets = [];
      copy.npsResponses = [];
      copy.opportunities = [];
      copy.opportunityContactRoles = [];
      copy.competitorPresence = [];
      copy.objectives = [];
      await seedTenant(app.db, tenant, copy);
      const after = await count();
      expect(after).toBe(before);
      const all = await gql<Page>(app, PORTFOLIO('first: 100'), {}, viewer);
      expect(
        all.data!.portfolioExpansionOpportunities.edges.some((e) => e.node.id.startsWith('acc-peak-2/')),
      ).toBe(true);
    });
  });

  describe('bad input', () => {
    it('an unknown or another tenant’s account is NOT_FOUND', async () => {
      const missing = await gql(app, ACCOUNT('acc-nowhere'), {}, viewer);
      expect(missing.errors![0]!.extensions!['code']).toBe('NOT_FOUND');
      const elsewhere = await gql(app, ACCOUNT('acc-peak'), {}, tokenFor(testTenant('opp-other')));
      expect(elsewhere.errors![0]!.extensions!['code']).toBe('NOT_FOUND');
    });

    it('a day in the future and a page over 100 are refused with the field', async () => {
      const future = await gql(app, ACCOUNT('acc-peak', ', asOf: "2027-01-01"'), {}, viewer);
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
      const big = await gql(
        app,
        '{ portfolioExpansionOpportunities(first: 101) { totalCount } }',
        {},
        viewer,
      );
      expect(big.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    });
  });
});
