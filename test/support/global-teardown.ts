import { rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';

export default async function globalTeardown(): Promise<void> {
  const scope = globalThis as { __TEST_NEO4J__?: EmbeddedNeo4j; __TEST_NEO4J_HOME__?: string };
  await scope.__TEST_NEO4J__?.stop();
  if (scope.__TEST_NEO4J_HOME__) rmSync(scope.__TEST_NEO4J_HOME__, { recursive: true, force: true });
}
