import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_ROOT } from '../../src/config/paths';
import { QueryRegistry } from '../../src/db/query-registry';
import { connectTestGraph, type TestGraph } from '../support/graph';

/** Every `.cypher` file is planned by the real Neo4j, so a broken query fails here, not for a user. */
describe('cypher/ files', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('cypher-files');
  });
  afterAll(() => graph.close());

  // Listing the files needs no database: the registry only reads them.
  const registry = QueryRegistry.load(CYPHER_ROOT).all();
  it.each(registry.map((q) => [q.name]))('%s is valid Cypher', async (name) => {
    const plan = await graph.db.explain(graph.db.prepare(name));
    expect(plan.operator).toBe('ProduceResults');
  });

  it('scopes every data query by the caller tenant', () => {
    const unscoped = registry.filter((q) => !q.name.startsWith('system/') && !q.text.includes('$tenantId'));
    expect(unscoped.map((q) => q.name)).toEqual([]);
  });

  it('keeps every schema statement idempotent', () => {
    const dir = join(CYPHER_ROOT, 'schema');
    for (const file of readdirSync(dir)) {
      const statements = readFileSync(join(dir, file), 'utf8')
        .split(';')
        .filter((s) => /\bCREATE\b/.test(s));
      for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });
});
