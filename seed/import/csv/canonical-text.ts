/**
 * What the fast CSV path (papaparse) may read on its own: text where every quote sits where
 * RFC 4180 puts it. On such text papaparse and csv-parse (the careful path, with the importer's
 * options) read the same fields; they differ only on broken quoting, where papaparse is lenient
 * (a stray quote inside a bare field is kept, spaces after a closing quote are dropped) and
 * csv-parse rejects the record, which is what the rejects file has always said. So the fast path
 * checks its text with these and hands anything else to csv-parse.
 */

export type RecordDelimiter = '\n' | '\r\n' | '\r';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The record delimiter csv-parse would settle on: the first line break outside quotes (`\r\n`
 * before `\r`). `null` when the text holds none yet (or ends on a `\r` the next chunk may
 * complete).
 */
export function detectRecordDelimiter(text: string): RecordDelimiter | null {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === LF) return '\n';
    else if (!quoted && c === CR) {
      if (i + 1 >= text.length) return null;
      return text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
    }
  }
  return null;
}

/**
 * Whether every quote in `text[0, end)` opens a field (at a record's or a field's start) and is
 * closed by a quote followed by a comma, the record delimiter or, when `atEof`, the end of the
 * text, with only doubled quotes between. `text` starts at a record's start; `end` is a record's
 * end (or the text's). Cost: one `indexOf` per quote.
 */
export function quotesAreCanonical(
  text: string,
  end: number,
  delimiter: '\n' | '\r\n',
  atEof: boolean,
): boolean {
  const crlf = delimiter === '\r\n';
  let open = text.indexOf('"');
  while (open !== -1 && open < end) {
    if (open > 0) {
      const before = text.charCodeAt(open - 1);
      const startsField =
        before === COMMA || (before === LF && (!crlf || (open > 1 && text.charCodeAt(open - 2) === CR)));
      if (!startsField) return false;
    }
    let close = open;
    for (;;) {
      close = text.indexOf('"', close + 1);
      if (close === -1 || close >= end) return false;
      if (text.charCodeAt(close + 1) !== QUOTE) break;
      close += 1;
    }
    const after = close + 1;
    if (after >= text.length) {
      if (!atEof) return false;
    } else {
      const next = text.charCodeAt(after);
      const endsField =
        next === COMMA || (crlf ? next === CR && text.charCodeAt(after + 1) === LF : next === LF);
      if (!endsField) return false;
    }
    open = text.indexOf('"', after);
  }
  return true;
}

/** How many times the character (a line feed or carriage return) occurs in `text[from, to)`. */
export function countChar(text: string, char: '\n' | '\r', from = 0, to = text.length): number {
  let count = 0;
  let at = text.indexOf(char, from);
  while (at !== -1 && at < to) {
    count += 1;
    at = text.indexOf(char, at + 1);
  }
  return count;
}
