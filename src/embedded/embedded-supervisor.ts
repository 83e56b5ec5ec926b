import type { Logger } from '../config/logger';
import { EmbeddedNeo4j, type EmbeddedOptions } from './embedded-neo4j';

export interface SupervisorOptions {
  embedded: EmbeddedOptions;
  logger: Logger;
  /** Attempts before giving up (each waits a little longer than the last). */
  maxAttempts?: number;
  /** The database died; requests should be refused until `onRestarted`. */
  onDied?: () => void;
  onRestarted?: () => void;
  /** Every attempt failed: the process should exit non-zero so an outside supervisor takes over. */
  onGaveUp: (message: string) => void;
}

/**
 * Keeps the embedded Neo4j running: when its JVM dies (OOM killer, a stray `kill`), another is
 * started on the same port and store, so the driver's next connection reaches it and the server
 * serves data again without a restart of its own.
 */
export class EmbeddedSupervisor {
  private current: EmbeddedNeo4j | undefined;
  private stopped = false;
  private restarting: Promise<void> | undefined;

  private constructor(private readonly options: SupervisorOptions) {}

  static async start(options: SupervisorOptions): Promise<EmbeddedSupervisor> {
    const supervisor = new EmbeddedSupervisor(options);
    const first = await EmbeddedNeo4j.start(options.embedded);
    // Port 0 picks a free port once; every restart reuses it, so the driver's URI stays true.
    options.embedded = { ...options.embedded, port: Number(new URL(first.boltUri).port) };
    supervisor.watch(first);
    return supervisor;
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.embedded.port}`;
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.restarting?.catch(() => undefined);
    // Short enough that a supervisor's SIGTERM is honoured within 10 s, store closed cleanly.
    await this.current?.stop(3_500);
  }

  private watch(neo4j: EmbeddedNeo4j): void {
    this.current = neo4j;
    void neo4j.died().then((code) => {
      if (this.stopped) return;
      this.options.logger.error({ code, pid: neo4j.pid }, 'Embedded Neo4j died: restarting it');
      this.options.onDied?.();
      this.restarting = this.restart();
    });
  }

  private async restart(): Promise<void> {
    const attempts = this.options.maxAttempts ?? 3;
    let last = '';
    for (let attempt = 1; attempt <= attempts && !this.stopped; attempt += 1) {
      const started = Date.now();
      try {
        // Same launcher, store and port: no Java probe, no build check, no seeding (the store
        // keeps the data; Neo4j recovers its transaction log on start).
        const neo4j = await EmbeddedNeo4j.start(this.options.embedded, this.current?.classPath);
        if (this.stopped) return void (await neo4j.stop());
        this.options.logger.info(
          { pid: neo4j.pid, attempt, ms: Date.now() - started },
          'Embedded Neo4j restarted',
        );
        this.watch(neo4j);
        this.options.onRestarted?.();
        return;
      } catch (error) {
        last = (error as Error).message;
        this.options.logger.error({ attempt, err: error }, 'Embedded Neo4j did not restart');
        await new Promise((done) => setTimeout(done, 1_000 * attempt));
      }
    }
    if (!this.stopped)
      this.options.onGaveUp(`The embedded Neo4j could not be restarted after ${attempts} attempts: ${last}`);
  }
}
