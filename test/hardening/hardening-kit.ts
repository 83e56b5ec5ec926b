import type { RunningApp } from '../../src/app';

export interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  ms: number;
  /** What the server says it spent (Server-Timing), without the network and the test's own load. */
  serverMs: number;
}

/** POSTs a GraphQL document and keeps status, headers, body and the wall time it took. */
export async function post(
  app: RunningApp,
  query: string,
  token?: string,
  variables: Record<string, unknown> = {},
): Promise<RawResponse> {
  const started = performance.now();
  const response = await fetch(app.url, {
    method: 'POST',
    // The GraphQL-over-HTTP response type (Apollo Client, urql and graphql-http send it): with it a
    // refused request answers its 4xx status; a plain application/json client gets 200 and errors.
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as RawResponse['body'];
  const serverMs = Number(/app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
  return {
    status: response.status,
    headers: response.headers,
    body,
    ms: performance.now() - started,
    serverMs,
  };
}

/** `{ a0: accountPlan(accountId: "…") { __typename } a1: … }`: the attack from the issue. */
export function aliasedPlans(count: number, accountId: string): string {
  const fields = Array.from(
    { length: count },
    (_, i) => `a${i}: accountPlan(accountId: "${accountId}") { __typename }`,
  );
  return `{ ${fields.join(' ')} }`;
}

/** The sum of a Prometheus metric's samples that carry these labels, 0 when absent. */
export function sample(metricsText: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) {
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

export async function metricsOf(app: RunningApp): Promise<string> {
  return (await fetch(new URL('/metrics', app.url))).text();
}
