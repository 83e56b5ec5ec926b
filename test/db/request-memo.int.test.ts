import type { RunningApp } from '../../src/app';
import { withRequestMemo } from '../../src/db/request-memo';
import { startTestApp } from '../support/app';
import { emptyPortfolio } from '../support/fixtures';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

describe('the request-scoped memo', () => {
  let app: RunningApp;
  const tenant = testTenant('request-memo');

  beforeAll(async () => {
    app = await startTestApp();
    const records = emptyPortfolio();
    records.accounts.push({
      id: 'acc-memo',
      name: 'Memo Ltd',
      industry: null,
      segment: null,
      region: null,
      employeeCount: null,
      annualRevenue: null,
      website: null,
      parentId: null,
      customerSince: null,
    });
    await seedTenant(app.db, tenant, records);
  });
  afterAll(() => app.stop());

  const objectives = () =>
    app.db.read<{ objective: { id: string } }>(app.db.prepare('plan/objectives'), tenant, {
      accountId: 'acc-memo',
    });

  it('runs an identical read once per request, hands each caller its own rows, and forgets it after a write', async () => {
    const ran: string[] = [];
    const unsubscribe = app.db.onQuery((e) => {
      if (e.tenantId === tenant) ran.push(`${e.mode} ${e.name}`);
    });
    try {
      const [before, again, afterWrite] = await withRequestMemo(async () => {
        const [first, second] = await Promise.all([objectives(), objectives()]);
        expect(first).not.toBe(second);
        await app.db.write(app.db.prepare('mutations/record-objective'), tenant, {
          id: 'obj-memo',
          accountId: 'acc-memo',
          ownerStakeholderId: null,
          title: 'Written mid-request',
          metric: null,
          targetValue: null,
          dueDate: null,
          status: 'ACTIVE',
        });
        return [first, second, await objectives()];
      });
      expect(before).toEqual([]);
      expect(again).toEqual([]);
      expect(afterWrite).toHaveLength(1);
      expect(ran).toEqual([
        'READ plan/objectives',
        'WRITE mutations/record-objective',
        'READ plan/objectives',
      ]);

      // Outside a request nothing is remembered.
      ran.length = 0;
      await objectives();
      await objectives();
      expect(ran).toEqual(['READ plan/objectives', 'READ plan/objectives']);
    } finally {
      unsubscribe();
    }
  });
});
