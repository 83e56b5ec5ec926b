import { queriesInSchema } from '../../bench/analytics/portfolio-queries';
import type { RunningApp } from '../../src/app';
import type { PlanOperator } from '../../src/db/cypher-executor';
import { gql, startTestApp, tokenFor } from '../support/app';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { DEMO_AS_OF, demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/**
 * Every Cypher file a portfolio-wide GraphQL query runs (the rows of the analytics benchmark,
 * bench/analytics/portfolio-queries.ts). They read every account of a tenant, 10,000 of them in
 * the benchmark, whether in one statement or in batches of account ids, so each must find the
 * rows it starts from through an index on the tenant, never by scanning a label. The second
 * block below fails when a portfolio-wide query starts running a file missing from this list.
 */
const PORTFOLIO_CYPHER = [
  'account/list-accounts',
  'account/accounts-by-ids',
  'account/products-by-ids',
  'account/subscriptions-by-account-ids',
  'account/business-units-by-account-ids',
  'threading/portfolio-accounts',
  'threading/people-by-account-ids',
  'threading/influence-by-account-ids',
  'relationships/pair-interactions-by-account-ids',
  'whitespace/products',
  'whitespace/portfolio-facts',
  'whitespace/peer-candidate-ids',
  'signals/usage-portfolio',
  'signals/hiring-portfolio',
  'signals/tickets-portfolio',
  'signals/nps-portfolio',
  'signals/role-departures-portfolio',
  'signals/people-by-accounts',
  'health/portfolio-account-ids',
  'health/subscriptions-by-account-ids',
  'health/tickets-by-account-ids',
  'health/nps-by-account-ids',
  'health/key-people-by-account-ids',
  'revenue/subscriptions-for-retention',
  'opportunities/pipeline-by-account-ids',
  'opportunities/objectives-by-account-ids',
  'opportunities/inbound-requests-by-account-ids',
];

const SEEKS = [
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'MultiNodeIndexSeek',
];
const SCANS = [
  'NodeByLabelScan',
  'AllNodesScan',
  'NodeIndexScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedAllRelationshipsScan',
  'UndirectedRelationshipTypeScan',
  'DirectedRelationshipTypeScan',
];

function operators(plan: PlanOperator): PlanOperator[] {
  return [plan, ...plan.children.flatMap(operators)];
}

/**
 * Leaves that read nothing from the store: `Argument` receives rows from the operator above it
 * (a subquery, a pattern comprehension, the inner side of an Apply), `Unwind` expands a list
 * parameter (a batch of account ids, each then sought by key).
 */
const NON_READING_LEAVES = ['Argument', 'Unwind'];

/** Where rows come from: the leaves of the plan that read the store. */
function storeReads(plan: PlanOperator): PlanOperator[] {
  return operators(plan).filter(
    (op) => op.children.length === 0 && !NON_READING_LEAVES.includes(op.operator),
  );
}

describe('portfolio-wide queries start from an index', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('portfolio-index-usage');
  });
  afterAll(() => graph.close());

  it.each(PORTFOLIO_CYPHER.map((name) => [name]))(
    '%s seeks an index on the tenant and scans no label',
    async (name) => {
      const plan = await graph.db.explain(graph.db.prepare(name));
      const reads = storeReads(plan);
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) {
        expect(SEEKS).toContain(read.operator);
        expect(read.details).toMatch(/tenantId = \$tenantId/);
      }
      expect(
        operators(plan)
          .map((op) => op.operator)
          .filter((op) => SCANS.includes(op)),
      ).toEqual([]);
    },
  );
});

describe('the list above holds every Cypher file the portfolio-wide GraphQL queries run', () => {
  let app: RunningApp;
  const tenant = testTenant('portfolio-cypher');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    // The capacity, champion-departure, red and whitespace accounts: every query finds something.
    await seedTenant(app.db, tenant, demoAccounts([1, 5, 9, 11]));
  });
  afterAll(() => app.stop());

  it.each(queriesInSchema().present.map((query) => [query.label, query]))('%s', async (_label, query) => {
    const names: string[] = [];
    const unsubscribe = app.db.onQuery((event) => {
      if (event.tenantId === tenant) names.push(event.name);
    });
    try {
      const result = await gql(app, query.document, query.variables(DEMO_AS_OF), token);
      expect(result.errors).toBeUndefined();
      expect(query.returned(result.data!).page).toBeGreaterThan(0);
    } finally {
      unsubscribe();
    }
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !PORTFOLIO_CYPHER.includes(name))).toEqual([]);
  });
});
