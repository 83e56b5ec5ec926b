import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDate, systemClock } from '../../src/domain/clock';
import { parseDay } from '../demo/dates';
import { DEFAULT_DEMO_SEED } from '../demo/generate-portfolio';
import { writePortfolioExport, type ExportProgress } from './write-portfolio';

const USAGE = `Usage: npm run generate:portfolio -- --accounts <n> --out <folder> [--seed <n>] [--as-of YYYY-MM-DD]

Writes a generated portfolio as a Salesforce data export (<out>/salesforce/*.csv) plus the files a
CRM export lacks (<out>/extras/*.csv and <out>/extras/mapping.json). Same seed and as-of date, same
files, byte for byte.

  --accounts  how many accounts (10000 gives ~330,000 contacts and ~3.5 million tasks and events)
  --out       the folder to write into (created if missing; files in it are replaced)
  --seed      the generator's seed (default ${DEFAULT_DEMO_SEED})
  --as-of     the last day of the two years of history (default: today, UTC)`;

export interface CliOptions {
  accounts: number;
  seed: number;
  asOf: string;
  out: string;
}

export function parseCliArgs(args: string[], today: string): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        accounts: { type: 'string' },
        seed: { type: 'string', default: String(DEFAULT_DEMO_SEED) },
        'as-of': { type: 'string', default: today },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  const accounts = Number(values.accounts);
  if (values.accounts === undefined || !Number.isInteger(accounts) || accounts < 1) {
    throw new UsageError('--accounts must be a whole number of at least 1');
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  const asOf = values['as-of'];
  try {
    parseDay(asOf);
  } catch {
    throw new UsageError(`--as-of must be a date as YYYY-MM-DD, got "${asOf}"`);
  }
  if (values.out === undefined || values.out === '') throw new UsageError('--out <folder> is required');
  return { accounts, seed, asOf, out: resolve(values.out) };
}

export class UsageError extends Error {}

const count = (n: number): string => n.toLocaleString('en-US');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** A line per ~5 s on a log, an updating line on a terminal. */
function progressPrinter(started: number): (progress: ExportProgress) => void {
  const tty = process.stdout.isTTY === true;
  let lastPrinted = 0;
  return ({ accountsDone, accounts, rows }) => {
    const now = Date.now();
    const done = accountsDone === accounts;
    if (!done && now - lastPrinted < (tty ? 250 : 5000)) return;
    lastPrinted = now;
    const elapsed = now - started;
    const rate = rows / Math.max(elapsed / 1000, 0.001);
    const eta = (elapsed / accountsDone) * (accounts - accountsDone);
    const line =
      `accounts ${count(accountsDone)}/${count(accounts)} (${Math.floor((accountsDone / accounts) * 100)}%), ` +
      `${count(rows)} rows, ${count(Math.round(rate))} rows/s, ETA ${seconds(eta)}`;
    if (tty) process.stdout.write(`\r${line}\x1b[K${done ? '\n' : ''}`);
    else process.stdout.write(`${line}\n`);
  };
}

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2), isoDate(systemClock()));
  const started = Date.now();
  process.stdout.write(
    `Generating ${count(options.accounts)} accounts (seed ${options.seed}, as of ${options.asOf}) into ${options.out}\n`,
  );
  const result = await writePortfolioExport({ ...options, onProgress: progressPrinter(started) });
  const width = Math.max(...result.files.map((f) => f.file.length));
  for (const { file, rows } of result.files) {
    const megabytes = statSync(join(options.out, file)).size / 1_048_576;
    process.stdout.write(
      `  ${file.padEnd(width)}  ${count(rows).padStart(11)} rows  ${megabytes.toFixed(1).padStart(8)} MB\n`,
    );
  }
  process.stdout.write(
    `${count(result.rows)} rows in ${result.files.length} files, mapping ${result.mappingFile}, in ${seconds(Date.now() - started)}\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof UsageError && error.message === '') {
      process.stdout.write(`${USAGE}\n`);
    } else if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`Generation failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  });
}
