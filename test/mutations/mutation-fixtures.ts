import type { RunningApp } from '../../src/app';
import type { PortfolioRecords } from '../../src/domain/graph-records';
import { gql, tokenFor, type GraphQLResponse } from '../support/app';
import { emptyPortfolio, handBuiltPortfolio } from '../support/fixtures';

/** The instant every mutation test runs at: "today" is 2026-11-22. */
export const NOW = new Date('2026-11-22T12:00:00Z');

/**
 * The hand-built portfolio (see test/support/fixtures.ts) plus two monthly usage readings of
 * Northwind's core subscription (100 seats): 88 active on 2026-10-01, 92 on 2026-11-01 (its
 * seatsUsed). Northwind Labs' core subscription (50 seats) has no reading yet.
 */
export function mutationPortfolio(): PortfolioRecords {
  const records = handBuiltPortfolio();
  const reading = (id: string, date: string, activeSeats: number) => ({
    id,
    subscriptionId: 'sub-nw-core',
    businessUnitId: null,
    date,
    licensedSeats: 100,
    activeSeats,
    featuresAdopted: 10,
    featuresAvailable: 20,
  });
  records.usageSnapshots.push(reading('us-nw-oct', '2026-10-01', 88), reading('us-nw-nov', '2026-11-01', 92));
  return records;
}

/**
 * Keystone Bank (acc-ks), small enough to work every reading out by hand. Our team: Kim Seller
 * (tm-ks). Their people:
 *   Cora Chief (CEO) ← Felix Funds (CFO, Finance) ← nobody
 *                    ← Chris Champion (Director of Operations, CHAMPION since 2025-01-01) ← Uma User (analyst)
 * and Fran Former (Head of Treasury, under Felix), who left on 2026-11-01 while the CRM still shows
 * her CHAMPION role (since 2023-01-01) open.
 * Contact (NOW = 2026-11-22T12:00Z): Kim ↔ Felix: a MUTUAL meeting 30 days ago and an INBOUND
 * call 10 days ago; Kim ↔ Uma: one OUTBOUND email exactly 90 days (one half-life) ago; nobody
 * else. Core Platform: 100 seats, readings of 70 (2026-09-01) and 75 (2026-10-01) active seats.
 */
