import { WRITE_STEPS, type RecordKind } from '../../../src/repositories/portfolio-write.repository';
import { schemaOf } from '../records/record-schema';
import type { ImportReport, KindCounts } from './import-report';

const number = new Intl.NumberFormat('en-US');
const n = (value: number): string => number.format(value);
const count = (value: number, one: string, many: string): string => `${n(value)} ${value === 1 ? one : many}`;

const KIND_ORDER = [...new Set(WRITE_STEPS.map((step) => step.kind))];
const MAX_IGNORED_SHOWN = 8;

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows.map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
  );
}

function countsTable(report: ImportReport): string[] {
  const validation = report.dryRun || report.strictFailed;
  const header = validation
    ? ['record', 'valid', 'rejected']
    : ['record', 'created', 'updated', 'unchanged', 'rejected'];
  const kinds = KIND_ORDER.filter((kind) => report.perKind[kind] !== undefined);
  const total: KindCounts = { created: 0, updated: 0, unchanged: 0, rejected: 0, valid: 0 };
  const line = (label: string, c: KindCounts): string[] =>
    validation
      ? [label, n(c.valid ?? 0), n(c.rejected)]
      : [label, n(c.created), n(c.updated), n(c.unchanged), n(c.rejected)];
  const rows = kinds.map((kind: RecordKind) => {
    const counts = report.perKind[kind] as KindCounts;
    for (const key of ['created', 'updated', 'unchanged', 'rejected'] as const) total[key] += counts[key];
    total.valid = (total.valid ?? 0) + (counts.valid ?? 0);
    return line(`${schemaOf(kind).graphName} (${kind})`, counts);
  });
  return table([header, ...rows, line('total', total)]).map((text) => `  ${text}`);
}

/** The summary printed after an import: what happened, per label and relationship type, and where to look. */
export function formatSummary(report: ImportReport, context: { tenantId: string; source: string }): string {
  const seconds = report.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(report.rowsRead / seconds) : report.rowsRead;
  const mode = report.dryRun
    ? ' (dry run: nothing written)'
    : report.strictFailed
      ? ' (--strict: nothing written)'
      : '';
  const lines = [
    `Import into tenant '${context.tenantId}' from ${context.source}${mode}`,
    `  ${count(report.rowsRead, 'row', 'rows')} in ${count(report.files.length, 'file', 'files')}, ${seconds.toFixed(1)} s (${n(rate)} rows/s)`,
    '',
    ...countsTable(report),
    '',
  ];
  for (const file of report.files) {
    const notes: string[] = [];
    if (file.encoding === 'latin1') notes.push('read as Latin-1');
    for (const [reason, rows] of Object.entries(file.skipped)) notes.push(`${n(rows)} skipped (${reason})`);
    if (file.repeats > 0)
      notes.push(`${count(file.repeats, 'row repeats', 'rows repeat')} a record already read`);
    const ignored = report.ignoredColumns[file.file];
    if (ignored && ignored.length > 0) {
      const shown = ignored.slice(0, MAX_IGNORED_SHOWN).join(', ');
      const more =
        ignored.length > MAX_IGNORED_SHOWN ? ` and ${ignored.length - MAX_IGNORED_SHOWN} more` : '';
      notes.push(`ignored columns: ${shown}${more}`);
    }
    if (notes.length > 0) lines.push(`  ${file.file}: ${notes.join('; ')}`);
  }
  if (report.linkedLater > 0)
    lines.push(
      `  ${count(report.linkedLater, 'parent or manager', 'parents or managers')} linked after the rows pointing at them`,
    );
  if (report.dangling > 0)
    lines.push(
      `  ${count(report.dangling, 'reference', 'references')} to records neither in the files nor in the graph`,
    );
  lines.push(
    report.rejected + report.dangling > 0
      ? `  ${count(report.rejected, 'record', 'records')} rejected; every problem is listed in ${report.rejectsFile}`
      : `  nothing rejected (${report.rejectsFile} lists no rows)`,
  );
  if (report.strictFailed) lines.push('  --strict: the files have problems, so nothing was written.');
  if (report.aborted) lines.push('  Stopped before the end: run the same import again to complete it.');
  return `${lines.join('\n')}\n`;
}
