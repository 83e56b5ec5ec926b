import { generateAccount, createGenerationContext, generateDemoPortfolio } from './generate-portfolio';

const OPTIONS = { seed: 42, accounts: 36, asOf: '2025-06-30' };

describe('generateDemoPortfolio', () => {
  const portfolio = generateDemoPortfolio(OPTIONS);

  it('is deterministic: the same options give byte-identical output', () => {
    const again = generateDemoPortfolio({ ...OPTIONS });
    expect(JSON.stringify(again)).toBe(JSON.stringify(portfolio));
  });

  it('gives different data for a different seed', () => {
    const other = generateDemoPortfolio({ ...OPTIONS, seed: 43 });
    expect(other.accounts.map((a) => a.name)).not.toEqual(portfolio.accounts.map((a) => a.name));
    expect(other.interactions.length).not.toBe(portfolio.interactions.length);
  });

  it('moves every date with asOf', () => {
    const later = generateDemoPortfolio({ ...OPTIONS, asOf: '2026-01-15' });
    const latest = later.interactions.reduce((max, i) => (i.occurredAt > max ? i.occurredAt : max), '');
    expect(latest.slice(0, 10) <= '2026-01-15').toBe(true);
    expect(latest.slice(0, 7)).toBe('2026-01');
  });

  it('generates an account the same way alone as inside the portfolio', () => {
    const ctx = createGenerationContext(OPTIONS);
    const alone = generateAccount(ctx, 7);
    expect(alone.account).toEqual(portfolio.accounts[6]);
    expect(alone.people).toEqual(portfolio.people.filter((p) => p.accountId === 'acc-0007'));
    expect(alone.interactions).toEqual(portfolio.interactions.filter((i) => i.accountId === 'acc-0007'));
    // ...and a bigger portfolio does not change the first accounts.
    const bigger = generateDemoPortfolio({ ...OPTIONS, accounts: 40 });
    expect(bigger.people.filter((p) => p.accountId <= 'acc-0036')).toEqual(portfolio.people);
  });

  it('has the documented demo sizes', () => {
    expect(portfolio.products).toHaveLength(6);
    expect(portfolio.competitors).toHaveLength(4);
    expect(portfolio.teamMembers.length).toBeGreaterThanOrEqual(10);
    expect(portfolio.accounts).toHaveLength(36);
    expect(portfolio.people.length).toBeGreaterThanOrEqual(1000);
    expect(portfolio.people.length).toBeLessThanOrEqual(2500);
    expect(portfolio.interactions.length).toBeGreaterThanOrEqual(10_000);
    expect(portfolio.interactions.length).toBeLessThanOrEqual(30_000);
    const segments = new Set(portfolio.accounts.map((a) => a.segment));
    expect(segments).toEqual(new Set(['ENTERPRISE', 'MID_MARKET', 'SMB']));
    expect(new Set(portfolio.accounts.map((a) => a.industry)).size).toBeGreaterThanOrEqual(6);
    expect(portfolio.accounts.filter((a) => a.parentId !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps people counts in line with company size', () => {
    const known = (accountId: string) => portfolio.people.filter((p) => p.accountId === accountId).length;
    for (const account of portfolio.accounts) {
      const count = known(account.id);
      if (account.segment === 'SMB') expect(count).toBeLessThanOrEqual(20);
      if (account.segment === 'ENTERPRISE') expect(count).toBeGreaterThanOrEqual(35);
    }
  });

  it('rejects a malformed asOf', () => {
    expect(() => generateDemoPortfolio({ ...OPTIONS, asOf: '2025-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});
