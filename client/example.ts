import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  PortfolioDocument,
  SetReportingLineDocument,
  StakeholderMapDocument,
  type StakeholderMapQuery,
} from './generated/graphql';

/**
 * A front end's starting point: every operation is a `.graphql` document, and its result and
 * variables are types generated from the schema, so a renamed field fails `tsc`, not a screen.
 */
export async function request<Result, Variables>(
  url: string,
  token: string | null,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || body.data === undefined) {
    throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  }
  return body.data;
}

/** The largest accounts' names and ARR, typed end to end. */
export async function largestAccounts(url: string, token: string | null): Promise<string[]> {
  const data = await request(url, token, PortfolioDocument, { first: 5, segment: 'ENTERPRISE' });
  return data.accounts.edges.map(({ node }) => `${node.name}: ${node.arr}`);
}

/** Who reports to whom on an account's map. */
export async function reportingEdges(
  url: string,
  token: string | null,
  accountId: string,
): Promise<string[]> {
  const data: StakeholderMapQuery = await request(url, token, StakeholderMapDocument, { accountId });
  return data.stakeholderMap.edges
    .filter((e) => e.kind === 'REPORTS_TO')
    .map((e) => `${e.source} → ${e.target}`);
}

/** Moves a person under a new manager; a cycle comes back as an error naming the loop. */
export async function moveUnder(url: string, token: string, stakeholderId: string, managerId: string) {
  const data = await request(url, token, SetReportingLineDocument, { stakeholderId, managerId });
  return data.setReportingLine.manager?.name ?? null;
}
