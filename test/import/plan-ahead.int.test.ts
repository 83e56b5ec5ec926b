import { join } from 'node:path';
import { CYPHER_ROOT } from '../../src/config/paths';
import { migrateSchema } from '../../src/db/schema-migrator';
import { PortfolioWriteRepository, type RecordKind } from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';
import { resolveFormat } from '../../seed/import/formats/resolve-format';
import { planImport } from '../../seed/import/pipeline/import-plan';
import { planAhead } from '../../seed/import/pipeline/plan-ahead';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { canonicalDump, FIXTURES, graphCounts, importFiles } from './import-test-kit';

const SAMPLE = join(FIXTURES, 'salesforce');

/**
 * The importer's cold-start measures (docs/scale.md, "Round 6: import, cold start"): planning
 * every upsert ahead with EXPLAIN writes nothing, and keeping each statement's first plan
 * (`CYPHER replan=skip`) writes the same graph as re-planning does.
 */
describe('planning the import’s statements ahead', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = connectTestGraph('import-plan-ahead');
    await migrateSchema(graph.db, CYPHER_ROOT);
  });
  afterAll(() => graph.close());

  it('plans every upsert of the import, for each batch size its files give, and writes nothing', async () => {
    const tenantId = testTenant('ahead');
    const format = await resolveFormat('salesforce', SAMPLE, undefined);
    const plan = planImport(format.mapping, SAMPLE, format.strictColumns);
    const planned: string[] = [];
    const repository = new PortfolioWriteRepository(graph.db, { planOnce: true });
    const writer = new PortfolioWriter(repository);
    const planUpsert = writer.planUpsert.bind(writer);
    writer.planUpsert = async (tenant: string, kind: RecordKind, size: number) => {
      planned.push(`${kind}:${size}`);
      await planUpsert(tenant, kind, size);
    };

    // Batches of 2 rows: User.csv's 3 rows give a full batch and a remainder of 1.
    await planAhead(plan, writer, tenantId, 2, () => false);

    const kinds = [...new Set(plan.entries.map((p) => p.entry.record))];
    expect(new Set(planned.map((p) => p.split(':')[0]))).toEqual(new Set(kinds));
    expect(planned).toContain('teamMembers:2');
    expect(planned).toContain('teamMembers:1');
    expect(await graphCounts(graph.driver, tenantId)).toEqual({ nodes: {}, relationships: {} });
  });

  it('stops planning when asked', async () => {
    const format = await resolveFormat('salesforce', SAMPLE, undefined);
    const plan = planImport(format.mapping, SAMPLE, format.strictColumns);
    const writer = new PortfolioWriter(new PortfolioWriteRepository(graph.db, { planOnce: true }));
    let calls = 0;
    writer.planUpsert = () => {
      calls += 1;
      return Promise.resolve();
    };
    await planAhead(plan, writer, testTenant('stopped'), 2_000, () => calls >= 1);
    expect(calls).toBe(1);
  });

  it('writes the same graph with its first plans kept and planned ahead as without', async () => {
    const withMeasures = testTenant('kept');
    const without = testTenant('replanned');
    const kept = await importFiles(graph.db, { dir: SAMPLE, format: 'salesforce', tenantId: withMeasures });
    const replanned = await importFiles(graph.db, {
      dir: SAMPLE,
      format: 'salesforce',
      tenantId: without,
      planOnce: false,
      planAhead: false,
    });

    expect(kept.report.perKind).toEqual(replanned.report.perKind);
    expect(kept.rejects).toEqual(replanned.rejects);
    expect(await graphCounts(graph.driver, withMeasures)).not.toEqual({ nodes: {}, relationships: {} });
    expect(await canonicalDump(graph.driver, withMeasures)).toEqual(
      await canonicalDump(graph.driver, without),
    );
  });
});
