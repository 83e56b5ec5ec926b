import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../domain/errors';

const SOURCES = ['pom.xml', 'src/main/java/dev/stakeholder/neo4j/Launcher.java'];

function sourceHash(launcherRoot: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(readFileSync(join(launcherRoot, file)));
  return hash.digest('hex');
}

/**
 * Builds the launcher (and so downloads Neo4j's jars from Maven Central) unless a build of the
 * current sources is already there. Returns the Java class path.
 */
export async function ensureLauncherBuilt(
  launcherRoot: string,
  log: (line: string) => void,
): Promise<string> {
  const target = join(launcherRoot, 'target');
  const stamp = join(target, '.built-from');
  const classPath = `${join(target, 'classes')}:${join(target, 'lib', '*')}`;
  const wanted = sourceHash(launcherRoot);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return classPath;

  log('Fetching Neo4j 5.26 from Maven Central and building its launcher (first run only, ~125 MB)…');
  const started = Date.now();
  const mvn = await runMaven(launcherRoot, log);
  if (mvn.error && (mvn.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new StartupError(
      'Maven (mvn) is needed once to fetch Neo4j: install it (apt-get install maven) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  if (mvn.status !== 0) {
    const output = `${mvn.stdout ?? ''}\n${mvn.stderr ?? ''}`;
    const reason = output.split('\n').find((l) => l.includes('[ERROR]')) ?? output.trim().split('\n').pop();
    throw new StartupError(
      `Could not fetch Neo4j from Maven Central (mvn exited ${mvn.status}): ${reason?.replace('[ERROR] ', '') ?? 'no output'}. ` +
        'Check the network or ~/.m2/settings.xml, or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  writeFileSync(stamp, wanted);
  log(`Neo4j fetched and launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return classPath;
}

interface MavenRun {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

/**
 * `mvn package`, reporting how many files it has downloaded every few seconds: on a slow
 * network the first start spends minutes here, and a silent terminal looks like a hang.
 */
function runMaven(launcherRoot: string, log: (line: string) => void): Promise<MavenRun> {
  return new Promise((done) => {
    const child = spawn('mvn', ['-B', '-f', join(launcherRoot, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let downloaded = 0;
    let reported = 0;
    const started = Date.now();
    const progress = setInterval(() => {
      if (downloaded === reported) return;
      reported = downloaded;
      log(`Fetching Neo4j: ${downloaded} files downloaded, ${((Date.now() - started) / 1000).toFixed(0)} s…`);
    }, 5_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      downloaded += text.split('Downloaded from').length - 1;
      // Keep the tail only: the error lines are what a failure is explained with.
      stdout = (stdout + text).slice(-64 * 1024);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-64 * 1024);
    });
    child.once('error', (error) => {
      clearInterval(progress);
      done({ status: null, stdout, stderr, error });
    });
    child.once('close', (status) => {
      clearInterval(progress);
      done({ status, stdout, stderr });
    });
  });
}