export function keystonePortfolio(): PortfolioRecords {
  const records = emptyPortfolio();
  records.products.push({
    id: 'prod-core',
    name: 'Core Platform',
    family: 'Platform',
    listPricePerSeat: 600,
  });
  records.teamMembers.push({
    id: 'tm-ks',
    name: 'Kim Seller',
    email: null,
    title: 'Account Executive',
    managerId: null,
  });
  records.accounts.push({
    id: 'acc-ks',
    name: 'Keystone Bank',
    industry: 'Banking',
    segment: 'ENTERPRISE',
    region: 'EMEA',
    employeeCount: 5000,
    annualRevenue: null,
    website: null,
    parentId: null,
    customerSince: '2025-01-01',
  });
  records.businessUnits.push(
    { id: 'bu-ks-fin', accountId: 'acc-ks', name: 'Finance', kind: 'DEPARTMENT', headcount: 200 },
    { id: 'bu-ks-ops', accountId: 'acc-ks', name: 'Operations', kind: 'DEPARTMENT', headcount: 300 },
  );
  const person = (
    id: string,
    name: string,
    title: string,
    seniority: 'C_LEVEL' | 'DIRECTOR' | 'INDIVIDUAL_CONTRIBUTOR',
    reportsToId: string | null,
    unit: 'bu-ks-fin' | 'bu-ks-ops' | null,
  ): PortfolioRecords['people'][number] => ({
    id,
    accountId: 'acc-ks',
    businessUnitId: unit,
    name,
    email: null,
    title,
    seniority,
    department: unit === 'bu-ks-fin' ? 'Finance' : unit === 'bu-ks-ops' ? 'Operations' : null,
    reportsToId,
    status: 'ACTIVE',
    startedAt: '2020-01-01',
    departedAt: null,
  });
  records.people.push(
    person('p-ks-ceo', 'Cora Chief', 'CEO', 'C_LEVEL', null, null),
    person('p-ks-cfo', 'Felix Funds', 'CFO', 'C_LEVEL', 'p-ks-ceo', 'bu-ks-fin'),
    person('p-ks-champ', 'Chris Champion', 'Director of Operations', 'DIRECTOR', 'p-ks-ceo', 'bu-ks-ops'),
    person(
      'p-ks-user',
      'Uma User',
      'Operations Analyst',
      'INDIVIDUAL_CONTRIBUTOR',
      'p-ks-champ',
      'bu-ks-ops',
    ),
    {
      ...person('p-ks-former', 'Fran Former', 'Head of Treasury', 'DIRECTOR', 'p-ks-cfo', 'bu-ks-fin'),
      status: 'DEPARTED',
      departedAt: '2026-11-01',
    },
  );
  records.roleAssignments.push(
    {
      personId: 'p-ks-champ',
      accountId: 'acc-ks',
      role: 'CHAMPION',
      since: '2025-01-01',
      until: null,
      source: 'crm',
    },
    // The CRM recorded Fran's departure but never closed her role.
    {
      personId: 'p-ks-former',
      accountId: 'acc-ks',
      role: 'CHAMPION',
      since: '2023-01-01',
      until: null,
      source: 'crm',
    },
  );
  records.coverage.push({
    teamMemberId: 'tm-ks',
    accountId: 'acc-ks',
    role: 'ACCOUNT_OWNER',
    since: '2025-01-01',
  });
  const contact = (
    id: string,
    personId: string,
    type: 'MEETING' | 'CALL' | 'EMAIL',
    direction: 'OUTBOUND' | 'INBOUND' | 'MUTUAL',
    daysAgo: number,
  ): PortfolioRecords['interactions'][number] => ({
    id,
    accountId: 'acc-ks',
    type,
    direction,
    occurredAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
    durationMinutes: type === 'EMAIL' ? null : 30,
    subject: null,
    teamMemberIds: ['tm-ks'],
    personIds: [personId],
  });
  records.interactions.push(
    contact('ks-1', 'p-ks-cfo', 'MEETING', 'MUTUAL', 30),
    contact('ks-2', 'p-ks-cfo', 'CALL', 'INBOUND', 10),
    contact('ks-3', 'p-ks-user', 'EMAIL', 'OUTBOUND', 90),
  );
  records.subscriptions.push({
    id: 'sub-ks-core',
    accountId: 'acc-ks',
    productId: 'prod-core',
    businessUnitId: null,
    seatsLicensed: 100,
    seatsUsed: 75,
    arr: 60_000,
    startDate: '2025-01-01',
    renewalDate: '2027-01-01',
    termMonths: 24,
    status: 'ACTIVE',
  });
  const reading = (id: string, date: string, activeSeats: number) => ({
    id,
    subscriptionId: 'sub-ks-core',
    businessUnitId: null,
    date,
    licensedSeats: 100,
    activeSeats,
    featuresAdopted: null,
    featuresAvailable: null,
  });
  records.usageSnapshots.push(reading('us-ks-sep', '2026-09-01', 70), reading('us-ks-oct', '2026-10-01', 75));
  return records;
}

/** Another tenant's graph, with ids of its own: the caller's tenant must never reach them. */
export function otherTenantPortfolio(): PortfolioRecords {
  const records = emptyPortfolio();
  records.products.push({ id: 'prod-x', name: 'Other Product', family: null, listPricePerSeat: 100 });
  records.teamMembers.push({
    id: 'tm-other',
    name: 'Olive Other',
    email: null,
    title: 'AE',
    managerId: null,
  });
  records.accounts.push({
    id: 'acc-other',
    name: 'Other Corp',
    industry: 'Retail',
    segment: 'SMB',
    region: 'EMEA',
    employeeCount: 50,
    annualRevenue: null,
    website: null,
    parentId: null,
    customerSince: '2024-01-01',
  });
  records.businessUnits.push({
    id: 'bu-other',
    accountId: 'acc-other',
    name: 'Ops',
    kind: 'DEPARTMENT',
    headcount: 10,
  });
  records.people.push({
    id: 'p-other',
    accountId: 'acc-other',
    businessUnitId: 'bu-other',
    name: 'Otto Other',
    email: null,
    title: 'COO',
    seniority: 'C_LEVEL',
    department: null,
    reportsToId: null,
    status: 'ACTIVE',
    startedAt: null,
    departedAt: null,
  });
  records.subscriptions.push({
    id: 'sub-other',
    accountId: 'acc-other',
    productId: 'prod-x',
    businessUnitId: null,
    seatsLicensed: 10,
    seatsUsed: 5,
    arr: 1000,
    startDate: '2025-01-01',
    renewalDate: '2026-12-31',
    termMonths: 12,
    status: 'ACTIVE',
  });
  return records;
}

