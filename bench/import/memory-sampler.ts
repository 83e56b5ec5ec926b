export interface MemoryPeaks {
  /** Resident set size of this process, bytes. */
  rss: number;
  heapUsed: number;
  samples: number;
}

/**
 * Samples this process's memory on a timer. A busy event loop delays samples, so peaks between
 * two samples can be missed; at 50 ms that is a small blind spot for a minutes-long import.
 */
export class MemorySampler {
  private peaks: MemoryPeaks = { rss: 0, heapUsed: 0, samples: 0 };
  private timer: NodeJS.Timeout | null = null;

  start(intervalMs = 50): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): MemoryPeaks {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return { ...this.peaks };
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peaks = {
      rss: Math.max(this.peaks.rss, rss),
      heapUsed: Math.max(this.peaks.heapUsed, heapUsed),
      samples: this.peaks.samples + 1,
    };
  }
}
