import type { RunningApp } from '../../src/app';
import { gql, tokenFor, type GraphQLResponse } from '../support/app';

/** "Today" for every map mutation test. */
export const NOW = new Date('2026-11-22T12:00:00Z');

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';

/** A client of one tenant: runs operations with that tenant's token. */
export function clientFor(app: RunningApp, tenantId: string, role: Role = 'EDITOR') {
  const token = tokenFor(tenantId, role);
  return <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(app, query, variables, token);
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(result: GraphQLResponse<T>): T {
  if (result.errors?.length || result.data === undefined) {
    throw new Error(`Expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Every node and outgoing relationship of a tenant, as one comparable string. */
export async function fingerprint(app: RunningApp, tenantId: string): Promise<string> {
  const rows = await app.db.read<{ node: unknown }>(
    {
      name: 'test/map-fingerprint',
      text: `MATCH (n {tenantId: $tenantId})
             CALL (n) {
               OPTIONAL MATCH (n)-[r]->(m)
               RETURN collect({type: type(r), properties: properties(r), to: m.id}) AS out
             }
             RETURN {labels: labels(n), properties: properties(n), out: out} AS node`,
    },
    tenantId,
  );
  return JSON.stringify(rows.map((r) => JSON.stringify(r.node, Object.keys(r.node as object).sort())).sort());
}

export const M = {
  createAccount: `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id globalId name industry segment parent { id } archivedAt } }`,
  updateAccount: `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id name employeeCount parent { id } } }`,
  archiveAccount: `mutation($input: IdInput!) { archiveAccount(input: $input) { id archivedAt } }`,
  createBusinessUnit: `mutation($input: CreateBusinessUnitInput!) { createBusinessUnit(input: $input) { id name kind headcount } }`,
  updateBusinessUnit: `mutation($input: UpdateBusinessUnitInput!) { updateBusinessUnit(input: $input) { id name headcount } }`,
  createStakeholder: `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id globalId name email title seniority department status businessUnit { id } manager { id } } }`,
  updateStakeholder: `mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { id title seniority department status businessUnit { id } } }`,
  setReportingLine: `mutation($input: SetReportingLineInput!) { setReportingLine(input: $input) { id manager { id } } }`,
  clearReportingLine: `mutation($input: ClearReportingLineInput!) { clearReportingLine(input: $input) { id manager { id } } }`,
  mergeStakeholders: `mutation($input: MergeStakeholdersInput!) { mergeStakeholders(input: $input) { mergedIds stakeholder { id email roles(includeEnded: true) { role since until } influences { weight to { id } } } } }`,
  eraseStakeholder: `mutation($input: IdInput!) { eraseStakeholder(input: $input) { erasedId interactionsAnonymised rolesRemoved influencesRemoved recordsKept account { id } } }`,
  createProduct: `mutation($input: CreateProductInput!) { createProduct(input: $input) { id name family listPricePerSeat } }`,
  updateProduct: `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id name listPricePerSeat } }`,
  createSubscription: `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { id seatsLicensed seatsUsed arr startDate renewalDate status product { id } businessUnit { id } } }`,
  updateSubscription: `mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { id seatsLicensed seatsUsed arr renewalDate } }`,
  createOpportunity: `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id name type stage status amount closeDate account { id } product { id } contactRoles { role isPrimary stakeholder { id } } } }`,
  updateOpportunity: `mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { id stage status contactRoles { role stakeholder { id } } } }`,
  assignRole: `mutation($input: AssignStakeholderRoleInput!) { assignStakeholderRole(input: $input) { role since } }`,
  addInfluence: `mutation($input: AddInfluenceInput!) { addInfluence(input: $input) { influence { weight } } }`,
  recordInteraction: `mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }`,
};
