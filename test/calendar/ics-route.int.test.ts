import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import type { RunningApp } from '../../src/app';
import { Authenticator } from '../../src/auth/authenticator';
import { createLogger } from '../../src/config/logger';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { createHttpServer, type HttpServer } from '../../src/http/server';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';
import { calendarClock, calendarPortfolio } from './calendar-fixtures';

/** The engagement calendar as an .ics file, through real HTTP, on the hand-built Calloway Foods. */
describe('GET /accounts/:accountId/engagement-calendar.ics', () => {
  let app: RunningApp;
  const tenant = testTenant('calendar-ics');
  const token = tokenFor(tenant);
  const base = () => app.url.replace(/\/graphql$/, '');
  const get = (path: string, bearer: string | null = token) =>
    fetch(`${base()}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));

  beforeAll(async () => {
    app = await startTestApp({}, calendarClock);
    await seedTenant(app.db, tenant, calendarPortfolio());
  }, 300_000);
  afterAll(() => app.stop());

  it('serves the calendar as text/calendar that an independent parser reads back into the touchpoints', async () => {
    const response = await get('/accounts/acc-cal/engagement-calendar.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="acc-cal-engagement-calendar.ics"',
    );
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // RFC 5545: lines of at most 75 octets, CRLF-separated.
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);

    const graph = await gql<{
      engagementCalendar: {
        icalendar: string;
        touchpoints: { edges: { node: { id: string; date: string; kind: string; title: string } }[] };
      };
    }>(
      app,
      `{ engagementCalendar(accountId: "acc-cal") { icalendar touchpoints(first: 100) { edges { node { id date kind title } } } } }`,
      {},
      token,
    );
    const { icalendar, touchpoints } = graph.data!.engagementCalendar;
    // The route and the GraphQL field are the same service: the same text.
    expect(icalendar).toBe(text);
    const parsed = events(text);
    expect(
      parsed.map((e) => [
        e.uid,
        e.startDate.toString(),
        e.summary,
        e.component.getFirstPropertyValue('categories'),
      ]),
    ).toEqual(
      touchpoints.edges.map(({ node }) => [
        `${node.id}@${tenant}.engagement-calendar`,
        node.date,
        node.title,
        node.kind,
      ]),
    );
    expect(parsed).toHaveLength(14);

    const qbr = parsed.find((e) => e.uid.startsWith('acc-cal:qbr:1@'))!;
    expect(qbr.startDate.isDate).toBe(true);
    expect(String(qbr.component.getFirstPropertyValue('organizer'))).toBe('mailto:avery@us.example');
    expect(qbr.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:p-clara@calloway.example',
      'mailto:p-victor@calloway.example',
      'mailto:p-dana@calloway.example',
      'mailto:eve@us.example',
      'mailto:casey@us.example',
    ]);
    expect(qbr.description).toContain(
      'MID_MARKET: a business review every 182 days; last QBR on 2026-06-10 (int-cal-20)',
    );
  });

  it('plans the window asked for', async () => {
    const response = await get('/accounts/acc-cal/engagement-calendar.ics?from=2026-12-01&to=2026-12-31');
    expect(response.status).toBe(200);
    const dates = events(await response.text()).map((e) => e.startDate.toString());
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d >= '2026-12-01' && d <= '2026-12-31')).toBe(true);
    expect(dates).toContain('2026-12-09');
  });

  it.each([
    ['/accounts/acc-cal/engagement-calendar.ics', false, 401, 'UNAUTHENTICATED', undefined],
    ['/accounts/acc-nowhere/engagement-calendar.ics', true, 404, 'NOT_FOUND', undefined],
    ['/accounts/acc-cal/engagement-calendar.ics?from=2026-13-01', true, 400, 'BAD_USER_INPUT', 'from'],
    [
      '/accounts/acc-cal/engagement-calendar.ics?from=2026-12-10&to=2026-12-01',
      true,
      400,
      'BAD_USER_INPUT',
      'to',
    ],
    [
      '/accounts/acc-cal/engagement-calendar.ics?asOf=2026-11-20&asOf=2026-11-21',
      true,
      400,
      'BAD_USER_INPUT',
      'asOf',
    ],
  ])('%s (with a token: %s) answers %i %s', async (path, withToken, status, code, field) => {
    const response = await get(path, withToken ? token : null);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; field?: string } }[];
      error: { code: string; message: string; field?: string };
    };
    // The HTTP layer's one envelope (src/http/errors.ts), as /graphql answers.
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe(code);
    expect(body.errors[0]!.message.length).toBeGreaterThan(10);
    if (field) expect(body.errors[0]!.extensions.field).toBe(field);
    // The deprecated pre-envelope shape repeats it.
    expect(body.error).toEqual({ message: body.errors[0]!.message, ...body.errors[0]!.extensions });
    if (status === 401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="stakeholder-api"');
  });

  it('refuses a bad date with what is wrong', async () => {
    const body = (await (await get('/accounts/acc-cal/engagement-calendar.ics?to=tomorrow')).json()) as {
      errors: { message: string }[];
    };
    expect(body.errors[0]!.message).toBe("to must be a date written YYYY-MM-DD, not 'tomorrow'");
  });

  it('serves the demo tenant without a token in development mode, like /graphql', async () => {
    let dev: HttpServer | undefined;
    try {
      dev = await createHttpServer({
        schema: buildGraphQLSchema(),
        services: app.services,
        authenticator: new Authenticator({
          authMode: 'dev',
          jwtSecret: undefined,
          jwtIssuer: undefined,
          jwtAudience: undefined,
          demoTenant: tenant,
        }),
        databaseUp: () => Promise.resolve(true),
        logger: createLogger('silent', false),
        maxQueryDepth: 12,
        maxQueryComplexity: 5000,
        corsOrigins: [],
        graphqlIde: false,
        devMode: true,
      });
      await new Promise<void>((resolve) => dev!.server.listen(0, '127.0.0.1', resolve));
      const { port } = dev.server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/accounts/acc-cal/engagement-calendar.ics`);
      expect(response.status).toBe(200);
      expect(events(await response.text())).toHaveLength(14);
    } finally {
      await dev?.stop();
      await new Promise((resolve) => dev?.server.close(resolve) ?? resolve(undefined));
    }
  });
});
