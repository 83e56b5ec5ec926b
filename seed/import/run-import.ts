import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CYPHER_ROOT } from '../../src/config/paths';
import type { CypherExecutor } from '../../src/db/cypher-executor';
import { migrateSchema } from '../../src/db/schema-migrator';
import { PortfolioWriteRepository, type RecordKind } from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';
import { AccountScoreRepository } from '../../src/repositories/account-score.repository';
import { ScoreStaleness } from '../../src/services/scores/score-staleness';
import { detectEncoding, type CsvEncoding } from './csv/detect-encoding';
import { resolveFormat, type ImportFormat } from './formats/resolve-format';
import { ImportSetupError } from './import-errors';
import { planImport } from './pipeline/import-plan';
import { newReport, type ImportReport, type KindCounts } from './pipeline/import-report';
import { LookupTables } from './pipeline/lookup-tables';
import { createProgress, type ProgressMode } from './pipeline/progress';
import type { PassContext } from './pipeline/read-entry';
import { RejectsFile } from './pipeline/rejects-file';
import { ValidatePass } from './pipeline/validate-pass';
import { WritePass, type BatchInfo } from './pipeline/write-pass';

export type { ImportReport, KindCounts, RecordKind, BatchInfo, ImportFormat };

export interface ImportOptions {
  /** Folder of CSV files. */
  dir: string;
  format: ImportFormat;
  /** Required for 'mapping'. */
  mappingFile?: string;
  tenantId: string;
  /** Nothing is written unless every row is valid (everything is validated first). */
  strict?: boolean;
  /** Validate and count, write nothing to the graph. */
  dryRun?: boolean;
  /** Rows per transaction; default 2000. */
  batchSize?: number;
  /** Default `<dir>/import-rejects.csv` (the system temp folder when `dir` is read-only). */
  rejectsFile?: string;
  /** Default 'none'; the CLI uses 'auto' (bars on a terminal, log lines otherwise). */
  progress?: ProgressMode;
  /** Stops after the batch in flight: the report says `aborted`, a re-run completes the job. */
  signal?: AbortSignal;
  /** Called after each committed batch. */
  onBatch?: (info: BatchInfo) => void;
  /** Batches written at once (default 2, while the next is read: see WriteOptions.concurrency). */
  concurrency?: number;
  /** Called with each report as its pass starts (it fills in place): progress metrics follow it. */
  onReport?: (report: ImportReport, phase: 'validate' | 'write') => void;
}

export const DEFAULT_BATCH_SIZE = 2000;

async function openRejects(options: ImportOptions): Promise<RejectsFile> {
  if (options.rejectsFile !== undefined) return RejectsFile.open(resolve(options.rejectsFile));
  const fallback = join(tmpdir(), `import-rejects-${options.tenantId}.csv`);
  // A folder marked read-only (a mounted share, a published dataset) is left alone, even for root.
  if ((statSync(options.dir).mode & 0o222) === 0) return RejectsFile.open(fallback);
  try {
    return await RejectsFile.open(resolve(options.dir, 'import-rejects.csv'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw error;
    return RejectsFile.open(fallback);
  }
}

function hasProblems(report: ImportReport): boolean {
  return report.rejected > 0 || report.dangling > 0;
}

/**
 * Imports a folder of CSV files into one tenant: a Salesforce export, a HubSpot export, or any
 * files described by a mapping file. Idempotent (a second run of the same files changes
 * nothing and says so) and resumable (a run stopped anywhere is completed by running it again).
 */
export async function runImport(db: CypherExecutor, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new ImportSetupError(`batchSize must be a positive whole number, got ${batchSize}`);
  const format = await resolveFormat(options.format, options.dir, options.mappingFile);
  const plan = planImport(format.mapping, options.dir, format.strictColumns);
  const writer = new PortfolioWriter(new PortfolioWriteRepository(db));
  if (!options.dryRun) await migrateSchema(db, CYPHER_ROOT);

  const encodings = new Map<string, Promise<CsvEncoding>>();
  const encodingOf = (path: string): Promise<CsvEncoding> => {
    let encoding = encodings.get(path);
    if (!encoding) {
      encoding = detectEncoding(path);
      encodings.set(path, encoding);
    }
    return encoding;
  };
  const lookups = new LookupTables(options.dir, encodingOf);
  await lookups.load(
    plan.lookups,
    plan.nullValues,
    (file) =>
      format.mapping.files.find((entry) => entry.file === file && entry.overflowColumn)?.overflowColumn,
  );

  const rejects = await openRejects(options);
  const progress = createProgress(options.progress ?? 'none');
  const strict = options.strict === true;
  const dryRun = options.dryRun === true;
  const contextFor = (report: ImportReport): PassContext => ({
    plan,
    report,
    rejects,
    progress,
    lookups,
    encodingOf,
    counted: new Set(),
    signal: options.signal,
  });
  for (const file of plan.absent) progress.note(`${file}: not in ${options.dir}, skipped`);

  let report = newReport(rejects.path, dryRun, strict);
  try {
    if (dryRun || strict) {
      if (strict && !dryRun) progress.note('--strict: validating every file before writing anything');
      options.onReport?.(report, 'validate');
      await new ValidatePass(contextFor(report), writer, options.tenantId).run();
      report.aborted = options.signal?.aborted === true;
      report.strictFailed = strict && !dryRun && hasProblems(report);
    }
    if (!dryRun && !report.strictFailed && !report.aborted) {
      const validated = report;
      report = newReport(rejects.path, false, strict);
      options.onReport?.(report, 'write');
      await new WritePass(contextFor(report), writer, {
        tenantId: options.tenantId,
        batchSize,
        onBatch: options.onBatch,
        concurrency: options.concurrency,
      }).run();
      report.aborted = options.signal?.aborted === true;
      // Whatever it changed, every account's stored scores are now stale: the server's worker
      // re-scores them (and a stopped import that is run again marks them again).
      await new ScoreStaleness(new AccountScoreRepository(db), () => new Date()).markTenantStale(
        options.tenantId,
        'IMPORT',
      );
      for (const [kind, counts] of Object.entries(validated.perKind) as [RecordKind, KindCounts][]) {
        const written = report.perKind[kind];
        if (written && counts.valid !== undefined) written.valid = counts.valid;
      }
    }
  } finally {
    progress.stop();
    await rejects.close();
  }
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}
