import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { describeRejects, graphCounts, importFiles, MAPPINGS, SHARED_DATA } from './import-test-kit';

/** The data rows of a CSV file as objects, read independently of the importer. */
function rowsOf(dir: string, file: string): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(join(SHARED_DATA, dir, file), 'utf8'), {
    columns: true,
    relax_column_count: true,
    bom: true,
  });
}

const distinct = (values: string[]): number => new Set(values).size;

/** The three public datasets of test/fixtures/public-data, each through its shipped mapping file. */
describe('importing the shared datasets', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('import-datasets');
  });
  afterAll(() => graph.close());

  it('Northwind: every customer, employee, product and order line, and a second run changes nothing', async () => {
    const dir = join(SHARED_DATA, 'northwind');
    const tenantId = testTenant('northwind');
    const options = {
      dir,
      format: 'mapping' as const,
      mappingFile: join(MAPPINGS, 'northwind.json'),
      tenantId,
    };
    const { report, rejects } = await importFiles(graph.db, options);
    expect(describeRejects(rejects)).toEqual([]);

    const customers = rowsOf('northwind', 'customers.csv');
    const employees = rowsOf('northwind', 'employees.csv');
    const lines = rowsOf('northwind', 'order-details.csv');
    const orders = rowsOf('northwind', 'orders.csv');
    // 91 customers (24 with an unquoted comma in their address), 9 employees, 77 products, 2,155 order lines.
    expect(await graphCounts(graph.driver, tenantId)).toEqual({
      nodes: {
        Product: rowsOf('northwind', 'products.csv').length,
        TeamMember: employees.length,
        Account: customers.length,
        Person: customers.length,
        Opportunity: lines.length,
      },
      relationships: {
        // Everyone but the VP of Sales reports to someone.
        REPORTS_TO: employees.filter((e) => e['reportsTo'] !== 'NULL').length,
        WORKS_AT: customers.length,
        // Distinct (employee, customer) pairs of the orders: 464.
        COVERS: distinct(orders.map((o) => `${o['employeeID']}/${o['customerID']}`)),
        FOR_ACCOUNT: lines.length,
        FOR_PRODUCT: lines.length,
        OWNS_OPPORTUNITY: lines.length,
      },
    });
    expect(report.files.find((f) => f.file === 'orders.csv')?.repeats).toBe(orders.length - 464);

    const session = graph.driver.session();
    try {
      // Order 10248, product 11: 14.00 × 12 × (1 − 0) = 168, won on the order date, by employee 5.
      const line = await session.run(
        `MATCH (t:TeamMember)-[:OWNS_OPPORTUNITY]->(o:Opportunity {tenantId: $tenantId, id: 'order-10248-11'})-[:FOR_ACCOUNT]->(a)
         RETURN o.amount AS amount, toString(o.closeDate) AS closed, a.id AS account, t.id AS owner`,
        { tenantId },
      );
      expect(line.records[0]?.toObject()).toEqual({
        amount: 168,
        closed: '1996-07-04',
        account: 'VINET',
        owner: 'emp-5',
      });
    } finally {
      await session.close();
    }

    const again = await importFiles(graph.db, options);
    const totals = Object.values(again.report.perKind);
    expect(totals.reduce((sum, c) => sum + c.created + c.updated, 0)).toBe(0);
  }, 300_000);

  it('Maven CRM: accounts with parents, the team, the pipeline; rows without an account are listed', async () => {
    const dir = join(SHARED_DATA, 'maven-crm-sales-opportunities');
    const tenantId = testTenant('maven');
    const { report, rejects } = await importFiles(graph.db, {
      dir,
      format: 'mapping',
      mappingFile: join(MAPPINGS, 'maven-crm.json'),
      tenantId,
    });
    const pipeline = rowsOf('maven-crm-sales-opportunities', 'sales_pipeline.csv');
    const teams = rowsOf('maven-crm-sales-opportunities', 'sales_teams.csv');
    const accounts = rowsOf('maven-crm-sales-opportunities', 'accounts.csv');
    const withAccount = pipeline.filter((row) => row['account'] !== '');
    // 8,800 − 1,425 without an account.
    expect(withAccount.length).toBe(7375);
    expect(rejects).toHaveLength(1425);
    expect(new Set(rejects.map((r) => `${r.column}: ${r.reason}`))).toEqual(
      new Set(['account: accountId is required']),
    );
    expect(report.perKind.opportunities).toEqual({ created: 7375, updated: 0, unchanged: 0, rejected: 1425 });
    expect(await graphCounts(graph.driver, tenantId)).toEqual({
      nodes: {
        Product: 7,
        // 35 agents and their 6 managers.
        TeamMember: teams.length + distinct(teams.map((t) => t['manager'] ?? '')),
        Account: accounts.length,
        Opportunity: withAccount.length,
      },
      relationships: {
        REPORTS_TO: teams.length,
        SUBSIDIARY_OF: accounts.filter((a) => a['subsidiary_of'] !== '').length,
        COVERS: distinct(withAccount.map((row) => `${row['sales_agent']}/${row['account']}`)),
        FOR_ACCOUNT: withAccount.length,
        // 'GTXPro' is mapped to products.csv's 'GTX Pro': every opportunity has its product.
        FOR_PRODUCT: withAccount.length,
        OWNS_OPPORTUNITY: withAccount.length,
      },
    });
  }, 300_000);

  it('RavenStack: subscriptions, usage, tickets and churn; the 21 reused usage ids are listed', async () => {
    const dir = join(SHARED_DATA, 'ravenstack-saas');
    const tenantId = testTenant('ravenstack');
    const { report, rejects } = await importFiles(graph.db, {
      dir,
      format: 'mapping',
      mappingFile: join(MAPPINGS, 'ravenstack.json'),
      tenantId,
    });
    const usage = rowsOf('ravenstack-saas', 'ravenstack_feature_usage.csv');
    const usageIds = distinct(usage.map((u) => u['usage_id'] ?? ''));
    expect(usage.length - usageIds).toBe(21);
    expect(rejects).toHaveLength(21);
    const firstLine = new Map<string, number>();
    usage.forEach((u, i) => firstLine.set(u['usage_id'] ?? '', firstLine.get(u['usage_id'] ?? '') ?? i + 2));
    for (const reject of rejects) {
      expect(reject).toMatchObject({
        file: 'ravenstack_feature_usage.csv',
        column: 'usage_id',
        effect: 'row rejected',
      });
      expect(reject.reason).toBe(
        `id already used by ravenstack_feature_usage.csv line ${firstLine.get(reject.value)} with other values (the first is kept)`,
      );
    }
    expect(report.perKind.usageSnapshots).toEqual({
      created: usageIds,
      updated: 0,
      unchanged: 0,
      rejected: 21,
    });
    const subscriptions = rowsOf('ravenstack-saas', 'ravenstack_subscriptions.csv');
    const tickets = rowsOf('ravenstack-saas', 'ravenstack_support_tickets.csv');
    const churn = rowsOf('ravenstack-saas', 'ravenstack_churn_events.csv');
    expect(await graphCounts(graph.driver, tenantId)).toEqual({
      nodes: {
        // One product per plan tier: Basic, Pro, Enterprise.
        Product: distinct(subscriptions.map((s) => s['plan_tier'] ?? '')),
        Account: rowsOf('ravenstack-saas', 'ravenstack_accounts.csv').length,
        Subscription: subscriptions.length,
        UsageSnapshot: usageIds,
        SupportTicket: tickets.length,
        Opportunity: churn.length,
      },
      relationships: {
        HAS_SUBSCRIPTION: subscriptions.length,
        OF_PRODUCT: subscriptions.length,
        HAS_USAGE: usageIds,
        FOR_ACCOUNT: tickets.length + churn.length,
      },
    });
    const session = graph.driver.session();
    try {
      // Satisfaction 4 → sentiment (4 − 3) / 2 = 0.5; no answer → no sentiment (not zero).
      const sentiments = await session.run(
        `MATCH (t:SupportTicket {tenantId: $tenantId}) WHERE t.id IN ['T-d5e12f', 'T-0024de']
         RETURN t.id AS id, t.sentiment AS sentiment, t.status AS status ORDER BY id`,
        { tenantId },
      );
      expect(sentiments.records.map((r) => r.toObject())).toEqual([
        { id: 'T-0024de', sentiment: null, status: 'CLOSED' },
        { id: 'T-d5e12f', sentiment: 0.5, status: 'CLOSED' },
      ]);
    } finally {
      await session.close();
    }
  }, 300_000);
});
