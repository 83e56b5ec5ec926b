import { MultiBar, Presets, type SingleBar } from 'cli-progress';

export type ProgressMode = 'auto' | 'bar' | 'plain' | 'none';

/** One file (or one pass over it) being read. */
export interface FileProgress {
  update(rows: number, bytes: number): void;
  finish(rows: number): void;
}

export interface ProgressReporter {
  start(label: string, totalBytes: number): FileProgress;
  /** A line of its own (a pass starting, a warning), printed without breaking the bars. */
  note(message: string): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5_000;
const number = new Intl.NumberFormat('en-US');

function rate(rows: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(rows / seconds) : 0;
}

function eta(bytes: number, total: number, startedAt: number): string {
  if (bytes <= 0 || total <= 0 || bytes >= total) return '0 s';
  const elapsed = (Date.now() - startedAt) / 1000;
  const seconds = Math.round((elapsed * (total - bytes)) / bytes);
  return seconds >= 120 ? `${Math.round(seconds / 60)} min` : `${seconds} s`;
}

/** A bar per file with rows/s and ETA (from bytes read, the only size known before the end). */
class BarReporter implements ProgressReporter {
  private readonly bars = new MultiBar(
    {
      format: ' {label} |{bar}| {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  private width = 24;

  start(label: string, totalBytes: number): FileProgress {
    this.width = Math.max(this.width, label.length);
    const bar: SingleBar = this.bars.create(Math.max(totalBytes, 1), 0, {
      label: label.padEnd(this.width),
      rows: '0',
      speed: '0',
    });
    const startedAt = Date.now();
    return {
      update: (rows, bytes) =>
        bar.update(Math.min(bytes, totalBytes), {
          rows: number.format(rows),
          speed: number.format(rate(rows, startedAt)),
        }),
      finish: (rows) => {
        bar.update(Math.max(totalBytes, 1), {
          rows: number.format(rows),
          speed: number.format(rate(rows, startedAt)),
        });
        bar.stop();
      },
    };
  }

  note(message: string): void {
    this.bars.log(`${message}\n`);
  }

  stop(): void {
    this.bars.stop();
  }
}

/** Log lines for CI and other non-terminals: one every few seconds per file, and one at its end. */
class PlainReporter implements ProgressReporter {
  constructor(private readonly out: NodeJS.WritableStream) {}

  start(label: string, totalBytes: number): FileProgress {
    const startedAt = Date.now();
    let lastAt = startedAt;
    return {
      update: (rows, bytes) => {
        if (Date.now() - lastAt < PLAIN_EVERY_MS) return;
        lastAt = Date.now();
        const percent = totalBytes > 0 ? Math.min(100, Math.floor((bytes / totalBytes) * 100)) : 0;
        this.out.write(
          `[import] ${label}: ${number.format(rows)} rows, ${percent}%, ${number.format(rate(rows, startedAt))} rows/s, ETA ${eta(bytes, totalBytes, startedAt)}\n`,
        );
      },
      finish: (rows) => {
        const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
        this.out.write(
          `[import] ${label}: ${number.format(rows)} rows in ${seconds} s (${number.format(rate(rows, startedAt))} rows/s)\n`,
        );
      },
    };
  }

  note(message: string): void {
    this.out.write(`[import] ${message}\n`);
  }

  stop(): void {}
}

class SilentReporter implements ProgressReporter {
  start(): FileProgress {
    return { update: () => undefined, finish: () => undefined };
  }
  note(): void {}
  stop(): void {}
}

export function createProgress(
  mode: ProgressMode,
  out: NodeJS.WriteStream = process.stderr,
): ProgressReporter {
  const resolved = mode === 'auto' ? (out.isTTY ? 'bar' : 'plain') : mode;
  if (resolved === 'bar') return new BarReporter();
  if (resolved === 'plain') return new PlainReporter(out);
  return new SilentReporter();
}
