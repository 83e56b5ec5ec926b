import { statSync } from 'node:fs';
import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import type { CsvEncoding } from '../csv/detect-encoding';
import { joinOverflow } from '../csv/join-overflow';
import { readCsvBatches, type CsvItem, type ReadProgress } from '../csv/read-csv';
import { ImportSetupError } from '../import-errors';
import { columnResolver, compileEntry, type CompiledEntry, type RowProblem } from '../mapping/compile-entry';
import { columnsOf } from '../mapping/compile-field';
import type { FileEntry } from '../mapping/mapping-types';
import { recordHash, recordKey, type ImportRecord } from '../records/record-identity';
import { schemaOf } from '../records/record-schema';
import type { ImportPlan, PlannedEntry } from './import-plan';
import { fileReport, type ImportReport } from './import-report';
import type { LookupTables } from './lookup-tables';
import type { ProgressReporter } from './progress';
import type { RejectsFile } from './rejects-file';

export type EntryItem =
  | { type: 'record'; line: number; record: ImportRecord; key: string; hash: string }
  | { type: 'rejected'; line: number; problems: RowProblem[] };

/** What both passes (validate, write) share while reading one entry's file. */
export interface PassContext {
  plan: ImportPlan;
  report: ImportReport;
  rejects: RejectsFile;
  progress: ProgressReporter;
  lookups: LookupTables;
  encodingOf: (path: string) => Promise<CsvEncoding>;
  /** Files whose rows, skips and ignored columns this pass has counted already. */
  counted: Set<string>;
  signal?: AbortSignal;
}

export interface OpenEntry {
  compiled: CompiledEntry;
  /**
   * The entry's items, a CSV chunk's worth at a time (a few hundred rows): the passes loop over
   * each array synchronously, so the reader costs one await per chunk, not a promise per row.
   */
  items: AsyncGenerator<EntryItem[]>;
}

/** Columns any entry of the file reads (compared ignoring case), or the format's own columns. */
function ignoredColumns(header: readonly string[], entries: readonly FileEntry[]): string[] {
  const known = entries.find((entry) => entry.knownColumns)?.knownColumns;
  const read = new Set(
    entries
      .flatMap((entry) => [
        ...Object.values(entry.fields).flatMap(columnsOf),
        ...(entry.forEach ? [entry.forEach.column] : []),
        ...(entry.where === undefined ? [] : [entry.where].flat().map((clause) => clause.column)),
        ...(known ?? []),
      ])
      .map((column) => column.trim().toLowerCase()),
  );
  return header.filter((column) => column !== '' && !read.has(column.trim().toLowerCase()));
}

export function recordLabel(kind: RecordKind): string {
  return schemaOf(kind).graphName;
}

/**
 * Streams one mapping entry: rows become records (with their key and content hash) or
 * rejections; skipped rows, malformed lines and rows of the wrong width are accounted for here.
 */
export async function openEntry(ctx: PassContext, planned: PlannedEntry): Promise<OpenEntry | null> {
  const { entry, path } = planned;
  const encoding = await ctx.encodingOf(path);
  const file = fileReport(ctx.report, entry.file, encoding);
  const firstReader = !ctx.counted.has(entry.file);
  ctx.counted.add(entry.file);
  const bytes: ReadProgress = { bytes: 0 };
  // Batches (a chunk of the file each): one await per chunk rather than per row.
  const csv = readCsvBatches(path, encoding, bytes);
  let first = await csv.next();
  while (!first.done && first.value.length === 0) first = await csv.next();
  const firstItems: CsvItem[] = first.done ? [] : first.value;
  const headerItem = firstItems[0];
  if (headerItem?.kind !== 'header') {
    await csv.return(undefined);
    ctx.progress.note(`${entry.file} is empty: nothing to import`);
    return null;
  }
  const header = headerItem.values;
  const afterHeader = firstItems.slice(1);
  const sameFile = ctx.plan.entries.filter((p) => p.entry.file === entry.file).map((p) => p.entry);
  if (firstReader) {
    const ignored = ignoredColumns(header, sameFile);
    if (ignored.length > 0) ctx.report.ignoredColumns[entry.file] = ignored;
  }
  const compiled = compileEntry(entry, {
    header,
    strictColumns: ctx.plan.strictColumns,
    nullValues: ctx.plan.nullValues,
    lookup: (spec) => ctx.lookups.get(spec),
    prefixOf: ctx.plan.prefixOf,
  });
  const overflowName = sameFile.find((e) => e.overflowColumn !== undefined)?.overflowColumn;
  const overflow = overflowName === undefined ? undefined : columnResolver(header)(overflowName);
  if (overflowName !== undefined && overflow === undefined)
    throw new ImportSetupError(`${entry.file} has no column '${overflowName}' (overflowColumn)`);
  const label = `${entry.file} → ${recordLabel(entry.record)}`;
  const total = statSync(path).size;

  async function* items(): AsyncGenerator<EntryItem[]> {
    const bar = ctx.progress.start(label, total);
    let rows = 0;
    /** Every line read is a row of the file, whatever becomes of it (counted once per file). */
    const countRow = (): void => {
      rows += 1;
      if (firstReader) {
        file.rows += 1;
        ctx.report.rowsRead += 1;
      }
    };
    const itemsOf = (batch: readonly CsvItem[]): EntryItem[] => {
      const out: EntryItem[] = [];
      for (const item of batch) {
        if (item.kind === 'header') continue;
        countRow();
        if (item.kind === 'malformed') {
          out.push({
            type: 'rejected',
            line: item.line,
            problems: [
              item.column === undefined
                ? { column: '(row)', value: '', reason: `unreadable CSV: ${item.message}` }
                : { column: item.column, value: '', reason: item.message },
            ],
          });
          continue;
        }
        if ((rows & 1023) === 0) bar.update(rows, bytes.bytes);
        const values =
          overflow === undefined ? item.values : joinOverflow(item.values, header.length, overflow);
        if (values.length !== header.length) {
          out.push({
            type: 'rejected',
            line: item.line,
            problems: [
              {
                column: '(row)',
                value: values.slice(0, 3).join(',').slice(0, 80),
                reason: `${values.length} fields where the header has ${header.length}`,
              },
            ],
          });
          continue;
        }
        const built = compiled.build(values);
        if ('skipped' in built) {
          const reason = `${recordLabel(entry.record)}: ${built.skipped}`;
          file.skipped[reason] = (file.skipped[reason] ?? 0) + 1;
          continue;
        }
        for (const one of built.items) {
          if (!one.ok) out.push({ type: 'rejected', line: item.line, problems: one.problems });
          else {
            out.push({
              type: 'record',
              line: item.line,
              record: one.record,
              key: recordKey(entry.record, one.record),
              hash: recordHash(one.record),
            });
          }
        }
      }
      return out;
    };
    try {
      for (let batch = afterHeader; ;) {
        const out = itemsOf(batch);
        if (out.length > 0) yield out;
        if (ctx.signal?.aborted) return;
        const next = await csv.next();
        if (next.done) return;
        batch = next.value;
      }
    } finally {
      bar.finish(rows);
      await csv.return(undefined);
    }
  }

  return { compiled, items: items() };
}
