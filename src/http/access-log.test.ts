import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { currentScope, openRequestScope } from '../observability/request-scope';
import { accessLog } from './observability-routes';

/** A server with the request scope and the access log in front of two routes, logging into `lines`. */
async function serve(
  level: string,
  lines: Record<string, unknown>[],
): Promise<{ url: string; server: Server }> {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  // As src/config/logger.ts: lines written inside a request's scope carry its id from the mixin.
  const mixin = () => {
    const scope = currentScope();
    return scope === undefined ? {} : { reqId: scope.id };
  };
  const logger = pino({ level, base: undefined, mixin }, stream);
  const app = express();
  app.use(openRequestScope(60_000), accessLog(logger));
  app.get('/ok', (_req, res) => void res.json({ ok: true }));
  app.get('/broken', (_req, res) => void res.status(503).end());
  app.get('/metrics', (_req, res) => void res.end('metrics'));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('accessLog', () => {
  it('writes one line per request with the fields pino-http wrote, at the level of its status', async () => {
    const lines: Record<string, unknown>[] = [];
    const { url, server } = await serve('info', lines);
    try {
      const ok = await fetch(`${url}/ok?x=1`, { headers: { authorization: 'Bearer secret-token' } });
      await ok.text();
      await (await fetch(`${url}/broken`)).text();
      await (await fetch(`${url}/metrics`)).text();
      await new Promise((resolve) => setImmediate(resolve));
      expect(lines).toHaveLength(2); // /metrics logs at debug
      const [first, second] = lines;
      expect(first).toMatchObject({
        level: 30,
        msg: 'request completed',
        req: { method: 'GET', url: '/ok?x=1', remoteAddress: '127.0.0.1' },
        res: { statusCode: 200 },
        reqId: ok.headers.get('x-request-id'),
      });
      expect(typeof first!['responseTime']).toBe('number');
      // The token is a credential: never in the access log.
      expect(JSON.stringify(lines)).not.toContain('secret-token');
      expect(second).toMatchObject({ level: 50, msg: 'request errored', res: { statusCode: 503 } });
      expect(second!['err']).toMatchObject({ message: 'failed with status code 503' });
    } finally {
      server.close();
    }
  });

  it('writes nothing, and listens for nothing, when its levels are off', async () => {
    const lines: Record<string, unknown>[] = [];
    const { url, server } = await serve('fatal', lines);
    try {
      await (await fetch(`${url}/broken`)).text();
      await new Promise((resolve) => setImmediate(resolve));
      expect(lines).toEqual([]);
    } finally {
      server.close();
    }
  });
});
