import { join } from 'node:path';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { describeRejects, FIXTURES, graphCounts, importFiles } from './import-test-kit';

/**
 * test/import/fixtures/hubspot: companies, contacts and deals exports as HubSpot names them, with
 * property labels as headers. Contacts carry `;`-separated Buying Role values and company
 * associations; Luis is associated with two companies (the first is where he works).
 */
const DIR = join(FIXTURES, 'hubspot');

describe('importing HubSpot exports', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('import-hubspot');
  });
  afterAll(() => graph.close());

  it('maps companies, contacts with their buying roles, deals and owners', async () => {
    const tenantId = testTenant('hubspot');
    const { report, rejects } = await importFiles(graph.db, { dir: DIR, format: 'hubspot', tenantId });

    // Owners: Dana Reyes and Sam Ito (Nordlys and Tom have none). Accounts: 3. Coverage: Dana
    // owns Brightline and Kestrel. People: 5 − Nina, who has no company. Roles: Maya 2, Luis 1,
    // Priya 1 (Budget Holder; Legal & Compliance has no equivalent), Nina's Influencer rejected
    // with her. Deals: 3.
    expect(report.perKind).toEqual({
      teamMembers: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      accounts: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
      people: { created: 4, updated: 0, unchanged: 0, rejected: 1 },
      roleAssignments: { created: 4, updated: 0, unchanged: 0, rejected: 2 },
      coverage: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      opportunities: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
    });
    expect(
      describeRejects(rejects).map((line) => line.replace(/hubspot-crm-exports-all-|-2024-05-02/g, '')),
    ).toEqual([
      'contacts.csv:6 Primary Associated Company ID | Associated Company IDs | Associated Company ID=: accountId is required (row rejected)',
      'contacts.csv:4 Buying Role=Legal & Compliance: unmapped value (expected one of: Blocker, Budget Holder, Champion, Decision Maker, End User, Executive Sponsor, Influencer, Technical Evaluator) (row rejected)',
      'contacts.csv:6 Primary Associated Company ID | Associated Company IDs | Associated Company ID=: accountId is required (row rejected)',
    ]);

    const session = graph.driver.session();
    try {
      const roles = await session.run(
        `MATCH (p:Person {tenantId: $tenantId})-[r:PLAYS_ROLE]->(a:Account)
         RETURN p.name + ' ' + r.role + ' at ' + a.name + ' since ' + toString(r.since) AS role ORDER BY role`,
        { tenantId },
      );
      expect(roles.records.map((r) => String(r.get('role')))).toEqual([
        'Luis Fernández CHAMPION at Brightline Logistics since 2023-01-12',
        'Maya Okafor DECISION_MAKER at Brightline Logistics since 2023-01-10',
        'Maya Okafor EXECUTIVE_SPONSOR at Brightline Logistics since 2023-01-10',
        'Priya Nair ECONOMIC_BUYER at Kestrel Health since 2023-02-15',
      ]);
      const deals = await session.run(
        `MATCH (o:Opportunity {tenantId: $tenantId}) OPTIONAL MATCH (t:TeamMember)-[:OWNS_OPPORTUNITY]->(o)
         RETURN o.name AS name, o.status AS status, o.type AS type, t.name AS owner ORDER BY name`,
        { tenantId },
      );
      expect(deals.records.map((r) => r.toObject())).toEqual([
        { name: 'Brightline fleet analytics', status: 'WON', type: 'NEW_BUSINESS', owner: 'Dana Reyes' },
        { name: 'Kestrel expansion', status: 'OPEN', type: 'EXPANSION', owner: 'Sam Ito' },
        { name: 'Nordlys starter', status: 'LOST', type: 'NEW_BUSINESS', owner: 'Dana Reyes' },
      ]);
      const segments = await session.run(
        'MATCH (a:Account {tenantId: $tenantId}) RETURN a.name AS name, a.segment AS segment ORDER BY name',
        { tenantId },
      );
      // 3,200 employees → ENTERPRISE, 640 → MID_MARKET, 35 → SMB.
      expect(segments.records.map((r) => `${String(r.get('name'))}: ${String(r.get('segment'))}`)).toEqual([
        'Brightline Logistics: ENTERPRISE',
        'Kestrel Health: MID_MARKET',
        'Nordlys Bakery: SMB',
      ]);
    } finally {
      await session.close();
    }
    expect((await graphCounts(graph.driver, tenantId)).relationships).toMatchObject({
      COVERS: 2,
      WORKS_AT: 4,
      PLAYS_ROLE: 4,
    });
  });
});
