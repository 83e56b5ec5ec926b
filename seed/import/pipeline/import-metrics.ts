import { rename, writeFile } from 'node:fs/promises';
import { Gauge, Pushgateway, Registry } from 'prom-client';
import type { ImportReport, KindCounts } from './import-report';

/** Which pass a report counts: the validation of --strict/--dry-run, or the writing itself. */
export type ImportPhase = 'validate' | 'write';

export interface ImportMetricsOptions {
  tenantId: string;
  /** A Prometheus textfile (node_exporter's textfile collector): rewritten whole, atomically. */
  file?: string;
  /** A Pushgateway URL: the figures are PUT under job `stakeholder_import`, grouped by tenant. */
  pushgateway?: string;
  /** How often the figures are published while the import runs; default 5 s. */
  everyMs?: number;
}

const OUTCOMES = [
  'created',
  'updated',
  'unchanged',
  'rejected',
  'valid',
] as const satisfies readonly (keyof KindCounts)[];
export const IMPORT_JOB = 'stakeholder_import';

/**
 * Import progress as Prometheus metrics. The importer is a command-line job, not the server: the
 * server has no import route, so its /metrics cannot show an import honestly. A job publishes
 * where Prometheus reads jobs: a textfile for node_exporter's collector, or a Pushgateway. The
 * figures are the live import report's (the same the summary prints), sampled every few seconds
 * and once more at the end; gauges, because each run starts from zero.
 */
export class ImportMetrics {
  readonly registry = new Registry();
  private readonly rowsRead = this.gauge('import_rows_read', 'Data rows read from the CSV files', ['phase']);
  private readonly records = this.gauge(
    'import_records',
    'Records by kind and outcome (created, updated, unchanged, rejected; valid in a validation pass)',
    ['phase', 'kind', 'outcome'],
  );
  private readonly rejected = this.gauge('import_rows_rejected', 'Records not imported, all kinds', [
    'phase',
  ]);
  private readonly dangling = this.gauge(
    'import_dangling_references',
    'References to records found nowhere',
    ['phase'],
  );
  private readonly duration = this.gauge(
    'import_duration_seconds',
    'Time the import has run (final at the end)',
    [],
  );
  private readonly running = this.gauge('import_running', '1 while the import runs, 0 once it has ended', []);
  private readonly finished = this.gauge(
    'import_finished_timestamp_seconds',
    'When the import ended, by outcome (ok, rejected-rows, aborted, failed)',
    ['outcome'],
  );

  private report: ImportReport | null = null;
  private phase: ImportPhase = 'write';
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | null = null;
  private publishing: Promise<void> = Promise.resolve();
  private readonly gateway: Pushgateway<'text/plain; version=0.0.4; charset=utf-8'> | null;

  constructor(private readonly options: ImportMetricsOptions) {
    this.registry.setDefaultLabels({ tenant: options.tenantId });
    this.gateway = options.pushgateway
      ? new Pushgateway(options.pushgateway, { timeout: 5_000 }, this.registry)
      : null;
    this.running.set(1);
  }

  private gauge<L extends string>(name: string, help: string, labelNames: L[]): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }

  /** The report the pipeline is filling now (runImport's `onReport`). */
  follow(report: ImportReport, phase: ImportPhase): void {
    this.report = report;
    this.phase = phase;
  }

  /** Publishes now and then every few seconds until `finish`. */
  start(): void {
    this.timer = setInterval(() => void this.publish(), this.options.everyMs ?? 5_000);
    this.timer.unref();
    void this.publish();
  }

  /** The last figures, the outcome and the end time; waits for them to be written or pushed. */
  async finish(outcome: 'ok' | 'rejected-rows' | 'aborted' | 'failed'): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.running.set(0);
    this.finished.set({ outcome }, Date.now() / 1000);
    await this.publish();
  }

  /** The figures as Prometheus text (what the file holds and the gateway receives). */
  async text(): Promise<string> {
    this.sample();
    return this.registry.metrics();
  }

  private sample(): void {
    this.duration.set((performance.now() - this.started) / 1000);
    const report = this.report;
    if (report === null) return;
    const phase = this.phase;
    this.rowsRead.set({ phase }, report.rowsRead);
    this.rejected.set({ phase }, report.rejected);
    this.dangling.set({ phase }, report.dangling);
    for (const [kind, counts] of Object.entries(report.perKind)) {
      for (const outcome of OUTCOMES) {
        const value = counts[outcome];
        if (value !== undefined) this.records.set({ phase, kind, outcome }, value);
      }
    }
  }

  /** One publication at a time: a slow gateway does not pile pushes up. */
  private publish(): Promise<void> {
    this.publishing = this.publishing.then(() => this.publishOnce());
    return this.publishing;
  }

  private async publishOnce(): Promise<void> {
    const text = await this.text();
    const { file } = this.options;
    try {
      if (file !== undefined) {
        // Written beside and renamed: a collector never reads half a file.
        const partial = `${file}.${process.pid}.tmp`;
        await writeFile(partial, text);
        await rename(partial, file);
      }
      if (this.gateway !== null) {
        await this.gateway.push({ jobName: IMPORT_JOB, groupings: { tenant: this.options.tenantId } });
      }
    } catch (error) {
      // Metrics never stop an import: say so once per failure and carry on.
      process.stderr.write(`Import metrics not published: ${(error as Error).message}\n`);
    }
  }
}
