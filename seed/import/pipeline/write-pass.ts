import {
  SELF_LINKS,
  type RecordKind,
  type UpsertSummary,
} from '../../../src/repositories/portfolio-write.repository';
import type { PortfolioWriter } from '../../../src/services/portfolio/portfolio-writer.service';
import { fieldText, type ImportRecord } from '../records/record-identity';
import { KeyIndex } from '../records/key-index';
import { schemaOf } from '../records/record-schema';
import type { PlannedEntry } from './import-plan';
import { retryOnDeadlock } from './deadlock-retry';
import { fileReport, tallyOutcomes } from './import-report';
import { danglingReason, firstOccurrence } from './pass-helpers';
import { openEntry, recordLabel, type PassContext } from './read-entry';

export interface BatchInfo {
  kind: RecordKind;
  file: string;
  /** Batches written so far in this run, all kinds together. */
  batches: number;
  rows: number;
}

export interface WriteOptions {
  tenantId: string;
  batchSize: number;
  /** Called after each batch is committed (tests stop an import halfway through it). */
  onBatch?: (info: BatchInfo) => void;
  /**
   * Batches written at the same time while the next one is read (default 2). Two batches of
   * interactions in flight can lock the same few team members (every interaction links its
   * owner) in different orders: Neo4j ends one as a deadlock, and that batch is written again
   * (retryOnDeadlock; it was rolled back whole and upserts are idempotent). Two in flight keep
   * both cores busy: 0.43x LOAD CSV against 0.34x with one, on a quiet machine (docs/scale.md).
   */
  concurrency?: number;
}

interface Pending {
  rows: object[];
  lines: number[];
  records: ImportRecord[];
}

/** A self-reference that pointed forward when its row was written: linked after the kind. */
interface ForwardLink {
  id: string;
  target: string;
  file: string;
  line: number;
  column: string;
}

const LINK_BATCH = 5000;

/** See WriteOptions.concurrency. */
export const DEFAULT_WRITE_CONCURRENCY = 2;

/**
 * Reads every entry in write order and writes its records in batches, one transaction each, with
 * two batches in flight (by default) while the next is parsed. What the database answers per row (created,
 * updated, unchanged, rejected, references it could not find) goes to the report and the
 * rejects file.
 */
export class WritePass {
  private readonly indexes = new Map<RecordKind, KeyIndex>();
  private readonly inflight = new Set<Promise<void>>();
  private failure: Error | null = null;
  private batches = 0;
  private forward: ForwardLink[] = [];

  constructor(
    private readonly ctx: PassContext,
    private readonly writer: PortfolioWriter,
    private readonly options: WriteOptions,
  ) {}

  async run(): Promise<void> {
    let kind: RecordKind | null = null;
    for (const planned of this.ctx.plan.entries) {
      if (kind !== null && planned.entry.record !== kind) await this.finishKind(kind);
      kind = planned.entry.record;
      await this.writeEntry(planned);
      if (this.stopped) return;
    }
    if (kind !== null) await this.finishKind(kind);
  }

  private get stopped(): boolean {
    return this.ctx.signal?.aborted === true;
  }

  private indexOf(kind: RecordKind): KeyIndex {
    let index = this.indexes.get(kind);
    if (!index) {
      index = new KeyIndex();
      this.indexes.set(kind, index);
    }
    return index;
  }

  private async writeEntry(planned: PlannedEntry): Promise<void> {
    const opened = await openEntry(this.ctx, planned);
    if (!opened) return;
    const { entry } = planned;
    const kind = entry.record;
    const index = this.indexOf(kind);
    const file = fileReport(this.ctx.report, entry.file, 'utf8');
    let batch: Pending = { rows: [], lines: [], records: [] };
    const keepExisting = entry.onExisting === 'keep' ? { keepExisting: true } : {};

    for await (const chunk of opened.items) {
      for (const read of chunk) {
        const item = firstOccurrence(this.ctx, planned, opened.compiled, index, file, read);
        if (item === null) continue;
        batch.rows.push({ ...item.record, ref: batch.rows.length, sourceHash: item.hash, ...keepExisting });
        batch.lines.push(item.line);
        batch.records.push(item.record);
        if (batch.rows.length >= this.options.batchSize) {
          await this.send(kind, planned, opened.compiled.columnOf, batch);
          batch = { rows: [], lines: [], records: [] };
          if (this.stopped) break;
        }
      }
      if (this.stopped) break;
    }
    if (!this.stopped && batch.rows.length > 0)
      await this.send(kind, planned, opened.compiled.columnOf, batch);
    await this.settle();
  }

