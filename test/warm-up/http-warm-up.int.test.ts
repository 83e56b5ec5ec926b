import { Writable } from 'node:stream';
import pino from 'pino';
import type { RunningApp } from '../../src/app';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { accountPlanWarmUpDocument } from '../../src/graphql/warm-up-operations';
import { loopbackGraphQLUrl, warmUpOverHttp } from '../../src/http/http-warm-up';
import { currentScope } from '../../src/observability/request-scope';
import { startTestApp } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

type Line = Record<string, unknown>;

/** A logger at info level whose lines land in `lines`, parsed. */
function collectingLogger(lines: Line[]) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  // As src/config/logger.ts: lines written inside a request's scope carry its id.
  const mixin = () => {
    const scope = currentScope();
    return scope === undefined ? {} : { reqId: scope.id };
  };
  return pino({ level: 'info', base: undefined, mixin }, stream);
}

describe('the start-up warm-up over HTTP', () => {
  const tenant = testTenant('http-warm-up');
  let seeder: RunningApp;
  let accountId: string;

  beforeAll(async () => {
    seeder = await startTestApp({ WARM_UP: 'false' }, demoClock);
    const records = demoAccounts([2]);
    accountId = records.accounts[0]!.id;
    await seedTenant(seeder.db, tenant, records);
  }, 300_000);
  afterAll(() => seeder.stop());

  it('sends the plan of the warmed account through the whole request path, with a token the server signs itself', async () => {
    const lines: Line[] = [];
    const app = await startTestApp(
      { WARM_UP: 'true', WARM_UP_TENANT: tenant },
      demoClock,
      collectingLogger(lines),
    );
    try {
      const warmedUp = lines.find((line) => line['msg'] === 'API warmed up over HTTP');
      expect(lines.filter((line) => line['msg'] === 'Warm-up over HTTP failed')).toEqual([]);
      expect(warmedUp).toMatchObject({ requests: 2 });
      // Each went down the request path a client's takes: the access log wrote it, answered 200,
      // under a request id naming the warm-up.
      const requests = lines.filter((line) =>
        String(line['reqId']).startsWith('start-up-warm-up:accountPlan:'),
      );
      const logged = requests.filter(
        (line) => (line['res'] as { statusCode?: number } | undefined)?.statusCode,
      );
      expect(logged.map((line) => (line['res'] as { statusCode: number }).statusCode)).toEqual([200, 200]);
      const warmedAccount = lines.find((line) => line['msg'] === 'Common screens warmed up');
      expect(warmedAccount).toMatchObject({ accountId });
    } finally {
      await app.stop();
    }
  }, 300_000);

  it('says which request failed and how, instead of warming silently nothing', async () => {
    const schema = buildGraphQLSchema();
    const plan = {
      name: 'accountPlan',
      query: accountPlanWarmUpDocument(schema),
      variables: { id: accountId },
    };
    const url = loopbackGraphQLUrl('127.0.0.1', Number(new URL(seeder.url).port), '/graphql');
    // Without a token, a server in JWT mode refuses it.
    await expect(warmUpOverHttp(url, [plan], { rounds: 1 })).rejects.toThrow(
      /Warm-up request accountPlan answered 401: Missing bearer token/,
    );
    // A document the schema refuses.
    await expect(
      warmUpOverHttp(url, [{ name: 'broken', query: '{ noSuchField }', variables: {} }], {
        rounds: 1,
        authorization: 'Bearer x',
      }),
    ).rejects.toThrow(/Warm-up request broken answered 4\d\d/);
  }, 120_000);

  it('finds the server on loopback whatever address it listens on', () => {
    expect(loopbackGraphQLUrl('0.0.0.0', 4000, '/graphql')).toBe('http://127.0.0.1:4000/graphql');
    expect(loopbackGraphQLUrl('::', 4000, '/graphql')).toBe('http://[::1]:4000/graphql');
    expect(loopbackGraphQLUrl('127.0.0.1', 4000, '/graphql')).toBe('http://127.0.0.1:4000/graphql');
    expect(loopbackGraphQLUrl('::1', 4000, '/graphql')).toBe('http://[::1]:4000/graphql');
    expect(loopbackGraphQLUrl('10.0.0.5', 80, '/graphql')).toBe('http://10.0.0.5:80/graphql');
  });
});
