import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { CypherExecutor } from '../../src/db/cypher-executor';
import { QueryRegistry } from '../../src/db/query-registry';
import { DemoSeedRepository } from '../../src/repositories/demo-seed.repository';
import type { PortfolioManifest } from '../../seed/generate/write-portfolio';
import { count, seconds } from '../support/figures';
import { BENCH_CYPHER_ROOT, runLoadCsv } from '../import/load-csv';
import { priorLoad, type LoadReport } from './load-portfolio';

export interface ExportLoadOptions {
  accounts: number;
  seed: number;
  asOf: string;
  /** The folder of CRM export files (generate:portfolio's layout); written here when missing. */
  files: string;
}

/**
 * Loads the portfolio from the generated CRM export files with Neo4j's own `LOAD CSV … CALL { }
 * IN TRANSACTIONS` (the statements of bench/cypher, which bench:import checks write the same graph
 * as the importer): the analytics benchmark measures the views, not the import, and this loads
 * 10,000 accounts several times faster than the writer. Neo4j must have been started with the
 * files' folder as its import directory. The demo seed's marker records a complete load, so a kept
 * store is reused; an interrupted load starts over (every statement MERGEs, so that is harmless).
 */
export async function loadExportFiles(
  driver: Driver,
  db: CypherExecutor,
  tenantId: string,
  options: ExportLoadOptions,
  say: (line: string) => void,
): Promise<LoadReport> {
  const markers = new DemoSeedRepository(db);
  const { before, reused } = await priorLoad(markers, tenantId);
  if (reused) return reused;
  const started = performance.now();
  const manifest = readManifest(options);
  if (manifest.accounts !== options.accounts || manifest.seed !== options.seed) {
    throw new Error(
      `${options.files} holds ${manifest.accounts} accounts of seed ${manifest.seed}, not ${options.accounts} of seed ${options.seed}`,
    );
  }
  await markers.mark(tenantId, 'IN_PROGRESS', options.seed, options.asOf);
  const loading = performance.now();
  await runLoadCsv(driver, QueryRegistry.load(BENCH_CYPHER_ROOT), tenantId, (step) =>
    say(
      `   ${step.name.padEnd(30)} ${seconds(step.elapsedMs).padStart(8)}  ` +
        `+${count(step.nodesCreated)} nodes, +${count(step.relationshipsCreated)} relationships`,
    ),
  );
  const writeMs = performance.now() - loading;
  await markers.mark(tenantId, 'COMPLETE', options.seed, options.asOf);
  return {
    outcome: before.status === 'IN_PROGRESS' ? 'RESUMED' : 'LOADED',
    accounts: options.accounts,
    rows: manifest.rows,
    elapsedMs: performance.now() - started,
    generateMs: loading - started,
    writeMs,
  };
}

/** Generates the export files (in a child process: its memory is not the benchmark's) when missing. */
export async function ensureExportFiles(
  options: ExportLoadOptions,
  say: (line: string) => void,
): Promise<void> {
  if (existsSync(join(options.files, 'manifest.json'))) return;
  say(`   generating the export files of ${count(options.accounts)} accounts into ${options.files}`);
  const cli = join(__dirname, '..', '..', 'seed', 'generate', 'cli.js');
  const args = [cli, '--accounts', String(options.accounts), '--seed', String(options.seed)];
  args.push('--as-of', options.asOf, '--out', options.files);
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`generator exited with ${code}`))));
  });
}

function readManifest(options: ExportLoadOptions): PortfolioManifest {
  return JSON.parse(readFileSync(join(options.files, 'manifest.json'), 'utf8')) as PortfolioManifest;
}
