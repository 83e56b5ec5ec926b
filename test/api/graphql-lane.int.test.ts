import { gzipSync } from 'node:zlib';
import type { RunningApp } from '../../src/app';
import { startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { postRaw as send, type RawAnswer as Answer } from '../support/raw-http';

/**
 * POST /graphql is served by the lane in front of Express (src/http/graphql-lane.ts); POST
 * /graphql/ still goes through Express's router to the same handlers. Both must answer alike,
 * and what the lane hands back to body-parser (other encodings, chunked bodies) must still work.
 */
describe('the GraphQL lane', () => {
  let app: RunningApp;
  const token = tokenFor(testTenant('graphql-lane'));
  const json = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const query = JSON.stringify({ query: '{ __typename }' });

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers as the Express route does: same status, body and headers (but the ETag)', async () => {
    const lane = await send(app.url, query, json);
    const express = await send(`${app.url}/`, query, json);
    expect(lane.status).toBe(200);
    expect(lane.body).toBe('{"data":{"__typename":"Query"}}\n');
    expect(express.status).toBe(200);
    expect(express.body).toBe(lane.body);
    const names = (a: Answer) =>
      Object.keys(a.headers)
        .filter((h) => h !== 'etag')
        .sort();
    expect(names(lane)).toEqual(names(express));
    for (const header of ['x-request-id', 'server-timing', 'ratelimit', 'ratelimit-policy', 'content-type'])
      expect(lane.headers[header]).toBeDefined();
    expect(lane.headers['content-type']).toBe(express.headers['content-type']);
    expect(lane.headers['content-length']).toBe(String(Buffer.byteLength(lane.body)));
  });

  it('keeps a caller-given request id and answers an unauthenticated request with 401', async () => {
    const id = 'lane-test-request-0001';
    const answer = await send(app.url, query, { ...json, 'x-request-id': id });
    expect(answer.headers['x-request-id']).toBe(id);
    const refused = await send(app.url, query, { 'content-type': 'application/json' });
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('reads UTF-8 with a charset and a byte-order mark, gzip and chunked bodies', async () => {
    const ok = '{"data":{"__typename":"Query"}}\n';
    const withCharset = await send(app.url, `\uFEFF${query}`, {
      ...json,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(withCharset.body).toBe(ok);
    const gzipped = await send(app.url, gzipSync(query), { ...json, 'content-encoding': 'gzip' });
    expect(gzipped.body).toBe(ok);
    const chunked = await send(app.url, query, json, true);
    expect(chunked.body).toBe(ok);
  });

  it('refuses what body-parser refused, in the same words: not JSON, not an object, too large, another charset', async () => {
    const code = (a: Answer) =>
      (JSON.parse(a.body) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;
    for (const body of ['{"query": ', '"{ __typename }"', '42']) {
      const lane = await send(app.url, body, json);
      const express = await send(`${app.url}/`, body, json);
      expect([lane.status, lane.body]).toEqual([express.status, express.body]);
      expect(lane.status).toBe(400);
      expect(code(lane)).toBe('BAD_REQUEST');
    }
    const large = await send(
      app.url,
      JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }),
      json,
    );
    expect(large.status).toBe(413);
    expect(code(large)).toBe('PAYLOAD_TOO_LARGE');
    const latin = await send(app.url, query, { ...json, 'content-type': 'application/json; charset=latin1' });
    expect(latin.status).toBe(415);
  });
});
