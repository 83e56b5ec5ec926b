import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A bare Node HTTP server answering what `{ __typename }` answers: the floor any GraphQL server on
 * Node stands on, measured with the same client in the same run.
 */
export async function startBareServer(): Promise<{ url: string; server: Server }> {
  const body = JSON.stringify({ data: { __typename: 'Query' } });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, server };
}

export interface Target {
  url: string;
  headers: Record<string, string>;
}

/** One POST over a kept-alive connection; resolves with the status once the body is read. */
function post(agent: Agent, target: Target, payload: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      target.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...target.headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * `total` requests with `concurrency` in flight (a bounded loop), timed: requests per second.
 * Fails on any non-200 answer, so a broken server cannot look fast.
 */
export async function requestsPerSecond(
  target: Target,
  payload: string,
  total: number,
  concurrency: number,
): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      sent += 1;
      const status = await post(agent, target, payload);
      if (status !== 200) throw new Error(`${target.url} answered ${status}`);
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return total / ((performance.now() - started) / 1000);
}
