import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The folder holding package.json, whether running from src/ (tests) or dist/src/ (built). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(resolve(__dirname));
export const CYPHER_ROOT = join(PROJECT_ROOT, 'cypher');
export const LAUNCHER_ROOT = join(PROJECT_ROOT, 'neo4j-launcher');