  /** Waits for a free slot, then puts this batch in flight. */
  private async send(
    kind: RecordKind,
    planned: PlannedEntry,
    columnOf: (field: string) => string,
    batch: Pending,
  ): Promise<void> {
    while (this.inflight.size >= (this.options.concurrency ?? DEFAULT_WRITE_CONCURRENCY))
      await Promise.race(this.inflight);
    this.rethrow();
    if (this.stopped) return;
    const writing: Promise<void> = retryOnDeadlock(() =>
      this.writer.upsertBatch(this.options.tenantId, kind, batch.rows),
    )
      .then(async (summary) => {
        this.apply(kind, planned, columnOf, batch, summary);
        await this.ctx.rejects.flush();
        this.batches += 1;
        this.options.onBatch?.({
          kind,
          file: planned.entry.file,
          batches: this.batches,
          rows: batch.rows.length,
        });
      })
      .catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.inflight.delete(writing));
    this.inflight.add(writing);
  }

  private async settle(): Promise<void> {
    await Promise.all(this.inflight);
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure !== null) throw this.failure;
  }

  private apply(
    kind: RecordKind,
    planned: PlannedEntry,
    columnOf: (field: string) => string,
    batch: Pending,
    summary: UpsertSummary,
  ): void {
    const { report, rejects } = this.ctx;
    const schema = schemaOf(kind);
    const selfField = SELF_LINKS[kind]?.field;
    tallyOutcomes(report, kind, summary.counts);
    // Only rows with something to report come back (rejected, or a reference missing).
    for (const result of summary.reported) {
      const at = result.ref ?? 0;
      const record = batch.records[at] ?? {};
      const line = batch.lines[at] ?? 0;
      for (const missing of result.missing) {
        const [field = missing, listed] = missing.split(/:(.*)/s);
        const def = schema.fields[field];
        const value = listed ?? fieldText(record[field]);
        if (result.outcome === 'rejected' && !def?.required) continue;
        if (field === selfField && result.outcome !== 'rejected') {
          this.forward.push({
            id: fieldText(record['id']),
            target: value,
            file: planned.entry.file,
            line,
            column: columnOf(field),
          });
          continue;
        }
        report.dangling += 1;
        rejects.add({
          file: planned.entry.file,
          line,
          record: recordLabel(kind),
          column: columnOf(field),
          value,
          reason: danglingReason(def?.ref, value),
          effect: def?.required ? 'row rejected' : 'imported without this link',
        });
      }
    }
  }

  /** Links the kind's forward self-references, now that every record of the kind is written. */
  private async finishKind(kind: RecordKind): Promise<void> {
    const link = SELF_LINKS[kind];
    const forward = this.forward;
    this.forward = [];
    if (!link || forward.length === 0 || this.stopped) return;
    for (let start = 0; start < forward.length; start += LINK_BATCH) {
      const chunk = forward.slice(start, start + LINK_BATCH);
      const rows = chunk.map((f, i) => ({ ref: i, id: f.id, [link.field]: f.target }));
      const results = await this.writer.linkBatch(this.options.tenantId, kind, rows);
      for (const result of results) {
        const f = chunk[result.ref ?? 0];
        if (!f) continue;
        if (result.resolved) {
          this.ctx.report.linkedLater += 1;
          continue;
        }
        this.ctx.report.dangling += 1;
        this.ctx.rejects.add({
          file: f.file,
          line: f.line,
          record: recordLabel(kind),
          column: f.column,
          value: f.target,
          reason: danglingReason(kind, f.target),
          effect: 'imported without this link',
        });
      }
      await this.ctx.rejects.flush();
    }
  }
}
