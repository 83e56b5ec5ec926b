import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import type { CompiledEntry, RowProblem } from '../mapping/compile-entry';
import { hash64, type FirstSeen, type KeyIndex } from '../records/key-index';
import { schemaOf } from '../records/record-schema';
import type { PlannedEntry } from './import-plan';
import { tallyRejected, type FileReport } from './import-report';
import { recordLabel, type EntryItem, type PassContext } from './read-entry';

/** A reference to nothing: neither this import nor an earlier one wrote the record. */
export function danglingReason(target: RecordKind | undefined, id: string): string {
  return `no ${target ? schemaOf(target).graphName : 'record'} '${id}' in the files or in the graph`;
}

/** 32 bits of a record's content hash: enough to tell a repeated row from a conflicting one. */
export function fingerprintOf(hash: string): number {
  return hash64(hash)[1];
}

export function rejectProblems(
  ctx: PassContext,
  file: string,
  line: number,
  kind: RecordKind,
  problems: readonly RowProblem[],
): void {
  for (const problem of problems) {
    ctx.rejects.add({ file, line, record: recordLabel(kind), ...problem, effect: 'row rejected' });
  }
}

/** A second row with the key of an earlier one but other values: the earlier one stands. */
export function rejectDuplicate(
  ctx: PassContext,
  planned: PlannedEntry,
  line: number,
  kind: RecordKind,
  key: string,
  earlier: FirstSeen,
  compiled: CompiledEntry,
): void {
  const first = ctx.plan.entries.find((p) => p.index === earlier.source)?.entry.file ?? planned.entry.file;
  const keyFields = schemaOf(kind).key;
  ctx.rejects.add({
    file: planned.entry.file,
    line,
    record: recordLabel(kind),
    column: keyFields.map((field) => compiled.columnOf(field)).join(' + '),
    value: key.split('\u001f').join(' + '),
    reason: `${keyFields.join(' + ')} already used by ${first} line ${earlier.line} with other values (the first is kept)`,
    effect: 'row rejected',
  });
}

/**
 * What both passes do first with each item the reader gives: a rejected row, or a second row with
 * an earlier row's key, is accounted for here (rejects file, report) and null returned; a record
 * seen for the first time is returned, to be checked or written.
 */
export function firstOccurrence(
  ctx: PassContext,
  planned: PlannedEntry,
  compiled: CompiledEntry,
  index: KeyIndex,
  file: FileReport,
  item: EntryItem,
): Extract<EntryItem, { type: 'record' }> | null {
  const kind = planned.entry.record;
  if (item.type === 'rejected') {
    rejectProblems(ctx, planned.entry.file, item.line, kind, item.problems);
    tallyRejected(ctx.report, kind);
    return null;
  }
  const earlier = index.add(item.key, fingerprintOf(item.hash), item.line, planned.index);
  if (!earlier) return item;
  if (earlier.sameContent) file.repeats += 1;
  else {
    rejectDuplicate(ctx, planned, item.line, kind, item.key, earlier, compiled);
    tallyRejected(ctx.report, kind);
  }
  return null;
}
