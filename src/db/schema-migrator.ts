import type { CypherExecutor } from './cypher-executor';
import { loadSchemaFiles } from './query-registry';

export interface SchemaReport {
  applied: string[];
  unchanged: string[];
}

/**
 * Applies `cypher/schema/NNN_*.cypher` in order. Statements are idempotent (`IF NOT EXISTS`),
 * so a file whose checksum changed is simply applied again; what was applied is recorded as
 * `(:SchemaMigration {version, checksum, appliedAt})` nodes in the graph itself.
 */
export async function migrateSchema(db: CypherExecutor, cypherRoot: string): Promise<SchemaReport> {
  const applied = await db.readSystem<{ version: string; checksum: string }>(
    db.prepare('system/applied-schema-versions'),
  );
  const known = new Map(applied.map((m) => [m.version, m.checksum]));
  const report: SchemaReport = { applied: [], unchanged: [] };
  for (const file of loadSchemaFiles(cypherRoot)) {
    if (known.get(file.version) === file.checksum) {
      report.unchanged.push(file.version);
      continue;
    }
    for (const statement of file.statements) await db.runSchemaStatement(statement);
    await db.writeSystem(db.prepare('system/record-schema-version'), {
      version: file.version,
      checksum: file.checksum,
    });
    report.applied.push(file.version);
  }
  if (report.applied.length > 0) {
    await db.readSystem(db.prepare('system/await-indexes'), { timeoutSeconds: 120 });
  }
  return report;
}
