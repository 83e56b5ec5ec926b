import { Transform, type TransformCallback } from 'node:stream';

/**
 * Passes a CSV parser's input through untouched and notes where each line feed is, in the bytes
 * the parser counts (UTF-8 for text). csv-parse numbers lines by every CR and LF it meets, inside
 * quoted fields too, while a restart skips line feeds: after a record holding a CRLF in a quoted
 * field the two counts differ, and a restart by line number would drop rows. With this, a restart
 * skips exactly the line feeds up to where the last good record ended.
 */
export class LineFeedTap extends Transform {
  private readonly feeds: number[] = [];
  private seen = 0;

  constructor() {
    super({ decodeStrings: false });
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1))
      this.feeds.push(this.seen + at);
    this.seen += bytes.length;
    done(null, chunk);
  }

  /** Line feeds at byte offsets below `offset`. */
  feedsBefore(offset: number): number {
    let low = 0;
    let high = this.feeds.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.feeds[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
