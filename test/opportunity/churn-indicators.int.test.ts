import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { signalsPortfolio } from '../support/opportunity-fixtures';
import { seedTenant } from '../support/seed';

const NOW = new Date('2026-11-22T12:00:00Z');

interface Indicator {
  kind: string;
  began: string;
  summary: string;
  usageDecline: (Record<string, unknown> & { snapshots: { date: string }[] }) | null;
  departure: Record<string, unknown> | null;
  tickets: {
    recent: Record<string, unknown>;
    previous: Record<string, unknown>;
    growth: number | null;
    tickets: { id: string }[];
  } | null;
  sentiment:
    | (Record<string, unknown> & { observations: { id: string }[]; previousObservations: { id: string }[] })
    | null;
  stakeholders: { personId: string; stillThere: boolean; reasons: string[] }[];
}

const INDICATORS = `query ($id: ID!, $asOf: LocalDate) { churnIndicators(accountId: $id, asOf: $asOf) {
  account { id } asOf dataGaps
  indicators { kind began summary
    usageDecline { subscriptionId productName peakDate peakActiveSeats latestDate latestActiveSeats decline minDecline snapshots { date } }
    departure { role personId name since until departedAt currentHolders { personId name since } }
    tickets { recent { from count weighted escalated } previous { from count weighted escalated } growth tickets { id } }
    sentiment { source recentFrom previousFrom recentMean previousMean change rule threshold observations { id } previousObservations { id } }
    stakeholders { personId stillThere reasons } } } }`;

