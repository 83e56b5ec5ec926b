import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { countChar, detectRecordDelimiter, quotesAreCanonical, type RecordDelimiter } from './canonical-text';
import { recordItem, type CsvItem, type ReadProgress } from './csv-item';
import { ICONV_DECODER, type CsvEncoding } from './detect-encoding';

/** Where a run starts: after `skip` line feeds of the file, numbering lines from `line + 1`. */
export interface RunStart {
  skip: number;
  line: number;
  /** The record delimiter already settled on (csv-parse discovers its own when absent). */
  delimiter?: RecordDelimiter;
}

export interface FastRun {
  /** A chunk's items at a time (one await per chunk, not per row). */
  items: AsyncGenerator<CsvItem[]>;
  /** Set when the run met text it must not read: the careful parser takes over from there. */
  handoff: RunStart | null;
}

/**
 * Node's own default. Fields are slices of a chunk's text, so records waiting in a write batch
 * keep their chunks alive, and each chunk's text is garbage once parsed: 1 MB chunks raised the
 * read path's peak RSS by ~85 MB over csv-parse's, 64 KB ones by ~5 MB, for the same CPU.
 */
const CHUNK_BYTES = 1 << 16;

/**
 * A record still open after this many characters is not an export's record (fields over
 * MAX_FIELD_BYTES are rejected anyway): most likely a quote that never closes. It goes to the
 * careful path instead of being re-parsed with every chunk that follows.
 */
const MAX_OPEN_RECORD_CHARS = 1 << 22;

type Decoder = { write(bytes: Buffer): string; end(): string | undefined };

/** UTF-16 loses its BOM in iconv's decoder. */
function decoderFor(encoding: CsvEncoding): Decoder {
  const name = ICONV_DECODER[encoding];
  return name === null ? new StringDecoder('utf8') : iconv.getDecoder(name);
}

/** Line breaks (as csv-parse counts them: every CR and LF) inside one record's fields. */
function breaksIn(values: readonly string[]): number {
  let breaks = 0;
  for (const value of values) {
    if (value.indexOf('\n') !== -1) breaks += countChar(value, '\n');
    if (value.indexOf('\r') !== -1) breaks += countChar(value, '\r');
  }
  return breaks;
}

/**
 * The happy path of the CSV reader: papaparse (about 2.5x less CPU than csv-parse on the
 * exports) on decoded text, one chunk at a time, the incomplete last record carried over. Each
 * chunk's complete records are passed on only once `quotesAreCanonical` says csv-parse would
 * read them the same way; otherwise, or on any papaparse error, the run stops at the first
 * record of that chunk and hands over to csv-parse (`handoff`), which reports what is broken
 * exactly as before. Lines are numbered as csv-parse numbers them (every CR or LF inside a
 * quoted field counts), so a row has the same line whichever path read it.
 */
export function fastRun(
  path: string,
  encoding: CsvEncoding,
  start: RunStart,
  progress: ReadProgress,
  header: string[],
): FastRun {
  const run: FastRun = { items: undefined as unknown as AsyncGenerator<CsvItem[]>, handoff: null };

  async function* items(): AsyncGenerator<CsvItem[]> {
    const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
    const decoder = decoderFor(encoding);
    let toSkip = start.skip;
    /** Line feeds before `carry` (the text not yet parsed), and the csv-parse line it follows. */
    let feeds = start.skip;
    let line = start.line;
    let delimiter: RecordDelimiter | null = start.delimiter ?? null;
    let carry = '';
    let bytesRead = 0;
    let atFileStart = start.skip === 0;

    /** Parses `text`; the records it may pass on, or null to hand over at `text`'s start. */
    const parse = (text: string, atEof: boolean): { items: CsvItem[]; rest: string } | null => {
      if (delimiter === null) {
        delimiter = detectRecordDelimiter(text);
        if (delimiter === null) {
          if (!atEof) return { items: [], rest: text };
          delimiter = '\n';
        }
      }
      // A file whose records end in a bare CR cannot be restarted by line feeds: csv-parse reads it.
      if (delimiter === '\r') return null;
      const result = new Papa.Parser({ delimiter: ',', newline: delimiter, quoteChar: '"' }).parse(
        text,
        0,
        !atEof,
      ) as { data: string[][]; errors: unknown[]; meta: { cursor: number } };
      if (result.errors.length > 0) return null;
      const end = atEof ? text.length : result.meta.cursor;
      if (!quotesAreCanonical(text, end, delimiter, atEof)) return null;
      const records = result.data;
      const lineFeeds = countChar(text, '\n', 0, end);
      // Most chunks hold no line break but the records' own: lines then simply follow.
      const sequential =
        !atEof && lineFeeds + countChar(text, '\r', 0, end) === records.length * delimiter.length;
      const out: CsvItem[] = [];
      for (const values of records) {
        const first = line + 1;
        line = sequential ? first : first + breaksIn(values);
        const item = recordItem(values, first, header);
        if (item !== null) out.push(item);
      }
      feeds += lineFeeds;
      return { items: out, rest: atEof ? '' : text.slice(end) };
    };

    const handOver = (): void => {
      run.handoff = { skip: feeds, line, ...(feeds > 0 && delimiter !== null ? { delimiter } : {}) };
    };

    try {
      for await (const chunk of file as AsyncIterable<Buffer>) {
        bytesRead += chunk.length;
        let text = decoder.write(chunk);
        if (atFileStart && text.length > 0) {
          // csv-parse drops a UTF-8 BOM at the start of the file (and iconv a UTF-16 one).
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          atFileStart = false;
        }
        if (toSkip > 0) {
          let at = 0;
          while (toSkip > 0) {
            const feed = text.indexOf('\n', at);
            if (feed === -1) break;
            at = feed + 1;
            toSkip -= 1;
          }
          if (toSkip > 0) continue;
          text = text.slice(at);
        }
        const parsed = parse(carry + text, false);
        if (parsed === null || parsed.rest.length > MAX_OPEN_RECORD_CHARS) {
          if (parsed !== null && parsed.items.length > 0) yield parsed.items;
          handOver();
          return;
        }
        carry = parsed.rest;
        progress.bytes = bytesRead - carry.length;
        if (parsed.items.length > 0) yield parsed.items;
      }
      if (toSkip > 0) return;
      const parsed = parse(carry + (decoder.end() ?? ''), true);
      if (parsed === null) {
        handOver();
        return;
      }
      progress.bytes = bytesRead;
      if (parsed.items.length > 0) yield parsed.items;
    } finally {
      file.destroy();
    }
  }

  run.items = items();
  return run;
}
