import { createReadStream } from 'node:fs';
import { parse, type CsvError, type Info } from 'csv-parse';
import iconv from 'iconv-lite';
import type { CsvEncoding } from './detect-encoding';

export type CsvItem =
  | { kind: 'header'; line: number; values: string[] }
  | { kind: 'row'; line: number; values: string[] }
  /**
   * A row the CSV parser could not read (a stray quote, say), or one with a field too long to
   * store: reported with its line (and column when known), the rest goes on.
   */
  | { kind: 'malformed'; line: number; message: string; column?: string };

/**
 * The longest field a row may hold, in UTF-8 bytes. Neo4j refuses index keys over ~8 KB, and
 * any imported field may be an indexed key (ids, names, e-mails): a longer one would abort the
 * whole write batch, so its row is rejected here instead, with the line and column.
 */
export const MAX_FIELD_BYTES = 4_000;

/** Bytes of the file parsed so far, for progress bars (shared with the caller). */
export interface ReadProgress {
  bytes: number;
}

const CHUNK_BYTES = 1 << 20;

/**
 * Streams a CSV file, header first, each row with the line it starts on (quoted fields may span
 * lines). Memory stays at a chunk or two whatever the size of the file. Rows with too few or too
 * many fields are passed on for the caller to reject; blank lines are skipped.
 */
export async function* readCsv(
  path: string,
  encoding: CsvEncoding,
  progress: ReadProgress = { bytes: 0 },
): AsyncGenerator<CsvItem> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  // Latin-1 files are decoded as Windows-1252: the same characters, plus the € and curly quotes
  // that "Latin-1" exports from Windows machines actually contain.
  const decoder = { latin1: 'win1252', utf16le: 'utf16le', utf16be: 'utf16-be', utf8: null }[encoding];
  const source: NodeJS.ReadableStream = decoder === null ? file : file.pipe(iconv.decodeStream(decoder));
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_records_with_error: true });
  const problems: CsvItem[] = [];
  parser.on('skip', (error: CsvError) => {
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    problems.push({ kind: 'malformed', line, message: error.message });
  });
  source.pipe(parser);
  file.on('error', (error) => parser.destroy(error));

  let previousEnd = 0;
  let headerSeen = false;
  let header: string[] = [];
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      // The parser reports a bad row as soon as it reads it, ahead of the rows still buffered:
      // those before this one are passed on first, and the row starts after them.
      while (problems.length > 0 && (problems[0]?.line ?? 0) < item.info.lines) {
        const problem = problems.shift() as CsvItem;
        previousEnd = Math.max(previousEnd, problem.line);
        yield problem;
      }
      const line = previousEnd + 1;
      previousEnd = item.info.lines;
      // Where the parser is, not how far the disk has read ahead: what a progress bar should show.
      progress.bytes = item.info.bytes;
      const values = item.record;
      if (values.length === 1 && values[0] === '') continue;
      if (!headerSeen) {
        headerSeen = true;
        header = values.map((value) => value.trim().replace(/^\uFEFF/, ''));
        yield { kind: 'header', line, values: header };
        continue;
      }
      const tooLong = values.findIndex(
        (value) => value.length > MAX_FIELD_BYTES / 4 && Buffer.byteLength(value) > MAX_FIELD_BYTES,
      );
      if (tooLong >= 0) {
        const column = header[tooLong] || `#${tooLong + 1}`;
        const size = Buffer.byteLength(values[tooLong] ?? '');
        yield {
          kind: 'malformed',
          line,
          column,
          message: `field '${column}' is ${size} bytes long, over the ${MAX_FIELD_BYTES} a field may hold`,
        };
        continue;
      }
      yield { kind: 'row', line, values };
    }
    yield* problems.splice(0);
  } finally {
    file.destroy();
    parser.destroy();
  }
}
