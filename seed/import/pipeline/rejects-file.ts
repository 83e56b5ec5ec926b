import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export type RejectEffect = 'row rejected' | 'imported without this link';

export interface Reject {
  file: string;
  line: number;
  /** The record the row was to become (`Person`, `PLAYS_ROLE`): one row can feed several. */
  record: string;
  column: string;
  value: string;
  reason: string;
  effect: RejectEffect;
}

export const REJECTS_HEADER = ['file', 'line', 'record', 'column', 'value', 'reason', 'effect'] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rejectLine(reject: Reject): string {
  return `${REJECTS_HEADER.map((column) => csvCell(reject[column])).join(',')}\n`;
}

/**
 * The rejects CSV: one line per problem (a row with two bad values has two lines), written as
 * the import goes, so a run stopped halfway still lists what it found. Lines are buffered and
 * flushed between batches, honouring the stream's backpressure.
 */
export class RejectsFile {
  private buffer: string[] = [];
  private count = 0;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {}

  static async open(path: string): Promise<RejectsFile> {
    const stream = createWriteStream(path, { encoding: 'utf8' });
    await Promise.race([
      once(stream, 'open'),
      once(stream, 'error').then(([error]) => Promise.reject(error as Error)),
    ]);
    stream.write(`${REJECTS_HEADER.join(',')}\n`);
    return new RejectsFile(path, stream);
  }

  get size(): number {
    return this.count;
  }

  add(reject: Reject): void {
    this.count += 1;
    this.buffer.push(rejectLine(reject));
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
