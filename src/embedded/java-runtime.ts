import { spawnSync } from 'node:child_process';
import { StartupError } from '../domain/errors';

/** Neo4j 5.26 runs on Java 17 and 21 only. */
const SUPPORTED = [17, 21];

export function checkJava(): number {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new StartupError(
      'Java is needed for the embedded Neo4j: install Java 17 or 21 (apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const match = /version "(\d+)/.exec(probe.stderr ?? '');
  const major = match ? Number(match[1]) : NaN;
  if (!SUPPORTED.includes(major)) {
    throw new StartupError(
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} found, but Neo4j 5.26 needs Java 17 or 21: install one and put it first on PATH, or set NEO4J_URI.`,
    );
  }
  return major;
}
