import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { StartupError } from '../domain/errors';
import { checkJava } from './java-runtime';
import { ensureLauncherBuilt } from './launcher-build';

export interface EmbeddedOptions {
  launcherRoot: string;
  /** Neo4j's home: the store under data/, its logs under logs/. */
  homeDir: string;
  /** 0 picks a free port. */
  port: number;
  heapMb: number;
  pageCacheMb: number;
  transactionTimeoutSeconds: number;
  /** Lets `LOAD CSV` read `file:///` URLs, resolved inside this folder (benchmarks); unset: no change. */
  importDir?: string;
  /**
   * More JVM options, after the defaults (so a later `-XX:` wins): the benchmarks' A/B of JVM
   * options (bench/import/ab-jvm-options.ts, `bench:import --jvm-options`). Unset: the defaults.
   */
  jvmOptions?: readonly string[];
  log: (line: string) => void;
}

/** The flags the Neo4j 5 distribution itself starts its JVM with (conf/neo4j.conf). */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/**
 * The default flags, then `extra`. A collector chosen in `extra` replaces G1 (the JVM refuses two);
 * any other flag given twice takes its later value.
 */
export function jvmFlags(extra: readonly string[]): string[] {
  const choosesCollector = extra.some((flag) => /^-XX:\+Use\w+GC$/.test(flag));
  return [...JVM_FLAGS.filter((flag) => !(choosesCollector && flag === '-XX:+UseG1GC')), ...extra];
}

const READY_TIMEOUT_MS = 180_000;

/**
 * A Neo4j 5.26 running in a child JVM, reachable over Bolt on loopback. The child watches its
 * stdin and shuts the database down cleanly when it closes, so even a parent killed with
 * SIGKILL leaves no orphan JVM and no locked store behind.
 */
export class EmbeddedNeo4j {
  private constructor(
    private readonly child: ChildProcess,
    readonly boltUri: string,
    private readonly exited: Promise<number | null>,
    /** The launcher's class path, for a restart to reuse. */
    readonly classPath: string,
  ) {}

  private stopping = false;

  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * Resolves with the exit code when the JVM ends without `stop()` having been asked for (it
   * crashed or was killed): the supervisor's cue to start another. Never resolves otherwise.
   */
  died(): Promise<number | null> {
    return this.exited.then((code) => (this.stopping ? new Promise<never>(() => {}) : code));
  }

  /**
   * Starts the JVM. `classPath` comes from an earlier start of the same launcher (a restart): the
   * Java version probe (a JVM of its own, and a blocking one) and the build check are skipped, so
   * a restart costs one Neo4j start and nothing else, and the server keeps answering meanwhile.
   */
  static async start(options: EmbeddedOptions, classPath?: string): Promise<EmbeddedNeo4j> {
    if (classPath === undefined) {
      checkJava();
      classPath = await ensureLauncherBuilt(options.launcherRoot, options.log);
    }
    const home = resolve(options.homeDir);
    mkdirSync(join(home, 'logs'), { recursive: true });
    const stderrLog = createWriteStream(join(home, 'logs', 'launcher-stderr.log'), { flags: 'a' });

    const child = spawn(
      'java',
      [
        // Start small and grow to the cap: a laptop should not give a demo its whole heap up front.
        `-Xms${Math.min(256, options.heapMb)}m`,
        `-Xmx${options.heapMb}m`,
        ...jvmFlags(options.jvmOptions ?? []),
        '-cp',
        classPath,
        'dev.stakeholder.neo4j.Launcher',
        `--home=${home}`,
        `--port=${options.port}`,
        `--pagecache-mb=${options.pageCacheMb}`,
        `--tx-timeout-s=${options.transactionTimeoutSeconds}`,
        ...(options.importDir === undefined ? [] : [`--import-dir=${resolve(options.importDir)}`]),
      ],
      // Our own process group would not get the terminal's Ctrl-C; we stop it ourselves.
      { stdio: ['pipe', 'pipe', 'pipe'], detached: false },
    );
    child.stderr?.pipe(stderrLog);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

    const boltUri = await new Promise<string>((ready, fail) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(
          new StartupError(
            `Neo4j did not start within ${READY_TIMEOUT_MS / 1000} s; see ${join(home, 'logs')}`,
          ),
        );
      }, READY_TIMEOUT_MS);
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        if (line.startsWith('NEO4J_READY ')) {
          clearTimeout(timer);
          ready(line.slice('NEO4J_READY '.length).trim());
        } else if (line.startsWith('NEO4J_ERROR ')) {
          clearTimeout(timer);
          fail(new StartupError(`Neo4j: ${line.slice('NEO4J_ERROR '.length)}`));
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        fail(new StartupError(`Could not start Java: ${error.message}`));
      });
      void exited.then((code) => {
        clearTimeout(timer);
        fail(new StartupError(`Neo4j exited with code ${code} while starting; see ${join(home, 'logs')}`));
      });
    });
    return new EmbeddedNeo4j(child, boltUri, exited, classPath);
  }

  /** Closes the child's stdin (a clean shutdown), then escalates if it does not exit in time. */
  async stop(graceMs = 30_000): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.stdin?.end();
    const timeout = (ms: number) =>
      new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), ms).unref());
    if ((await Promise.race([this.exited, timeout(graceMs)])) !== 'timeout') return;
    this.child.kill('SIGTERM');
    if ((await Promise.race([this.exited, timeout(Math.min(10_000, graceMs))])) !== 'timeout') return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}
