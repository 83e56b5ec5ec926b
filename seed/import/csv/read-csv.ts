import { createReadStream } from 'node:fs';
import { parse, type CsvError, type Info, type InfoRecord } from 'csv-parse';
import iconv from 'iconv-lite';
import { recordItem, type CsvItem, type ReadProgress } from './csv-item';
import { ICONV_DECODER, type CsvEncoding } from './detect-encoding';
import { fastRun, type RunStart } from './fast-run';
import { LineFeedTap } from './line-feed-tap';
import { SkipLines } from './skip-lines';

export { MAX_FIELD_BYTES, type CsvItem, type ReadProgress } from './csv-item';

const CHUNK_BYTES = 1 << 20;

/**
 * How many times one file may restart its parser behind a broken quote. Each restart reads the
 * file again from the top (skipping lines is cheap, but not free): past this many the rest of the
 * file is reported as one dropped range instead.
 */
export const MAX_RESYNCS = 200;

/** One parser run over the file from a given line, and where the next run should start. */
interface Run {
  items: AsyncGenerator<CsvItem>;
  /**
   * Set when the run stopped at a broken quote: the line its record started on, and the line
   * feeds up to the end of that line (what the next run skips).
   */
  resync: { line: number; skip: number } | null;
}

/**
 * Parses the file with csv-parse from line `start.line + 1` on (the `start.skip` line feeds
 * before are dropped unread), numbering lines as in the whole file. A record the parser had to
 * skip after reading several lines (an opening quote that never closes, or closes lines later in
 * the wrong place) would otherwise swallow the rows on those lines: the run stops there and asks
 * for a new run from the next line.
 */
function parseRun(
  path: string,
  encoding: CsvEncoding,
  start: RunStart,
  progress: ReadProgress,
  header: string[],
): Run {
  const from = start.line;
  const skipped = start.skip;
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const decoder = ICONV_DECODER[encoding];
  const decoded: NodeJS.ReadableStream = decoder === null ? file : file.pipe(iconv.decodeStream(decoder));
  const skip = new SkipLines(start.skip);
  const tap = new LineFeedTap();
  const source = (start.skip > 0 ? decoded.pipe(skip) : decoded).pipe(tap);
  let lastRecordEnd = from;
  /** Where the last record read ended, in the bytes csv-parse counts. */
  let lastRecordEndByte = 0;
  const run: Run = { items: undefined as unknown as AsyncGenerator<CsvItem>, resync: null };
  const parser = parse({
    bom: start.skip === 0,
    ...(start.delimiter === undefined ? {} : { record_delimiter: start.delimiter }),
    info: true,
    relax_column_count: true,
    skip_records_with_error: true,
    // Called in the parser's own order, before records wait in the stream's buffer: the line
    // the record after the last one starts on is known when a bad one is skipped.
    on_record: (record: string[], context: InfoRecord) => {
      if (run.resync !== null) return null;
      lastRecordEnd = from + context.lines;
      lastRecordEndByte = context.bytes;
      return record;
    },
  });
  const problems: CsvItem[] = [];
  parser.on('skip', (error: CsvError) => {
    if (run.resync !== null) return;
    const start = lastRecordEnd + 1;
    const end = from + ((error as CsvError & { lines?: number }).lines ?? 0);
    if (end > start) {
      // The broken record's first line is dropped: the next run skips the line feeds through it.
      run.resync = { line: start, skip: skipped + tap.feedsBefore(lastRecordEndByte) + 1 };
      problems.push({
        kind: 'malformed',
        line: start,
        message: `${quoteProblem(error)} in the record starting on this line; the record is dropped and reading resumes on line ${start + 1}`,
      });
      // Nothing after this point is used: stop reading the file.
      setImmediate(() => {
        source.unpipe(parser);
        file.destroy();
        parser.end();
      });
      return;
    }
    problems.push({ kind: 'malformed', line: end, message: error.message });
  });
  source.pipe(parser);
  file.on('error', (error) => parser.destroy(error));

  async function* items(): AsyncGenerator<CsvItem> {
    let previousEnd = from;
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
        const itemEnd = from + item.info.lines;
        // The parser reports a bad row as soon as it reads it, ahead of the rows still buffered:
        // those before this one are passed on first, and the row starts after them.
        while (problems.length > 0 && (problems[0]?.line ?? 0) < itemEnd) {
          const problem = problems.shift() as CsvItem;
          previousEnd = Math.max(previousEnd, problem.line);
          yield problem;
        }
        const line = previousEnd + 1;
        previousEnd = itemEnd;
        // Where the parser is, not how far the disk has read ahead: what a progress bar should show.
        progress.bytes = item.info.bytes + skip.skippedBytes;
        const out = recordItem(item.record, line, header);
        if (out !== null) yield out;
      }
      yield* problems.splice(0);
    } finally {
      file.destroy();
      parser.destroy();
    }
  }
  run.items = items();
  return run;
}

function quoteProblem(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quote opened here is never closed';
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE')
    return 'a quote opened here closes lines later in the middle of a field';
  return error.message;
}

export interface ReadCsvOptions {
  /**
   * Whether papaparse reads what it can (the default). Off, csv-parse reads the whole file: the
   * reference the tests and the read benchmark compare the fast path with.
   */
  fastPath?: boolean;
}

/**
 * Streams a CSV file, header first, each row with the line it starts on (quoted fields may span
 * lines). Memory stays at a chunk or two whatever the size of the file. Rows with too few or too
 * many fields are passed on for the caller to reject; blank lines are skipped.
 *
 * A broken quote does not take the rows after it down: the record it opened is reported (with
 * its line) and the file is read again from the next line, so every row the parser can read is
 * read and every dropped one is listed.
 *
 * Two parsers share the work: papaparse reads every stretch of the file whose quoting is
 * canonical (see fast-run.ts), csv-parse takes over from the first record that is not and reads
 * on to the end of the file or to a broken quote, after which papaparse reads again. Both give
 * the same rows, lines and messages.
 */
export async function* readCsv(
  path: string,
  encoding: CsvEncoding,
  progress: ReadProgress = { bytes: 0 },
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvItem> {
  for await (const items of readCsvBatches(path, encoding, progress, options)) yield* items;
}

/**
 * readCsv's items a batch at a time (a chunk of the file on the fast path): for the importer's
 * own loop, which then awaits once per batch instead of once per row.
 */
export async function* readCsvBatches(
  path: string,
  encoding: CsvEncoding,
  progress: ReadProgress = { bytes: 0 },
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvItem[]> {
  const header: string[] = [];
  let start: RunStart = { skip: 0, line: 0 };
  for (let restarts = 0; ; restarts += 1) {
    let from = start;
    if (options.fastPath !== false) {
      const fast = fastRun(path, encoding, start, progress, header);
      yield* fast.items;
      if (fast.handoff === null) return;
      from = fast.handoff;
    }
    const run = parseRun(path, encoding, from, progress, header);
    for await (const item of run.items) yield [item];
    if (run.resync === null) return;
    start = { skip: run.resync.skip, line: run.resync.line };
    if (restarts + 1 >= MAX_RESYNCS) {
      yield [
        {
          kind: 'malformed',
          line: start.line + 1,
          message: `more than ${MAX_RESYNCS} broken quotes: the rest of the file, from this line on, is not read`,
        },
      ];
      return;
    }
  }
}
