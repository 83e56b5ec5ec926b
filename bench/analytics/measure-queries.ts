import type { Driver } from 'neo4j-driver';
import type { RunningApp } from '../../src/app';
import type { Params, QueryEvent } from '../../src/db/cypher-executor';
import type { PortfolioQuery } from './portfolio-queries';

/** One GraphQL request end to end, with every Cypher query the executor ran for it. */
export interface RequestRun {
  endToEndMs: number;
  cypher: QueryEvent[];
  page: number;
  total: number;
  responseBytes: number;
}

export interface RawRun {
  /** Wall-clock time of the same statements through a bare driver session, one after another. */
  elapsedMs: number;
  serverMs: number;
}

/**
 * Sends one query to the running server over HTTP, as a client would, and collects the queries
 * the executor reports for the caller's tenant while it runs. Requests are sent one at a time, so
 * every query reported in the meantime belongs to this one.
 */
export async function runRequest(
  app: RunningApp,
  token: string,
  tenantId: string,
  query: PortfolioQuery,
  asOf: string,
): Promise<RequestRun> {
  const cypher: QueryEvent[] = [];
  const unsubscribe = app.db.onQuery((event) => {
    if (event.tenantId === tenantId) cypher.push(event);
  });
  try {
    const started = performance.now();
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: query.document, variables: query.variables(asOf) }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    const endToEndMs = performance.now() - started;
    if (body.errors?.length || !body.data) {
      throw new Error(`${query.label}: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
    }
    return { endToEndMs, cypher, ...query.returned(body.data), responseBytes: Buffer.byteLength(text) };
  } finally {
    unsubscribe();
  }
}

/**
 * The reference: the same Cypher text with the same parameters through a plain `neo4j-driver`
 * session (one read transaction each, as the executor runs them), records left as the driver
 * decodes them. What it lacks against the request is the API: HTTP, GraphQL, services, scoring
 * and the executor's value conversion. Statements run one after another; the API runs some side
 * by side, which is why a request can beat the sum of its parts.
 */
export async function replayRaw(
  driver: Driver,
  database: string,
  statements: readonly { text: string; params: Params }[],
): Promise<RawRun> {
  let serverMs = 0;
  const started = performance.now();
  for (const statement of statements) {
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(statement.text, statement.params));
      serverMs +=
        result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber();
    } finally {
      await session.close();
    }
  }
  return { elapsedMs: performance.now() - started, serverMs };
}
