import type { PersonRecord } from '../../src/domain/graph-records';
import { SENIORITY_LEVELS } from '../../src/domain/vocabulary';
import { CORE_PRODUCT_ID } from './catalog';
import { generateDemoPortfolio } from './generate-portfolio';
import { PortfolioIndex } from './portfolio-index';
import { DEMO_SCENARIOS, scenariosFor, type ScenarioKey } from './scenarios';

const AS_OF = '2025-06-30';
const daysBefore = (days: number): string =>
  new Date(Date.parse(AS_OF) - days * 86_400_000).toISOString().slice(0, 10);
const level = (person: PersonRecord): number =>
  SENIORITY_LEVELS.indexOf(person.seniority ?? 'INDIVIDUAL_CONTRIBUTOR');

const accountOf = (key: ScenarioKey): string => {
  const scenario = DEMO_SCENARIOS.find((s) => s.key === key);
  if (!scenario) throw new Error(`No scenario ${key}`);
  return scenario.accountId;
};

describe('DEMO_SCENARIOS', () => {
  it('names six scenarios on distinct accounts, all inside the default demo', () => {
    expect(DEMO_SCENARIOS).toHaveLength(6);
    expect(new Set(DEMO_SCENARIOS.map((s) => s.accountId)).size).toBe(6);
    expect(scenariosFor(36)).toHaveLength(6);
    expect(scenariosFor(5).map((s) => s.accountId)).toEqual(['acc-0001', 'acc-0003', 'acc-0005']);
  });
});

