import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import type { PortfolioWriter } from '../../../src/services/portfolio/portfolio-writer.service';
import { KeyIndex } from '../records/key-index';
import { fieldText } from '../records/record-identity';
import { schemaOf } from '../records/record-schema';
import type { PlannedEntry } from './import-plan';
import { countsOf, fileReport, tallyRejected } from './import-report';
import { danglingReason, firstOccurrence } from './pass-helpers';
import { openEntry, recordLabel, type PassContext } from './read-entry';

/** A reference this import has not (yet) produced a record for: checked at the end. */
interface OpenReference {
  kind: RecordKind;
  target: RecordKind;
  id: string;
  field: string;
  required: boolean;
  file: string;
  line: number;
  column: string;
  /** Identifies the referring record, so one with two bad references is rejected once. */
  record: string;
}

const EXISTS_BATCH = 5000;

/**
 * Reads everything and writes nothing (`--dry-run`, and `--strict` before it writes): every row
 * is built and checked, duplicates are caught, and references are resolved against the records
 * of this import and then, for those it does not hold, against the graph. Rows depending on a
 * row that is itself rejected for a dangling reference are not followed further.
 */
export class ValidatePass {
  private readonly indexes = new Map<RecordKind, KeyIndex>();
  private open: OpenReference[] = [];

  constructor(
    private readonly ctx: PassContext,
    private readonly writer: PortfolioWriter,
    private readonly tenantId: string,
  ) {}

  async run(): Promise<void> {
    for (const planned of this.ctx.plan.entries) {
      await this.validateEntry(planned);
      if (this.ctx.signal?.aborted) return;
    }
    await this.resolveOpenReferences();
    await this.ctx.rejects.flush();
  }

  private indexOf(kind: RecordKind): KeyIndex {
    let index = this.indexes.get(kind);
    if (!index) {
      index = new KeyIndex();
      this.indexes.set(kind, index);
    }
    return index;
  }

  private async validateEntry(planned: PlannedEntry): Promise<void> {
    const opened = await openEntry(this.ctx, planned);
    if (!opened) return;
    const { entry } = planned;
    const kind = entry.record;
    const index = this.indexOf(kind);
    const schema = schemaOf(kind);
    const refFields = Object.entries(schema.fields).filter(([, def]) => def.ref !== undefined);
    const file = fileReport(this.ctx.report, entry.file, 'utf8');
    const counts = countsOf(this.ctx.report, kind);

    for await (const chunk of opened.items) {
      for (const read of chunk) {
        const item = firstOccurrence(this.ctx, planned, opened.compiled, index, file, read);
        if (item === null) continue;
        counts.valid = (counts.valid ?? 0) + 1;
        for (const [field, def] of refFields) {
          const value = item.record[field];
          const ids = Array.isArray(value) ? (value as string[]) : value === null ? [] : [fieldText(value)];
          for (const id of ids) {
            const target = def.ref as RecordKind;
            if (this.indexOf(target).has(id)) continue;
            this.open.push({
              kind,
              target,
              id,
              field,
              required: def.required === true,
              file: entry.file,
              line: item.line,
              column: opened.compiled.columnOf(field),
              record: `${planned.index}:${item.key}`,
            });
          }
        }
        if ((counts.valid & 1023) === 0) await this.ctx.rejects.flush();
      }
    }
  }

  private async resolveOpenReferences(): Promise<void> {
    // Forward references (a manager further down the file) are in the indexes by now.
    const unresolved = this.open.filter((ref) => !this.indexOf(ref.target).has(ref.id));
    this.open = [];
    const inGraph = new Set<string>();
    const byTarget = new Map<RecordKind, Set<string>>();
    for (const ref of unresolved)
      byTarget.set(ref.target, (byTarget.get(ref.target) ?? new Set()).add(ref.id));
    for (const [target, ids] of byTarget) {
      const list = [...ids];
      for (let start = 0; start < list.length; start += EXISTS_BATCH) {
        const found = await this.writer.existingIds(
          this.tenantId,
          target,
          list.slice(start, start + EXISTS_BATCH),
        );
        for (const id of found) inGraph.add(`${target}:${id}`);
      }
    }
    const rejectedRecords = new Set<string>();
    for (const ref of unresolved) {
      if (inGraph.has(`${ref.target}:${ref.id}`)) continue;
      this.ctx.report.dangling += 1;
      this.ctx.rejects.add({
        file: ref.file,
        line: ref.line,
        record: recordLabel(ref.kind),
        column: ref.column,
        value: ref.id,
        reason: danglingReason(ref.target, ref.id),
        effect: ref.required ? 'row rejected' : 'imported without this link',
      });
      if (ref.required && !rejectedRecords.has(`${ref.kind}:${ref.record}`)) {
        rejectedRecords.add(`${ref.kind}:${ref.record}`);
        const counts = countsOf(this.ctx.report, ref.kind);
        counts.valid = (counts.valid ?? 0) - 1;
        tallyRejected(this.ctx.report, ref.kind);
      }
    }
  }
}
