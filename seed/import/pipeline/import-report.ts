import type { RecordKind, WriteOutcome } from '../../../src/repositories/portfolio-write.repository';
import type { CsvEncoding } from '../csv/detect-encoding';

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Dry runs and --strict's first pass: records that passed validation (nothing written yet). */
  valid?: number;
}

export interface FileReport {
  file: string;
  encoding: CsvEncoding;
  /** Data rows in the file (the header and blank lines not counted). */
  rows: number;
  /** Rows left out on purpose, by record and reason (`Person: deleted in Salesforce (IsDeleted=1)`: 3). */
  skipped: Record<string, number>;
  /** Rows that repeat a record already read with exactly the same content (one unit per department). */
  repeats: number;
}

export interface ImportReport {
  rowsRead: number;
  /** Records created, updated or found unchanged. */
  rowsWritten: number;
  /** Records not imported (a row can carry several records: a person and their roles). */
  rejected: number;
  /** References to records neither in this import nor in the graph. */
  dangling: number;
  perKind: Partial<Record<RecordKind, KindCounts>>;
  /** File → columns read by nothing (a Salesforce org's `__c` fields), reported once. */
  ignoredColumns: Record<string, string[]>;
  elapsedMs: number;
  files: FileReport[];
  /** Self-references (parents, managers) linked in the pass after their kind. */
  linkedLater: number;
  /** Where every rejected row and dangling reference is listed. */
  rejectsFile: string;
  dryRun: boolean;
  strict: boolean;
  /** --strict found problems, so nothing was written. */
  strictFailed: boolean;
  /** Stopped early (Ctrl-C, or an abort signal): a re-run completes the job. */
  aborted: boolean;
}

export const emptyCounts = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

export function newReport(rejectsFile: string, dryRun: boolean, strict: boolean): ImportReport {
  return {
    rowsRead: 0,
    rowsWritten: 0,
    rejected: 0,
    dangling: 0,
    perKind: {},
    ignoredColumns: {},
    elapsedMs: 0,
    files: [],
    linkedLater: 0,
    rejectsFile,
    dryRun,
    strict,
    strictFailed: false,
    aborted: false,
  };
}

export function countsOf(report: ImportReport, kind: RecordKind): KindCounts {
  let counts = report.perKind[kind];
  if (!counts) {
    counts = emptyCounts();
    report.perKind[kind] = counts;
  }
  return counts;
}

/** A batch's outcomes at once (the summary an upsert returns). */
export function tallyOutcomes(
  report: ImportReport,
  kind: RecordKind,
  counts: Record<WriteOutcome, number>,
): void {
  const kindCounts = countsOf(report, kind);
  for (const outcome of ['created', 'updated', 'unchanged', 'rejected'] as const) {
    kindCounts[outcome] += counts[outcome];
    if (outcome === 'rejected') report.rejected += counts[outcome];
    else report.rowsWritten += counts[outcome];
  }
}

export function tallyRejected(report: ImportReport, kind: RecordKind): void {
  countsOf(report, kind).rejected += 1;
  report.rejected += 1;
}

export function fileReport(report: ImportReport, file: string, encoding: CsvEncoding): FileReport {
  let entry = report.files.find((f) => f.file === file);
  if (!entry) {
    entry = { file, encoding, rows: 0, skipped: {}, repeats: 0 };
    report.files.push(entry);
  }
  return entry;
}
