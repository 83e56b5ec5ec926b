/** One GraphQL operation the warm-up sends, as a client would. */
export interface WarmUpOperation {
  /** For the request id and the error message. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface HttpWarmUpReport {
  requests: number;
  ms: number;
}

/**
 * The server's own GraphQL endpoint over loopback: a server listening on every interface
 * (0.0.0.0, ::) answers there too, one listening on a single address answers on that one.
 */
export function loopbackGraphQLUrl(host: string, port: number, path: string): string {
  const address = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '[::1]' : host;
  const bracketed = address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
  return `http://${bracketed}:${port}${path}`;
}

/**
 * Sends each operation `rounds` times to the running server's GraphQL endpoint, one after
 * another, down the whole path a client's request takes: the HTTP lane, the hardening
 * middleware, body parsing, Apollo's pipeline and plugins (the cost estimate, the operation
 * guard, error formatting), the executor and the serialisation of the answer. The in-process
 * warm-up (src/graphql/warm-up-operations.ts) reaches only the executor and below; what it
 * leaves cold is first-use work in Node (V8 compiling those code paths, the cost estimator's
 * first walk of a large document) that the first user's request would otherwise pay. Each
 * request carries an X-Request-Id naming the warm-up, so its access-log lines say what they
 * are. An answer with errors throws the first one.
 */
export async function warmUpOverHttp(
  url: string,
  operations: readonly WarmUpOperation[],
  { rounds, authorization }: { rounds: number; authorization?: string },
): Promise<HttpWarmUpReport> {
  const started = performance.now();
  let requests = 0;
  for (let round = 1; round <= rounds; round += 1) {
    for (const operation of operations) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': `start-up-warm-up:${operation.name}:${round}`,
          ...(authorization === undefined ? {} : { authorization }),
        },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      });
      requests += 1;
      const body = (await response.json()) as { errors?: { message?: string }[] };
      const error = body.errors?.[0];
      if (!response.ok || error !== undefined) {
        throw new Error(
          `Warm-up request ${operation.name} answered ${response.status}: ${error?.message ?? 'no data'}`,
        );
      }
    }
  }
  return { requests, ms: Math.round(performance.now() - started) };
}
