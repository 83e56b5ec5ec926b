import { Transform, type TransformCallback } from 'node:stream';

/**
 * Drops the first `lines` lines (counted by line feed, so CRLF and LF files alike) of a byte or
 * text stream and passes the rest through untouched. The CSV reader restarts its parser behind a
 * broken quote with it: the new parser must not see the quote again, which csv-parse's own
 * `from_line` cannot promise (it still tokenises the lines it skips).
 */
export class SkipLines extends Transform {
  /** Bytes (UTF-8 bytes for text) dropped so far, to keep progress figures honest. */
  skippedBytes = 0;
  private remaining: number;

  constructor(lines: number) {
    super({ decodeStrings: false });
    this.remaining = lines;
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.remaining <= 0) {
      done(null, chunk);
      return;
    }
    let from = 0;
    while (this.remaining > 0) {
      const at = typeof chunk === 'string' ? chunk.indexOf('\n', from) : chunk.indexOf(0x0a, from);
      if (at < 0) {
        from = chunk.length;
        break;
      }
      from = at + 1;
      this.remaining -= 1;
    }
    const dropped = chunk.slice(0, from);
    this.skippedBytes += typeof dropped === 'string' ? Buffer.byteLength(dropped) : dropped.length;
    if (from < chunk.length) this.push(chunk.slice(from));
    done();
  }
}
