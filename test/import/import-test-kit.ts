import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/paths';
import type { CypherExecutor } from '../../src/db/cypher-executor';
import { toNative } from '../../src/db/values';
import { runImport, type ImportOptions, type ImportReport } from '../../seed/import/run-import';
import type { Reject } from '../../seed/import/pipeline/rejects-file';

export const FIXTURES = join(PROJECT_ROOT, 'test', 'import', 'fixtures');
export const GOLDEN = join(PROJECT_ROOT, 'test', 'import', 'golden');
/** The public datasets, copied into the repository with their sources and licences. */
export const SHARED_DATA = join(PROJECT_ROOT, 'test', 'fixtures', 'public-data');
export const MAPPINGS = join(PROJECT_ROOT, 'seed', 'mappings');

export interface Imported {
  report: ImportReport;
  rejects: Reject[];
}

/** Runs the importer with its rejects file in a temporary folder (the data folders stay untouched). */
export async function importFiles(
  db: CypherExecutor,
  options: Omit<ImportOptions, 'rejectsFile'> & { rejectsFile?: string },
): Promise<Imported> {
  const rejectsFile = options.rejectsFile ?? join(mkdtempSync(join(tmpdir(), 'import-test-')), 'rejects.csv');
  const report = await runImport(db, { progress: 'none', ...options, rejectsFile });
  const rows = parse<Record<string, string>>(readFileSync(rejectsFile, 'utf8'), { columns: true });
  const rejects = rows.map((row) => ({ ...row, line: Number(row['line']) }) as unknown as Reject);
  return { report, rejects };
}

/** A copy of a fixture folder that a test may change. */
export function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'import-copy-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

async function rows<T>(driver: Driver, query: string, params: Record<string, unknown>): Promise<T[]> {
  const session = driver.session();
  try {
    const result = await session.run(query, params);
    return result.records.map((record) => toNative(record.toObject()) as T);
  } finally {
    await session.close();
  }
}

/**
 * Nodes per label and relationships per type within one tenant: what was imported, so not the
 * stored scores (AccountScore) an import marks stale for the worker.
 */
export async function graphCounts(
  driver: Driver,
  tenantId: string,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes = await rows<{ label: string; n: number }>(
    driver,
    'MATCH (n {tenantId: $tenantId}) WHERE NOT n:AccountScore RETURN labels(n)[0] AS label, count(*) AS n',
    { tenantId },
  );
  const relationships = await rows<{ type: string; n: number }>(
    driver,
    'MATCH ({tenantId: $tenantId})-[r]->({tenantId: $tenantId}) RETURN type(r) AS type, count(*) AS n',
    { tenantId },
  );
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(relationships.map((r) => [r.type, r.n])),
  };
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'tenantId')
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stable(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Every imported node and relationship of a tenant (stored scores aside) with all their properties, sorted: two tenants compare equal as text. */
export async function canonicalDump(driver: Driver, tenantId: string): Promise<string[]> {
  const nodes = await rows<{ label: string; props: unknown }>(
    driver,
    'MATCH (n {tenantId: $tenantId}) WHERE NOT n:AccountScore RETURN labels(n)[0] AS label, properties(n) AS props',
    { tenantId },
  );
  const relationships = await rows<Record<string, unknown>>(
    driver,
    `MATCH (a {tenantId: $tenantId})-[r]->(b {tenantId: $tenantId})
     RETURN labels(a)[0] AS from, a.id AS fromId, type(r) AS type, properties(r) AS props, labels(b)[0] AS to, b.id AS toId`,
    { tenantId },
  );
  return [
    ...nodes.map((n) => `(${n.label} ${stable(n.props)})`),
    ...relationships.map(
      (r) =>
        `(${String(r['from'])} ${String(r['fromId'])})-[${String(r['type'])} ${stable(r['props'])}]->(${String(r['to'])} ${String(r['toId'])})`,
    ),
  ].sort();
}

/** The rejects as `file:line column=value: reason (effect)` lines, easy to read in a failing test. */
export function describeRejects(rejects: readonly Reject[]): string[] {
  return rejects.map((r) => `${r.file}:${r.line} ${r.column}=${r.value}: ${r.reason} (${r.effect})`);
}
