import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLine, type Cell, type QuoteStyle } from './csv';

/**
 * One CSV file written through a stream. Rows are collected per account and handed to the
 * stream in one piece; when the stream's buffer is full, `flush` waits for it to drain, so a
 * portfolio of any size is written in the memory of one account.
 */
export class CsvFileWriter {
  private pending: string[] = [];
  private rowCount = 0;
  private failure: Error | null = null;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
    private readonly style: QuoteStyle,
  ) {
    stream.on('error', (error) => {
      this.failure = error;
    });
  }

  static open(path: string, header: readonly string[], style: QuoteStyle): CsvFileWriter {
    const writer = new CsvFileWriter(path, createWriteStream(path, { encoding: 'utf8' }), style);
    writer.pending.push(csvLine(header, style));
    return writer;
  }

  get rows(): number {
    return this.rowCount;
  }

  add(values: readonly Cell[]): void {
    this.pending.push(csvLine(values, this.style));
    this.rowCount += 1;
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    // events.once rejects if the stream fails while we wait.
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }
}
