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
 * rows it starts from through an index on the tenant, never by scanning a label.
 */
const PORTFOLIO_CYPHER = [
  'account/list-accounts',
  'account/accounts-by-ids',
  'account/products-by-ids',
  'account/subscriptions-by-account-ids',
  'account/business-units-by-account-ids',
  // The archived accounts the live portfolio views (signals, opportunities) leave out.
  'account/archived-account-ids',
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
  'revenue/retention-summary',
  'opportunities/pipeline-by-account-ids',
  'opportunities/objectives-by-account-ids',
  'opportunities/inbound-requests-by-account-ids',
  // Health's talk-of-alternatives rule, read by the re-scoring a view does for a small backlog.
  'health/alternatives-mentions-by-account-ids',
  // Stored scores: the views' pages and the re-scoring a view does itself for a small backlog.
  'scores/pending',
  'scores/health-page',
  'scores/threading-page',
  'scores/threading-summary',
  'scores/churn-page',
  'scores/expansion-page',
  'scores/whitespace-page',
  'scores/opportunity-page',
  'scores/opportunity-page-by-status',
  'scores/write-scores',
  'scores/stale-accounts',
  'signals/usage-by-accounts',
  'signals/hiring-by-accounts',
  'signals/tickets-by-accounts',
  'signals/nps-by-accounts',
  'signals/role-departures-by-accounts',
];

const TENANT_SEEKS = [
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  // A write statement's MATCH takes the same seek with locks.
  'NodeUniqueIndexSeek(Locking)',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'MultiNodeIndexSeek',
];
/**
 * Reads of a whole label or relationship type, every tenant's. Relationship indexes have no
 * tenant either (`plays_role_role`), so a seek in one reads every tenant's matches. A
 * `NodeIndexScan` is not failed here: on this tiny, shared store the planner may scan a small
 * index (six products) and join, which it does not do at 10,000 accounts; `npm run
 * bench:analytics` prints the plans on such a store.
 */
const SCANS = [
  'NodeByLabelScan',
  'AllNodesScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedAllRelationshipsScan',
  'UndirectedRelationshipTypeScan',
  'DirectedRelationshipTypeScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
];

function operators(plan: PlanOperator): PlanOperator[] {
  return [plan, ...plan.children.flatMap(operators)];
}

/** Thirteen demo accounts (every scenario): every portfolio query finds something to return. */
const SEEDED_ACCOUNTS = Array.from({ length: 13 }, (_, i) => i + 1);

describe('portfolio-wide queries', () => {
  let graph: TestGraph;
  let app: RunningApp;
  const tenant = testTenant('portfolio-cypher');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    graph = connectTestGraph('portfolio-index-usage');
    app = await startTestApp({}, demoClock);
    // Seeded first: on a store holding only a few nodes of a label, scanning it and joining costs
    // the planner next to nothing, and plans would say more about this store than about the queries.
    await seedTenant(app.db, tenant, demoAccounts(SEEDED_ACCOUNTS));
  }, 300_000);
  afterAll(async () => {
    await app.stop();
    await graph.close();
  });

  it.each(PORTFOLIO_CYPHER.map((name) => [name]))(
    '%s seeks an index on the tenant and scans no label',
    async (name) => {
      const plan = operators(await graph.db.explain(graph.db.prepare(name)));
      const tenantSeeks = plan.filter(
        (op) => TENANT_SEEKS.includes(op.operator) && /tenantId = \$tenantId/.test(op.details),
      );
      expect(tenantSeeks.length).toBeGreaterThan(0);
      expect(plan.filter((op) => SCANS.includes(op.operator)).map((op) => op.details)).toEqual([]);
    },
  );

  // Fails when a portfolio-wide query starts running a Cypher file missing from the list above.
  it.each(queriesInSchema().present.map((query) => [query.label, query]))(
    '%s runs only listed Cypher files',
    async (_label, query) => {
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
    },
  );
});
