import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { DEMO_AS_OF, demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';
import { launchBrowser, SCREENSHOT_DIR, type TestBrowser } from './browser';

/** The demo's pinned situations (README), generated exactly as `npm start` seeds them. */
const DEMO_INDICES = [1, 3, 5, 7, 9, 11];
const CHAMPION_LEFT = 'acc-0005';
const SINGLE_THREADED = 'acc-0007';
const BROWSER_WAIT_MS = 240_000;
jest.setTimeout(2 * BROWSER_WAIT_MS);

/** Each person box on the page, read in the browser. */
interface Drawn {
  id: string;
  status: string;
  critical: boolean;
  label: string;
  focusable: boolean;
  fill: string;
  text: string;
}
const DRAWN = `[...document.querySelectorAll('[data-person-id]')].map((el) => ({
  id: el.getAttribute('data-person-id'),
  status: el.getAttribute('data-status'),
  critical: el.getAttribute('data-critical') === 'true',
  label: el.getAttribute('aria-label') ?? '',
  focusable: el.getAttribute('tabindex') === '0',
  fill: el.querySelector('rect')?.getAttribute('fill') ?? '',
  text: el.textContent ?? '',
}))`;
const ROWS = `[...document.querySelectorAll('tr[data-account-id]')].map((tr) => ({
  id: tr.getAttribute('data-account-id'),
  text: tr.textContent ?? '',
  arr: Number(tr.querySelector('td.num').textContent.replace(/[^0-9.]/g, '')),
}))`;

interface MapNode {
  id: string;
  side: string;
  name: string;
  status: string;
}

/**
 * The web app in a real browser (the system's headless Chromium) against the real server and
 * Neo4j, authenticated with a bearer token as a JWT deployment would be.
 */
describe('web app in a browser', () => {
  let app: RunningApp;
  let origin: string;
  let chromium: TestBrowser;
  let page: Page;
  const tenant = testTenant('web');
  const editor = tokenFor(tenant, 'EDITOR');
  const records = demoAccounts(DEMO_INDICES);

  const map = async (accountId: string) => {
    const result = await gql<{ stakeholderMap: { nodes: MapNode[] } }>(
      app,
      `query($id: ID!) { stakeholderMap(accountId: $id) { nodes { id side name status } } }`,
      { id: accountId },
      editor,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.stakeholderMap.nodes;
  };
  const drawn = async () => (await page.evaluate(DRAWN)) as Drawn[];
  const openAccount = async (accountId: string) => {
    await page.goto(`${origin}/accounts/${accountId}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('svg[data-layout-ready="true"] [data-person-id]');
  };

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    origin = new URL(app.url).origin;
    await seedTenant(app.db, tenant, records);
    chromium = await launchBrowser();
    page = await chromium.browser.newPage();
    // Generous limits: the machine may be busy; nothing here asserts how long anything takes.
    page.setDefaultTimeout(BROWSER_WAIT_MS);
    // The token the app sends as a bearer, as a person would paste it into the token field.
    await page.evaluateOnNewDocument(
      `sessionStorage.setItem('stakeholder-intelligence.token', ${JSON.stringify(editor)});`,
    );
  }, 600_000);
  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  it('serves the app shell offline with a strict content policy, and leaves the API routes alone', async () => {
    const shell = await fetch(`${origin}/accounts/${CHAMPION_LEFT}`, { headers: { accept: 'text/html' } });
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await shell.text();
    expect(html).toContain('/app/main.js');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fetch(`${origin}/app/main.js`)).status).toBe(200);
    expect((await fetch(`${origin}/app/missing.js`)).status).toBe(404);
    // The calendar document route under /accounts/:id/ still answers, and still wants a token.
    expect((await fetch(`${origin}/accounts/${CHAMPION_LEFT}/engagement-calendar.ics`)).status).toBe(401);
  });

  it('lists the demo accounts on the portfolio page', async () => {
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('tr[data-account-id]');
    const rows = (await page.evaluate(ROWS)) as { id: string; text: string; arr: number }[];
    expect(rows.map((r) => r.id).sort()).toEqual(records.accounts.map((a) => a.id).sort());
    for (const account of records.accounts) {
      expect(rows.find((r) => r.id === account.id)!.text).toContain(account.name);
    }
    // Largest first by default; every row shows a health band and a threading-risk level.
    const arr = rows.map((r) => r.arr);
    expect(arr).toEqual([...arr].sort((a, b) => b - a));
    for (const row of rows) expect(row.text).toMatch(/(GREEN|YELLOW|RED|no data).*(LOW|MEDIUM|HIGH)/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'portfolio.png') });

    // Filtering asks the server again.
    await page.type('input[type="search"]', 'zzz-no-such-account');
    await page.waitForFunction(`document.querySelectorAll('tr[data-account-id]').length === 0`);
  });

  it('draws every person of the champion-left account, greys the departed champion and marks exactly the critical people', async () => {
    const nodes = await map(CHAMPION_LEFT);
    const roles = await gql<{
      account: {
        stakeholderRoles: { role: string; stakeholder: { id: string; status: string; departedAt: string } }[];
      };
      threadingRisk: { criticalPeople: { stakeholder: { id: string } }[] };
    }>(
      app,
      `query($id: ID!) {
        account(id: $id) { stakeholderRoles(includeEnded: true) { role stakeholder { id status departedAt } } }
        threadingRisk(accountId: $id) { criticalPeople { stakeholder { id } } }
      }`,
      { id: CHAMPION_LEFT },
      editor,
    );
    const champion = roles.data!.account.stakeholderRoles.find(
      (r) => r.role === 'CHAMPION' && r.stakeholder.status === 'DEPARTED',
    )!.stakeholder;
    // On the demo data nobody at acc-0005 is critical any more (the champion's loss is what
    // the page shows there); the highlighting itself is checked on acc-0007 below.
    const critical = roles.data!.threadingRisk.criticalPeople.map((c) => c.stakeholder.id).sort();

    await openAccount(CHAMPION_LEFT);
    const people = await drawn();
    expect(people).toHaveLength(nodes.length);
    expect(people.map((p) => p.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    for (const p of people) {
      expect(p.focusable).toBe(true);
      expect(p.label.startsWith(nodes.find((n) => n.id === p.id)!.name)).toBe(true);
    }

    const drawnChampion = people.find((p) => p.id === champion.id)!;
    expect(drawnChampion.status).toBe('DEPARTED');
    expect(drawnChampion.fill).toBe('#e9ecf0');
    expect(drawnChampion.text).toContain(`Left ${champion.departedAt}`);
    expect(
      people
        .filter((p) => p.critical)
        .map((p) => p.id)
        .sort(),
    ).toEqual(critical);
    for (const p of people.filter((x) => x.critical)) expect(p.text).toContain('CRITICAL');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `account-${CHAMPION_LEFT}.png`) });

    // A person's panel opens on click, with their role history.
    await page.click(`[data-person-id="${champion.id}"]`);
    await page.waitForSelector(`[data-panel-person-id="${champion.id}"]`);
    await page.waitForFunction(`document.querySelector('.person-panel')?.textContent?.includes('Champion')`);
  });

  it('highlights the critical person of the single-threaded account, and only them', async () => {
    const result = await gql<{ threadingRisk: { criticalPeople: { stakeholder: { id: string } }[] } }>(
      app,
      `query($id: ID!) { threadingRisk(accountId: $id) { criticalPeople { stakeholder { id } } } }`,
      { id: SINGLE_THREADED },
      editor,
    );
    const critical = result.data!.threadingRisk.criticalPeople.map((c) => c.stakeholder.id).sort();
    expect(critical.length).toBeGreaterThan(0);
    await openAccount(SINGLE_THREADED);
    const people = await drawn();
    expect(people).toHaveLength((await map(SINGLE_THREADED)).length);
    expect(
      people
        .filter((p) => p.critical)
        .map((p) => p.id)
        .sort(),
    ).toEqual(critical);
    for (const p of people.filter((x) => x.critical)) {
      expect(p.text).toContain('CRITICAL');
      expect(p.label).toContain('critical');
    }
    // The gap is named beside the picture.
    expect(await page.$$('[data-gap="CRITICAL_PERSON"]')).toHaveLength(critical.length);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `account-${SINGLE_THREADED}.png`) });
  });

  it('records a departure from the page, and the picture changes', async () => {
    const before = await map(CHAMPION_LEFT);
    const leaver = before.find((n) => n.side === 'CUSTOMER' && n.status === 'ACTIVE')!;
    await openAccount(CHAMPION_LEFT);
    const departedBefore = (await drawn()).filter((p) => p.status === 'DEPARTED').length;

    await page.click(`[data-person-id="${leaver.id}"]`);
    await page.waitForSelector('form[data-form="departure"]');
    // "Set the manager" is offered exactly when the server has setReportingLine (introspection).
    const schema = await gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      app,
      '{ __schema { mutationType { fields { name } } } }',
      {},
      editor,
    );
    const hasSetManager = schema.data!.__schema.mutationType.fields.some(
      (f) => f.name === 'setReportingLine',
    );
    await page.waitForSelector('form[data-form="influence"]');
    await page.waitForNetworkIdle();
    expect(await page.$$('form[data-form="manager"]')).toHaveLength(hasSetManager ? 1 : 0);
    // The server judges dates by its clock (the demo day); set the field as a person would.
    await page.evaluate(`{
      const input = document.querySelector('form[data-form="departure"] input[type="date"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(DEMO_AS_OF)});
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }`);
    await page.click('form[data-form="departure"] button[type="submit"]');
    await page.waitForFunction(
      `document.querySelector('[data-person-id="${leaver.id}"]')?.getAttribute('data-status') === 'DEPARTED'`,
    );
    const after = await drawn();
    expect(after.filter((p) => p.status === 'DEPARTED')).toHaveLength(departedBefore + 1);
    expect(after.find((p) => p.id === leaver.id)!.text).toContain(`Left ${DEMO_AS_OF}`);
    expect((await map(CHAMPION_LEFT)).find((n) => n.id === leaver.id)!.status).toBe('DEPARTED');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `account-${CHAMPION_LEFT}-after-departure.png`) });
  });
});