describe('churn leading indicators through GraphQL', () => {
  let app: RunningApp;
  const tenant = testTenant('churn');
  const token = tokenFor(tenant);

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    await seedTenant(app.db, tenant, signalsPortfolio());
  });
  afterAll(() => app.stop());

  const indicatorsOf = async (id: string, asOf?: string) => {
    const result = await gql<{
      churnIndicators: { asOf: string; dataGaps: string[]; indicators: Indicator[] };
    }>(app, INDICATORS, { id, asOf }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.churnIndicators;
  };
  const find = (list: Indicator[], kind: string) => list.find((i) => i.kind === kind)!;

  it('flags every leading indicator with the day it began, earliest first', async () => {
    const red = await indicatorsOf('acc-red');
    expect(red.indicators.map((i) => [i.kind, i.began])).toEqual([
      ['FALLING_NPS', '2026-03-01'],
      ['USAGE_DECLINE', '2026-06-01'],
      ['FALLING_TICKET_SENTIMENT', '2026-09-01'],
      ['ESCALATING_TICKETS', '2026-09-20'],
      ['KEY_STAKEHOLDER_DEPARTED', '2026-10-15'],
    ]);
    expect(red.dataGaps).toEqual([]);
  });

  it('measures a usage decline from the peak of the last six months', async () => {
    const decline = find((await indicatorsOf('acc-red')).indicators, 'USAGE_DECLINE');
    // Window from 2026-05-01 (six months before the 2026-11-01 snapshot; April's 400 is outside):
    // peak 420 on 2026-06-01, latest 294: (420 − 294) / 420 = 0.3.
    expect(decline.usageDecline).toEqual({
      subscriptionId: 'sub-red-core',
      productName: 'Core',
      peakDate: '2026-06-01',
      peakActiveSeats: 420,
      latestDate: '2026-11-01',
      latestActiveSeats: 294,
      decline: 0.3,
      minDecline: 0.2,
      snapshots: ['05', '06', '07', '08', '09', '10', '11'].map((m) => ({ date: `2026-${m}-01` })),
    });
    expect(decline.summary).toBe('Core active seats down 30%: 420 on 2026-06-01, 294 on 2026-11-01');
    // Account-wide: the current holder of a buying role.
    expect(decline.stakeholders).toEqual([
      { personId: 'per-red-new', stillThere: true, reasons: ['Holds CHAMPION'] },
    ]);
  });

  it('names the departed champion, their manager and their successor', async () => {
    const departed = find((await indicatorsOf('acc-red')).indicators, 'KEY_STAKEHOLDER_DEPARTED');
    // The sponsor left before the 180-day lookback; the economic buyer is not a watched role.
    expect(departed.departure).toEqual({
      role: 'CHAMPION',
      personId: 'per-red-champ',
      name: 'Cal Champion',
      since: '2024-01-01',
      until: '2026-10-15',
      departedAt: '2026-10-15',
      currentHolders: [{ personId: 'per-red-new', name: 'Nina New', since: '2026-11-01' }],
    });
    expect(departed.stakeholders).toEqual([
      { personId: 'per-red-champ', stillThere: false, reasons: ['Was CHAMPION; left 2026-10-15'] },
      { personId: 'per-red-vp', stillThere: true, reasons: ['Manager of the departed CHAMPION'] },
      { personId: 'per-red-new', stillThere: true, reasons: ['Holds CHAMPION since 2026-11-01'] },
    ]);
  });

  it('compares ticket volume, severity and escalations with the 90 days before', async () => {
    const tickets = find((await indicatorsOf('acc-red')).indicators, 'ESCALATING_TICKETS');
    // Recent (from 2026-08-25): MEDIUM 2 + HIGH 3 + URGENT 4 + HIGH 3 = 12, two escalated.
    // Previous (from 2026-05-27): LOW 1 + MEDIUM 2 + LOW 1 = 4. Growth 12 / 4 − 1 = 2.
    expect(tickets.tickets).toEqual({
      recent: { from: '2026-08-25T00:00:00.000Z', count: 4, weighted: 12, escalated: 2 },
      previous: { from: '2026-05-27T00:00:00.000Z', count: 3, weighted: 4, escalated: 0 },
      growth: 2,
      tickets: [{ id: 'tkt-4' }, { id: 'tkt-5' }, { id: 'tkt-6' }, { id: 'tkt-7' }],
    });
    // It began with the first escalated or HIGH/URGENT ticket.
    expect(tickets.began).toBe('2026-09-20');
    expect(tickets.stakeholders).toEqual([
      {
        personId: 'per-red-user2',
        stillThere: true,
        reasons: ['Raised ticket tkt-4 (MEDIUM)', 'Raised ticket tkt-6 (URGENT, escalated)'],
      },
      {
        personId: 'per-red-user',
        stillThere: true,
        reasons: ['Raised ticket tkt-5 (HIGH, escalated)', 'Raised ticket tkt-7 (HIGH)'],
      },
    ]);
  });

  it('shows ticket sentiment and NPS falling against the previous window', async () => {
    const red = (await indicatorsOf('acc-red')).indicators;
    // Tickets: (0.1 − 0.5 − 0.8 − 0.6) / 4 = −0.45 against (0.4 + 0.2 + 0.3) / 3 = 0.3: a fall of 0.75 ≥ 0.2.
    // It began with the first recent ticket below 0.3: tkt-4 (0.1) on 2026-09-01.
    expect(find(red, 'FALLING_TICKET_SENTIMENT').sentiment).toEqual({
      source: 'TICKETS',
      recentFrom: '2026-08-25T00:00:00.000Z',
      previousFrom: '2026-05-27T00:00:00.000Z',
      recentMean: -0.45,
      previousMean: 0.3,
      change: -0.75,
      rule: 'DROP',
      threshold: 0.2,
      observations: [{ id: 'tkt-4' }, { id: 'tkt-5' }, { id: 'tkt-6' }, { id: 'tkt-7' }],
      previousObservations: [{ id: 'tkt-1' }, { id: 'tkt-2' }, { id: 'tkt-3' }],
    });
    // NPS over 365-day windows: (6 + 3) / 2 = 4.5 against (9 + 8) / 2 = 8.5: −4, beyond the 1.5 allowed.
    const nps = find(red, 'FALLING_NPS');
    expect(nps.sentiment).toMatchObject({
      source: 'NPS',
      recentMean: 4.5,
      previousMean: 8.5,
      change: -4,
      rule: 'DROP',
    });
    expect(nps.summary).toBe('Mean NPS score 4.5 over the last 365 days from 8.5 in the previous 365 days');
    expect(nps.stakeholders).toEqual([
      { personId: 'per-red-vp', stillThere: true, reasons: ['Scored 6 on 2026-03-01'] },
      { personId: 'per-red-user', stillThere: true, reasons: ['Scored 3 on 2026-09-01'] },
    ]);
  });

  it('reads the graph as of an earlier day', async () => {
    const earlier = await indicatorsOf('acc-red', '2026-10-01');
    // Before the champion left. Usage: latest 320 on 2026-10-01, peak 420: 100 / 420 = 0.238.
    // Tickets: recent (from 2026-07-04) LOW 1 + MEDIUM 2 + HIGH 3 = 6 against LOW 1 + MEDIUM 2 = 3:
    // +100% at the minimum weight of 6. Sentiment: too few earlier tickets, and −0.03 is above the floor.
    expect(earlier.indicators.map((i) => [i.kind, i.began])).toEqual([
      ['FALLING_NPS', '2026-03-01'],
      ['USAGE_DECLINE', '2026-06-01'],
      ['ESCALATING_TICKETS', '2026-09-20'],
    ]);
    expect(find(earlier.indicators, 'USAGE_DECLINE').usageDecline).toMatchObject({
      latestActiveSeats: 320,
      decline: 0.238,
    });
  });

  it('says what data is missing rather than calling an account healthy', async () => {
    const amber = await indicatorsOf('acc-amber');
    expect(amber.indicators.map((i) => [i.kind, i.began, i.summary])).toEqual([
      [
        'KEY_STAKEHOLDER_DEPARTED',
        '2026-11-01',
        'EXECUTIVE_SPONSOR Ann Sponsor left on 2026-11-01; role vacant',
      ],
    ]);
    expect(amber.dataGaps).toEqual([
      'No usage snapshots in the lookback window',
      'No support tickets in the comparison windows',
      'No NPS answers in the comparison windows',
    ]);
  });

  it('lists the portfolio’s accounts with indicators, most first, one page at a time', async () => {
    const query = `query ($after: String) { portfolioChurnIndicators(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { account { id } indicators { kind } } } } }`;
    type Page = {
      portfolioChurnIndicators: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { account: { id: string }; indicators: { kind: string }[] } }[];
      };
    };
    const first = await gql<Page>(app, query, {}, token);
    expect(first.errors).toBeUndefined();
    const page = first.data!.portfolioChurnIndicators;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e) => [e.node.account.id, e.node.indicators.length])).toEqual([['acc-red', 5]]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await gql<Page>(app, query, { after: page.pageInfo.endCursor }, token);
    expect(
      second.data!.portfolioChurnIndicators.edges.map((e) => [e.node.account.id, e.node.indicators.length]),
    ).toEqual([['acc-amber', 1]]);
    expect(second.data!.portfolioChurnIndicators.pageInfo.hasNextPage).toBe(false);
  });
});
