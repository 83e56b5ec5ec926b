import { Agent, request } from 'node:http';
import type { Target } from './http-load';

/**
 * GraphQL over HTTP the way a server-side client would call it: node:http on one kept-alive
 * connection per target, the answer read whole and parsed. The benches timed their GraphQL
 * requests with `fetch` (undici) until round 5; in the same process as the servers, its own
 * CPU (WHATWG streams, header objects, body mixins) was charged to every HTTP request and to
 * nothing the raw driver does: ~7% of the map's sampled CPU through our API (docs/performance.md,
 * "Round 5: stakeholder map"). bench:api keeps one fetch row to show what the client costs.
 */
export class JsonClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  post<T>(target: Target, query: string, variables: Record<string, unknown>): Promise<T> {
    const payload = JSON.stringify({ query, variables });
    return new Promise<T>((resolve, reject) => {
      const req = request(
        target.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...target.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                data?: T;
                errors?: unknown[];
              };
              if (body.errors || !body.data)
                reject(new Error(`${target.url}: ${JSON.stringify(body.errors)}`));
              else resolve(body.data);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