/**
 * Everything a tenant's graph holds, as one sorted JSON string: every node (labels and
 * properties) and every relationship (type, properties, ends). Equal before and after a refused
 * mutation means nothing was left behind.
 */
export async function graphFingerprint(app: RunningApp, tenantId: string): Promise<string> {
  const rows = await app.db.read<{ node: unknown }>(
    {
      name: 'test/tenant-fingerprint',
      text: `MATCH (n {tenantId: $tenantId})
             CALL (n) {
               OPTIONAL MATCH (n)-[r]->(m)
               RETURN collect({type: type(r), properties: properties(r), to: m.id}) AS out
             }
             RETURN {labels: labels(n), properties: properties(n), out: out} AS node`,
    },
    tenantId,
  );
  return JSON.stringify(rows.map((r) => stableJson(r.node)).sort());
}

/** JSON with object keys sorted and lists sorted, so equal graphs give equal strings. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';

/** Runs one mutation as the given role of the tenant. */
export function mutate<T = Record<string, unknown>>(
  app: RunningApp,
  tenantId: string,
  query: string,
  input: Record<string, unknown>,
  role: Role = 'EDITOR',
): Promise<GraphQLResponse<T>> {
  return gql<T>(app, query, { input }, tokenFor(tenantId, role));
}

/** The first error's code and the rest of its extensions. */
export function firstError(result: GraphQLResponse): { code: unknown; message: string; extensions: object } {
  const error = result.errors?.[0];
  return {
    code: error?.extensions?.['code'],
    message: error?.message ?? '',
    extensions: error?.extensions ?? {},
  };
}

/** The fields class-validator named, e.g. ['weight']. */
export function invalidFields(result: GraphQLResponse): string[] {
  const fields = (result.errors?.[0]?.extensions?.['fields'] ?? []) as { field: string }[];
  return fields.map((f) => f.field);
}

export const RECORD_INTERACTION = `mutation($input: RecordInteractionInput!) {
  recordInteraction(input: $input) {
    id type direction occurredAt durationMinutes subject
    account { id }
    teamMembers { id name }
    stakeholders { id name }
  }
}`;

export const ASSIGN_ROLE = `mutation($input: AssignStakeholderRoleInput!) {
  assignStakeholderRole(input: $input) { role since until source stakeholder { id } account { id } }
}`;

export const END_ROLE = `mutation($input: EndStakeholderRoleInput!) {
  endStakeholderRole(input: $input) { role since until source stakeholder { id } account { id } }
}`;

export const ADD_INFLUENCE = `mutation($input: AddInfluenceInput!) {
  addInfluence(input: $input) {
    influence { weight kind source from { id } to { id } }
    previous { weight kind source }
  }
}`;

export const RECORD_OBJECTIVE = `mutation($input: RecordObjectiveInput!) {
  recordObjective(input: $input) {
    id title metric targetValue dueDate status
    account { id }
    owner { id name }
  }
}`;

export const RECORD_USAGE = `mutation($input: RecordUsageSnapshotInput!) {
  recordUsageSnapshot(input: $input) {
    snapshot { id date licensedSeats activeSeats featuresAdopted featuresAvailable utilisation businessUnit { id } }
    subscription { id seatsLicensed seatsUsed utilisation }
    seatsUsedUpdated
  }
}`;
