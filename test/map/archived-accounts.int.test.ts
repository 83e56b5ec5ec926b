import type { RunningApp } from '../../src/app';
import { startTestApp } from '../support/app';
import { testTenant } from '../support/graph';
import { clientFor, M, NOW, ok } from './map-fixtures';

interface Listed {
  accounts: { totalCount: number; edges: { node: { id: string; archivedAt: string | null } }[] };
}

const LIST = `query($includeArchived: Boolean) {
  accounts(first: 10, includeArchived: $includeArchived) { totalCount edges { node { id archivedAt } } }
}`;

/** Archived accounts leave the lists by default, stay one argument away, and are found by id. */
describe('archived accounts', () => {
  let app: RunningApp;
  const tenant = testTenant('archived-accounts');
  let editor: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    app = await startTestApp({}, () => NOW);
    editor = clientFor(app, tenant);
    for (const [id, name] of [
      ['acc-live', 'Live Co'],
      ['acc-gone', 'Gone Co'],
      ['acc-also', 'Also Live Co'],
    ]) {
      ok(await editor(M.createAccount, { input: { id, name } }));
    }
    ok(await editor(M.archiveAccount, { input: { id: 'acc-gone' } }));
  });
  afterAll(() => app.stop());

  const ids = (listed: Listed) => listed.accounts.edges.map((e) => e.node.id);

  it('leaves archived accounts out of accounts by default, totalCount included', async () => {
    for (const variables of [{}, { includeArchived: false }]) {
      const listed = ok(await editor<Listed>(LIST, variables));
      expect(ids(listed)).toEqual(['acc-also', 'acc-live']);
      expect(listed.accounts.totalCount).toBe(2);
    }
  });

  it('lists them with includeArchived: true, each saying when it was archived', async () => {
    const listed = ok(await editor<Listed>(LIST, { includeArchived: true }));
    expect(listed.accounts.totalCount).toBe(3);
    expect(listed.accounts.edges.map((e) => e.node)).toEqual([
      { id: 'acc-also', archivedAt: null },
      { id: 'acc-gone', archivedAt: '2026-11-22' },
      { id: 'acc-live', archivedAt: null },
    ]);
  });

  it('still finds an archived account by id, and by global id, saying it is archived', async () => {
    const byId = ok(
      await editor<{ account: { id: string; archivedAt: string | null; globalId: string } }>(
        `{ account(id: "acc-gone") { id archivedAt globalId } }`,
      ),
    );
    expect(byId.account).toMatchObject({ id: 'acc-gone', archivedAt: '2026-11-22' });
    const byNode = ok(
      await editor<{ node: { id: string; archivedAt: string | null } | null }>(
        `query($id: ID!) { node(id: $id) { ... on Account { id archivedAt } } }`,
        { id: byId.account.globalId },
      ),
    );
    expect(byNode.node).toEqual({ id: 'acc-gone', archivedAt: '2026-11-22' });
  });
});
