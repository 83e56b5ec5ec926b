import { SingleBar, Presets } from 'cli-progress';
import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import type { CypherExecutor } from '../../src/db/cypher-executor';
import { DemoSeedRepository } from '../../src/repositories/demo-seed.repository';
import { PortfolioWriteRepository } from '../../src/repositories/portfolio-write.repository';
import { PortfolioWriter } from '../../src/services/portfolio/portfolio-writer.service';
import { createGenerationContext, generateAccount } from '../../seed/demo/generate-portfolio';

export interface LoadOptions {
  accounts: number;
  seed: number;
  asOf: string;
  /** Accounts generated and written together; small enough that memory stays flat. */
  chunkAccounts: number;
  /** Rows per write transaction. */
  batchSize: number;
}

export interface LoadReport {
  outcome: 'LOADED' | 'RESUMED' | 'REUSED';
  accounts: number;
  rows: number;
  elapsedMs: number;
  generateMs: number;
  writeMs: number;
}

const PLAIN_EVERY_MS = 5_000;
const count = (n: number): string => Math.round(n).toLocaleString('en-US');

/**
 * Writes the demo generator's portfolio into a tenant through the project's own writer (the one
 * the demo seed uses), a chunk of accounts at a time: generating 10,000 accounts in one go would
 * hold millions of records in memory. A marker (the demo seed's) says whether the tenant was
 * loaded completely, so a kept store is reused as is and an interrupted load resumes; the writes
 * are idempotent, so rewriting the chunk it stopped in is harmless. Parents always come before
 * their subsidiaries in the generator's order, so each chunk links to what is already written.
 */
export async function loadPortfolio(
  db: CypherExecutor,
  tenantId: string,
  options: LoadOptions,
  say: (line: string) => void,
): Promise<LoadReport> {
  const markers = new DemoSeedRepository(db);
  const { before, reused } = await priorLoad(markers, tenantId);
  if (reused) return reused;
  await markers.mark(tenantId, 'IN_PROGRESS', options.seed, options.asOf);

  const writer = new PortfolioWriter(new PortfolioWriteRepository(db), options.batchSize);
  const ctx = createGenerationContext({ seed: options.seed, asOf: options.asOf });
  // Resume at the chunk holding the last account written: every earlier chunk finished.
  const firstIndex =
    before.accounts === 0
      ? 1
      : Math.floor((before.accounts - 1) / options.chunkAccounts) * options.chunkAccounts + 1;
  if (firstIndex > 1) say(`   resuming an interrupted load at account ${count(firstIndex)}`);

  const progress = new LoadProgress(options.accounts, firstIndex - 1, say);
  const started = performance.now();
  let generateMs = 0;
  let writeMs = 0;
  let rows = 0;
  for (let start = firstIndex; start <= options.accounts; start += options.chunkAccounts) {
    const end = Math.min(options.accounts, start + options.chunkAccounts - 1);
    const generated = performance.now();
    // The shared catalog (products, competitors, our team) goes with the first chunk.
    const records = chunkOf(ctx, start, end, start === firstIndex);
    const written = performance.now();
    generateMs += written - generated;
    await writer.write(tenantId, records);
    writeMs += performance.now() - written;
    const chunkRows = (Object.values(records) as unknown[][]).reduce((sum, list) => sum + list.length, 0);
    rows += chunkRows;
    progress.update(end, rows);
  }
  progress.stop();
  await markers.mark(tenantId, 'COMPLETE', options.seed, options.asOf);
  return {
    outcome: firstIndex > 1 ? 'RESUMED' : 'LOADED',
    accounts: options.accounts,
    rows,
    elapsedMs: performance.now() - started,
    generateMs,
    writeMs,
  };
}

function chunkOf(
  ctx: ReturnType<typeof createGenerationContext>,
  start: number,
  end: number,
  withCatalog: boolean,
): PortfolioRecords {
  const records: PortfolioRecords = { ...emptyPortfolioRecords(), ...(withCatalog ? ctx.catalog : {}) };
  for (let index = start; index <= end; index += 1) {
    const { account, ...rest } = generateAccount(ctx, index);
    records.accounts.push(account);
    for (const key of Object.keys(rest) as (keyof typeof rest)[]) {
      (records[key] as unknown[]).push(...rest[key]);
    }
  }
  return records;
}

/** A bar on a terminal; a line every few seconds in a log (the benchmark usually runs under nohup). */
class LoadProgress {
  private readonly bar: SingleBar | null;
  private readonly started = Date.now();
  private lastLine = 0;

  constructor(
    private readonly total: number,
    private readonly doneBefore: number,
    private readonly say: (line: string) => void,
  ) {
    this.bar = process.stdout.isTTY
      ? new SingleBar(
          { format: '   accounts {bar} {value}/{total} | {rows} rows | {rate} rows/s | ETA {eta_formatted}' },
          Presets.shades_classic,
        )
      : null;
    this.bar?.start(total, doneBefore, { rows: '0', rate: '0' });
  }

  update(accountsDone: number, rows: number): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const rate = count(rows / seconds);
    if (this.bar) {
      this.bar.update(accountsDone, { rows: count(rows), rate });
      return;
    }
    if (Date.now() - this.lastLine < PLAIN_EVERY_MS && accountsDone < this.total) return;
    this.lastLine = Date.now();
    const eta = (seconds / Math.max(accountsDone - this.doneBefore, 1)) * (this.total - accountsDone);
    this.say(
      `   accounts ${count(accountsDone)}/${count(this.total)}, ${count(rows)} rows, ${rate} rows/s, ` +
        `${Math.round(seconds)} s elapsed, ETA ${Math.round(eta)} s`,
    );
  }

  stop(): void {
    this.bar?.stop();
  }
}

/**
 * What this store already holds of the tenant's load (its marker), with the report to return when
 * that load is complete; refuses a tenant that holds accounts without a marker (not a bench load).
 */
export async function priorLoad(markers: DemoSeedRepository, tenantId: string) {
  const before = await markers.status(tenantId);
  if (before.status === null && before.accounts > 0) {
    throw new Error(`Tenant ${tenantId} holds accounts but no load marker: use another --store`);
  }
  const reused: LoadReport | null =
    before.status === 'COMPLETE'
      ? { outcome: 'REUSED', accounts: before.accounts, rows: 0, elapsedMs: 0, generateMs: 0, writeMs: 0 }
      : null;
  return { before, reused };
}
