import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { detectEncoding, type CsvEncoding } from '../../seed/import/csv/detect-encoding';
import { readCsvBatches, type CsvItem } from '../../seed/import/csv/read-csv';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { count, ratio, table } from '../support/figures';

const USAGE = `Usage: npm run bench:import:read -- [--files <folder>] [--rounds N]

Reads every CSV file under --files (default tmp/portfolio-500, a folder written by
generate:portfolio: its salesforce/ and extras/) with the importer's CSV reader twice per round,
in the order A B B A: A with csv-parse alone (the reference, readCsv's fastPath off), B as the
importer reads (papaparse on canonical text, csv-parse from the first record that is not).
Prints each side's Node CPU and elapsed time, rows/s and MB/s, B over A, the load average, and
whether both sides gave the same items (rows, lines, messages). Asserts nothing.`;

interface CsvFile {
  path: string;
  encoding: CsvEncoding;
  bytes: number;
}

interface Pass {
  side: 'A' | 'B';
  cpuMs: number;
  elapsedMs: number;
  items: number;
}

function csvFilesUnder(folder: string): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return csvFilesUnder(path);
      return name.toLowerCase().endsWith('.csv') ? [path] : [];
    })
    .sort();
}

/** Reads every file; counts items and, when asked, digests them (outside the timed passes). */
async function readAll(files: readonly CsvFile[], fastPath: boolean, digest?: ReturnType<typeof createHash>) {
  let items = 0;
  for (const file of files) {
    for await (const batch of readCsvBatches(file.path, file.encoding, { bytes: 0 }, { fastPath })) {
      items += batch.length;
      if (digest) for (const item of batch) digest.update(`${JSON.stringify(item satisfies CsvItem)}\n`);
    }
  }
  return items;
}

async function main(): Promise<void> {
  const args = parseBenchArgs(
    process.argv.slice(2),
    { files: { type: 'string', default: 'tmp/portfolio-500' }, rounds: { type: 'string', default: '1' } },
    USAGE,
  );
  const rounds = wholeOption('rounds', args.rounds);
  const paths = csvFilesUnder(resolve(args.files));
  if (paths.length === 0) throw new Error(`No CSV files under ${args.files}`);
  const files: CsvFile[] = [];
  for (const path of paths)
    files.push({ path, encoding: await detectEncoding(path), bytes: statSync(path).size });
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  say(`${files.length} CSV files, ${(totalBytes / 1e6).toFixed(1)} MB, under ${args.files}`);
  say(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const passes: Pass[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const side of ['A', 'B', 'B', 'A'] as const) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const items = await readAll(files, side === 'B');
      const used = process.cpuUsage(cpu);
      passes.push({
        side,
        cpuMs: (used.user + used.system) / 1000,
        elapsedMs: performance.now() - started,
        items,
      });
    }
  }
  const digests = await Promise.all(
    [false, true].map(async (fastPath) => {
      const digest = createHash('sha256');
      await readAll(files, fastPath, digest);
      return digest.digest('hex');
    }),
  );

  const mean = (side: 'A' | 'B', of: (pass: Pass) => number): number => {
    const mine = passes.filter((pass) => pass.side === side);
    return mine.reduce((sum, pass) => sum + of(pass), 0) / mine.length;
  };
  const rows = passes.map((pass, i) => [
    `${i + 1}. ${pass.side === 'A' ? 'A csv-parse alone' : 'B papaparse + csv-parse'}`,
    (pass.cpuMs / 1000).toFixed(2),
    (pass.elapsedMs / 1000).toFixed(2),
    count(pass.items / (pass.elapsedMs / 1000)),
    (totalBytes / 1e6 / (pass.cpuMs / 1000)).toFixed(1),
  ]);
  say();
  for (const line of table(['pass', 'Node CPU s', 'elapsed s', 'items/s', 'MB per CPU s'], rows)) say(line);
  say();
  say(
    `B/A: Node CPU ${ratio(
      mean('B', (p) => p.cpuMs),
      mean('A', (p) => p.cpuMs),
    )}, ` +
      `elapsed ${ratio(
        mean('B', (p) => p.elapsedMs),
        mean('A', (p) => p.elapsedMs),
      )} ` +
      `(means over ${rounds * 2} passes a side)`,
  );
  say(
    `same items on both sides: ${digests[0] === digests[1] ? 'yes' : 'NO'} (${count(passes[0]?.items ?? 0)} items)`,
  );
  say(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
