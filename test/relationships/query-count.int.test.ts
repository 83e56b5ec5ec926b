import type { RunningApp } from '../../src/app';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import { gql, startTestApp, tokenFor } from '../support/app';
import { emptyPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { daysBefore, REL_NOW } from '../support/relationship-fixtures';
import { seedTenant } from '../support/seed';

/** 24 small accounts: a champion, an economic buyer and an end user each, in contact with our team. */
function portfolio(): PortfolioRecords {
  const records = emptyPortfolio();
  records.teamMembers.push({ id: 'tm', name: 'Team Member', email: null, title: null, managerId: null });
  for (let a = 0; a < 24; a += 1) {
    const accountId = `acc-${String(a).padStart(2, '0')}`;
    records.accounts.push({
      id: accountId,
      name: `Account ${String(a).padStart(2, '0')}`,
      industry: null,
      segment: null,
      region: null,
      employeeCount: null,
      annualRevenue: null,
      website: null,
      parentId: null,
      customerSince: null,
    });
    const ids = ['boss', 'champ', 'user'].map((p) => `${accountId}-${p}`);
    ids.forEach((id, i) =>
      records.people.push({
        id,
        accountId,
        businessUnitId: null,
        name: `Person ${id}`,
        email: null,
        title: null,
        seniority: null,
        department: i === 2 ? 'IT' : 'Finance',
        reportsToId: i === 0 ? null : ids[i - 1]!,
        status: 'ACTIVE',
        startedAt: null,
        departedAt: null,
      }),
    );
    (['ECONOMIC_BUYER', 'CHAMPION', 'END_USER'] as const).forEach((role, i) =>
      records.roleAssignments.push({
        personId: ids[i]!,
        accountId,
        role,
        since: '2025-01-01',
        until: null,
        source: null,
      }),
    );
    records.influences.push({
      fromPersonId: ids[1]!,
      toPersonId: ids[0]!,
      weight: 0.5,
      kind: 'INFORMAL',
      source: null,
    });
    [5, 20, 40].forEach((days, n) =>
      records.interactions.push({
        id: `${accountId}-i${n}`,
        accountId,
        type: 'MEETING',
        direction: 'MUTUAL',
        occurredAt: daysBefore(days),
        durationMinutes: null,
        subject: null,
        teamMemberIds: ['tm'],
        personIds: [ids[1]!, ids[n % 2 === 0 ? 2 : 0]!],
      }),
    );
  }
  return records;
}

describe('no N+1 in relationships and threading risk', () => {
  let app: RunningApp;
  const tenant = testTenant('rel-query-count');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    // Statement counts for large pages, not the cost limit (test/hardening prices them).
    app = await startTestApp({ GRAPHQL_MAX_COMPLEXITY: '1000000' }, () => REL_NOW);
    await seedTenant(app.db, tenant, portfolio());
  });
  afterAll(() => app.stop());

  async function countQueries(query: string): Promise<string[]> {
    const names: string[] = [];
    const unsubscribe = app.db.onQuery((event) => {
      if (event.tenantId === tenant) names.push(event.name);
    });
    try {
      const result = await gql(app, query, {}, token);
      expect(result.errors).toBeUndefined();
      return names;
    } finally {
      unsubscribe();
    }
  }

  it('costs the same handful of queries for a page of 4 or 24 accounts with every nested field', async () => {
    const page = (first: number) => `{ accounts(first: ${first}) { edges { node {
        relationshipStrength { score strongest { stakeholder { name } } }
        relationships(first: 3) { edges { node { stakeholder { name } strength { score interactions(first: 1) { id } } } } }
        strengthTrend(points: 3, every: 10) { score }
        threadingRisk { score engaged { stakeholder { name } } criticalPeople { stakeholder { name } cutsOff { name } } }
        people(first: 5) { edges { node { relationshipStrength { overall { score } pairs { teamMember { name } } } strengthTrend { score } } } }
      } } } }`;
    const small = await countQueries(page(4));
    const large = await countQueries(page(24));
    // Loading the people behind ids may take one batch per nesting level reached at different
    // moments (at most the four levels asked for here), but never one per account or person.
    const lookups = (names: string[]) => names.filter((n) => n === 'stakeholder/people-by-ids').length;
    expect(lookups(small)).toBeLessThanOrEqual(4);
    expect(lookups(large)).toBeLessThanOrEqual(4);
    const others = (names: string[]) => names.filter((n) => n !== 'stakeholder/people-by-ids').sort();
    expect(others(large)).toEqual(others(small));
    // At most one query per field, however many accounts and people; fields that read the same
    // interactions with the same parameters share one read (the request-scoped memo):
    expect(others(large)).toEqual(
      [
        'account/list-accounts',
        // relationshipStrength, relationships, strengthTrend and threadingRisk: two distinct reads
        'relationships/pair-interactions-by-account-ids',
        'relationships/pair-interactions-by-account-ids',
        'threading/people-by-account-ids',
        'threading/influence-by-account-ids',
        'account/accounts-by-ids', // threadingRisk's ARR
        'stakeholder/people-by-account-ids',
        'relationships/pair-interactions-by-person-ids', // people's relationshipStrength
        'relationships/pair-interactions-by-person-ids', // people's strengthTrend
      ].sort(),
    );
  });
});
