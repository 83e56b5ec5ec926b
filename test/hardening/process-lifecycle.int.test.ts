import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TEST_JWT_SECRET, tokenFor } from '../support/app';

// `npm start` builds the project and starts its own embedded Neo4j (twice: once after the kill).
jest.setTimeout(600_000);

const ROOT = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The children of a process, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

interface LogLine {
  msg?: string;
  pid?: number;
  reqId?: string;
  [key: string]: unknown;
}

async function until<T>(
  what: string,
  ms: number,
  check: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe('npm start under a supervisor: the database dies, then SIGTERM', () => {
  let npm: ChildProcess;
  const lines: LogLine[] = [];
  const home = mkdtempSync(join(tmpdir(), 'stakeholder-lifecycle-'));
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: '',
        NEO4J_EMBEDDED_PORT: String(await freePort()),
        NEO4J_EMBEDDED_DATA_DIR: home,
        NEO4J_EMBEDDED_HEAP_MB: '512',
        NEO4J_EMBEDDED_PAGECACHE_MB: '64',
        SEED_DEMO: 'false',
        AUTH_MODE: 'jwt',
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: npm.stdout! }).on('line', (line) => {
      try {
        lines.push(JSON.parse(line) as LogLine);
      } catch {
        lines.push({ msg: line });
      }
    });
    npm.stderr!.resume();
    url = await until('the server to be ready', 400_000, () => {
      const ready = lines.find((l) => l.msg?.startsWith('GraphQL ready at '));
      if (npm.exitCode !== null)
        throw new Error(`npm start exited ${npm.exitCode}: ${JSON.stringify(lines.slice(-5))}`);
      return ready?.msg?.split(' ')[3];
    });
  });

  afterAll(() => {
    if (npm.exitCode === null) npm.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  const ask = async () => {
    const started = Date.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor('t-lifecycle')}` },
      body: JSON.stringify({ query: 'query Portfolio { accounts { totalCount } }' }),
      signal: AbortSignal.timeout(30_000),
    });
    return {
      status: response.status,
      headers: response.headers,
      text: await response.text(),
      ms: Date.now() - started,
    };
  };

  it('answers 503 within 5 s when the embedded JVM is killed, then serves data again within 120 s', async () => {
    expect((await ask()).status).toBe(200);
    const jvm = lines.find((l) => l.msg === 'Embedded Neo4j started')?.pid;
    expect(jvm).toEqual(expect.any(Number));
    process.kill(jvm!, 'SIGKILL');
    const killed = Date.now();

    const refused = await until('a 503', 10_000, async () => {
      const answer = await ask();
      return answer.status === 503 ? answer : undefined;
    });
    expect(Date.now() - killed).toBeLessThanOrEqual(5_000);
    expect(refused.ms).toBeLessThan(5_000);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(JSON.parse(refused.text)).toMatchObject({
      errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    // Nothing internal reaches the client: no statement names, no Cypher files.
    expect(refused.text).not.toMatch(/queryName|\.cypher|neo4j\.|Neo\./i);

    // Waited for past the 120 s, so a miss is measured and named rather than a timeout.
    await until('data again', 300_000, async () => {
      const answer = await ask().catch(() => undefined);
      return answer?.status === 200 ? answer : undefined;
    });
    const servedAfterMs = Date.now() - killed;
    expect(lines.some((l) => l.msg === 'Embedded Neo4j died: restarting it')).toBe(true);
    const restarted = lines.find((l) => l.msg === 'Embedded Neo4j restarted');
    const upAgain = lines.find(
      (l) =>
        l.msg === 'Neo4j is up: serving requests again' && typeof l.time === 'number' && l.time >= killed,
    );
    const firstStartMs = Number(lines.find((l) => l.msg === 'Embedded Neo4j started')?.['ms']);
    const restartMs = Number(restarted?.['ms']);
    const upAfterMs = Number(upAgain?.time) - killed;
    const figures = `served again ${servedAfterMs} ms after the kill, requests admitted again after ${upAfterMs} ms; Neo4j restart ${restartMs} ms; first start ${firstStartMs} ms`;
    process.stdout.write(`process-lifecycle: ${figures}\n`);
    // What the server logged meanwhile (request lines left out): where the time went.
    for (const l of lines)
      if (typeof l.time === 'number' && l.time >= killed && !/^request /.test(l.msg ?? ''))
        process.stdout.write(`  +${l.time - killed} ms ${l.msg ?? ''}\n`);
    // The server's own share, whatever the machine's load: the restart begins at once (no Java
    // probe, no build check, no seeding) and requests are admitted as soon as Neo4j is up. (The
    // first statements on a just-started Neo4j are slow on a starved machine: plans are compiled
    // afresh; that is Neo4j's start, not the server's.)
    expect(restartMs).toBeGreaterThan(0);
    const overheadMs = upAfterMs - restartMs;
    expect(`${overheadMs <= 10_000 ? 'within' : 'over'} 10 s of overhead: ${figures}`).toMatch(/^within/);
    // The bound. A Neo4j start alone can exceed it on a starved machine: the figures say so.
    expect(`${servedAfterMs <= 120_000 ? 'within' : 'over'} 120 s: ${figures}`).toMatch(/^within/);
    // The access log has a line per request, with its id.
    expect(lines.some((l) => l.msg === 'request completed' && typeof l.reqId === 'string')).toBe(true);
  });

  it('stops node and Neo4j within 10 s of SIGTERM to the npm process', async () => {
    const node = childrenOf(npm.pid!);
    const jvm = [...lines].reverse().find((l) => l.msg === 'Embedded Neo4j restarted')?.pid;
    expect(node.length).toBeGreaterThan(0);
    expect(jvm).toEqual(expect.any(Number));
    const everything = [npm.pid!, ...node, ...node.flatMap(childrenOf), jvm!];
    npm.kill('SIGTERM');
    const stopped = Date.now();
    await until('every process to end', 15_000, () => (everything.some(alive) ? undefined : true));
    expect(Date.now() - stopped).toBeLessThanOrEqual(10_000);
  });
});