describe.each([42, 7, 2024])('scenarios hold on the generated data (seed %i)', (seed) => {
  const index = new PortfolioIndex(generateDemoPortfolio({ seed, accounts: 36, asOf: AS_OF }));
  const { records } = index;

  it('capacity-ceiling: the largest account is at 92% of its main subscription, growing', () => {
    const accountId = accountOf('capacity-ceiling');
    const largest = [...records.accounts].sort((a, b) => index.activeArr(b.id) - index.activeArr(a.id))[0];
    expect(largest?.id).toBe(accountId);
    const main = [...index.activeSubscriptions(accountId)].sort((a, b) => b.arr - a.arr)[0];
    const snapshots = index.snapshotsOf(main?.id ?? '');
    const latest = snapshots[snapshots.length - 1];
    const sixMonthsEarlier = snapshots[snapshots.length - 7];
    expect(latest && latest.activeSeats / latest.licensedSeats).toBe(0.92);
    const monthlyGrowth = ((latest?.activeSeats ?? 0) - (sixMonthsEarlier?.activeSeats ?? 0)) / 6;
    const monthsToFull = ((latest?.licensedSeats ?? 0) - (latest?.activeSeats ?? 0)) / monthlyGrowth;
    expect(monthsToFull).toBeGreaterThan(2);
    expect(monthsToFull).toBeLessThan(8);
    // Usage asymmetry between units: one unit saturated, another licensed but idle.
    const unitRatios = index
      .activeSubscriptions(accountId)
      .filter((s) => s.businessUnitId !== null)
      .map((s) => {
        const last = index.snapshotsOf(s.id).at(-1);
        return last ? last.activeSeats / last.licensedSeats : 0;
      });
    expect(Math.max(...unitRatios)).toBeGreaterThanOrEqual(0.85);
    expect(Math.min(...unitRatios)).toBeLessThanOrEqual(0.2);
  });

  it('capacity-ceiling: the economic buyer asked about seats in the last week (intent)', () => {
    const accountId = accountOf('capacity-ceiling');
    const buyers = index.currentHolders(accountId, 'ECONOMIC_BUYER').map((p) => p.id);
    const requests = index
      .interactionsOf(accountId, daysBefore(7))
      .filter(
        (i) =>
          i.direction === 'INBOUND' &&
          /seat/i.test(i.subject ?? '') &&
          i.personIds.some((id) => buyers.includes(id)),
      );
    expect(requests.map((i) => i.subject)).toContain('Seat true-up question: Core Platform is nearly full');
  });

  it('departed-champion: a ~$200K account whose champion left 2-3 weeks ago', () => {
    const accountId = accountOf('departed-champion');
    const arr = index.activeArr(accountId);
    expect(arr).toBeGreaterThanOrEqual(190_000);
    expect(arr).toBeLessThanOrEqual(210_000);
    const ended = records.roleAssignments.filter(
      (r) => r.accountId === accountId && r.role === 'CHAMPION' && r.until,
    );
    const champion = ended.map((r) => index.person(r.personId)).find((p) => p.status === 'DEPARTED');
    expect(champion).toBeDefined();
    if (!champion) return;
    const role = ended.find((r) => r.personId === champion.id);
    expect(role?.until).toBe(champion.departedAt);
    expect(champion.departedAt! >= daysBefore(21) && champion.departedAt! <= daysBefore(14)).toBe(true);
    expect(index.currentHolders(accountId, 'CHAMPION')).toEqual([]);

    const people = index.peopleOf(accountId);
    const manager = people.find((p) => p.id === champion.reportsToId);
    expect(manager?.status).toBe('ACTIVE');
    const successors = people.filter(
      (p) =>
        p.status === 'ACTIVE' &&
        p.department === champion.department &&
        (level(p) === level(champion) + 1 || (level(p) === level(champion) && p !== champion)),
    );
    expect(successors.length).toBeGreaterThan(0);
    const team = new Set<string>([champion.id]);
    for (let grew = true; grew;) {
      const next = people.filter((p) => p.reportsToId !== null && team.has(p.reportsToId) && !team.has(p.id));
      next.forEach((p) => team.add(p.id));
      grew = next.length > 0;
    }
    const outsideUsers = index
      .currentHolders(accountId, 'END_USER')
      .filter((p) => p.status === 'ACTIVE' && !team.has(p.id));
    expect(outsideUsers.length).toBeGreaterThanOrEqual(2);
    const afterDeparture = index.interactionsOf(accountId, champion.departedAt!);
    expect(afterDeparture.filter((i) => i.personIds.includes(champion.id))).toEqual([]);
  });

  it('single-threaded: the champion holds >= 80% of the last six months of contact', () => {
    const accountId = accountOf('single-threaded');
    const recent = index.interactionsOf(accountId, daysBefore(183));
    const counts = index.contactCounts(recent);
    const total = counts.reduce((sum, [, n]) => sum + n, 0);
    const [topId, topCount] = counts[0] ?? ['', 0];
    expect(recent.length).toBeGreaterThan(20);
    expect(topCount / total).toBeGreaterThanOrEqual(0.8);
    expect(index.currentHolders(accountId, 'CHAMPION').map((p) => p.id)).toContain(topId);
    expect(index.currentHolders(accountId, 'EXECUTIVE_SPONSOR')).toEqual([]);
    const buyers = index.currentHolders(accountId, 'ECONOMIC_BUYER').map((p) => p.id);
    expect(recent.filter((i) => i.personIds.some((id) => buyers.includes(id)))).toEqual([]);
  });

  it('single-threaded: nobody but the champion builds a thread of their own, whatever the day', () => {
    // Generated on each day of a week: weekend shifts must not hand one person enough contact.
    for (const offset of [0, 1, 2, 3, 4, 5, 6]) {
      const day = new Date(Date.parse(AS_OF) + offset * 86_400_000).toISOString().slice(0, 10);
      const week = new PortfolioIndex(generateDemoPortfolio({ seed, accounts: 8, asOf: day }));
      const accountId = accountOf('single-threaded');
      const since = new Date(Date.parse(day) - 183 * 86_400_000).toISOString().slice(0, 10);
      const champions = week.currentHolders(accountId, 'CHAMPION').map((p) => p.id);
      const others = week
        .contactCounts(week.interactionsOf(accountId, since))
        .filter(([id]) => !champions.includes(id));
      // One touch each at most in six months: nobody reaches the engagement threshold.
      expect(Math.max(0, ...others.map(([, n]) => n))).toBeLessThanOrEqual(1);
    }
  });

  it('red-account: declining usage, angry escalations, low NPS, sponsor gone, renewal close', () => {
    const accountId = accountOf('red-account');
    const core = index.activeSubscriptions(accountId).find((s) => s.productId === CORE_PRODUCT_ID);
    const snapshots = index.snapshotsOf(core?.id ?? '');
    const now = snapshots.at(-1)?.activeSeats ?? 0;
    const before = snapshots.at(-7)?.activeSeats ?? 1;
    expect(now / before).toBeLessThanOrEqual(0.65);
    const escalations = records.tickets.filter(
      (t) =>
        t.accountId === accountId &&
        t.escalated &&
        (t.severity === 'HIGH' || t.severity === 'URGENT') &&
        (t.sentiment ?? 0) < 0 &&
        t.openedAt.slice(0, 10) >= daysBefore(90),
    );
    expect(escalations.length).toBeGreaterThanOrEqual(3);
    const recentNps = records.npsResponses.filter(
      (r) => r.accountId === accountId && r.answeredAt >= daysBefore(183),
    );
    expect(recentNps.length).toBeGreaterThan(0);
    expect(Math.max(...recentNps.map((r) => r.score))).toBeLessThanOrEqual(6);
    const sponsorRoles = records.roleAssignments.filter(
      (r) => r.accountId === accountId && r.role === 'EXECUTIVE_SPONSOR',
    );
    expect(sponsorRoles.some((r) => r.until !== null && index.person(r.personId).status === 'DEPARTED')).toBe(
      true,
    );
    expect(index.currentHolders(accountId, 'EXECUTIVE_SPONSOR')).toEqual([]);
    const nextRenewal = index
      .activeSubscriptions(accountId)
      .map((s) => s.renewalDate ?? '9999')
      .sort()[0];
    expect(nextRenewal! <= new Date(Date.parse(AS_OF) + 90 * 86_400_000).toISOString().slice(0, 10)).toBe(
      true,
    );
  });

  it('whitespace: only the core product, while most peers own three or more', () => {
    const accountId = accountOf('whitespace');
    const account = records.accounts.find((a) => a.id === accountId);
    const owned = index.activeProductIds(accountId);
    expect([...owned]).toEqual([CORE_PRODUCT_ID]);
    const peers = records.accounts.filter(
      (a) => a.id !== accountId && a.industry === account?.industry && a.segment === account?.segment,
    );
    expect(peers.length).toBeGreaterThanOrEqual(3);
    const richer = peers.filter((peer) => index.activeProductIds(peer.id).size >= 3);
    expect(richer.length / peers.length).toBeGreaterThan(0.5);
    const presence = records.competitorPresence.filter(
      (c) => c.accountId === accountId && c.businessUnitId !== null,
    );
    const rivals = presence.map((c) => records.competitors.find((r) => r.id === c.competitorId));
    expect(rivals.some((r) => r?.alternativeToProductIds.some((id) => !owned.has(id)))).toBe(true);
  });

  it('multi-threaded-green: many engaged people across levels and departments, growing usage', () => {
    const accountId = accountOf('multi-threaded-green');
    const recent = index.interactionsOf(accountId, daysBefore(183));
    const counts = index.contactCounts(recent);
    const contacted = counts.map(([id]) => index.person(id));
    const total = counts.reduce((sum, [, n]) => sum + n, 0);
    expect(contacted.length).toBeGreaterThanOrEqual(15);
    expect(new Set(contacted.map((p) => p.seniority)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(contacted.map((p) => p.department)).size).toBeGreaterThanOrEqual(4);
    expect((counts[0]?.[1] ?? 0) / total).toBeLessThanOrEqual(0.3);
    const last90 = index.interactionsOf(accountId, daysBefore(90));
    for (const role of ['ECONOMIC_BUYER', 'EXECUTIVE_SPONSOR']) {
      const holders = index.currentHolders(accountId, role).map((p) => p.id);
      expect(holders.length).toBeGreaterThan(0);
      expect(last90.some((i) => i.personIds.some((id) => holders.includes(id)))).toBe(true);
    }
    const core = index.activeSubscriptions(accountId).find((s) => s.productId === CORE_PRODUCT_ID);
    const snapshots = index.snapshotsOf(core?.id ?? '');
    expect((snapshots.at(-1)?.activeSeats ?? 0) / (snapshots.at(-7)?.activeSeats ?? 1)).toBeGreaterThan(1.1);
    const nps = records.npsResponses.filter(
      (r) => r.accountId === accountId && r.answeredAt >= daysBefore(365),
    );
    expect(nps.reduce((sum, r) => sum + r.score, 0) / nps.length).toBeGreaterThanOrEqual(8);
  });
});
