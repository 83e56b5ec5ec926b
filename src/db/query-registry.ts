import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { StartupError } from '../domain/errors';

export interface CypherQuery {
  /** Path under cypher/ without the extension, e.g. `account/list-accounts`. */
  name: string;
  text: string;
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

/** Drops `//` line comments so a file can explain itself without the comment reaching Neo4j. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/**
 * Every `.cypher` file, read once at boot. Repositories ask for queries by name when they are
 * constructed, so a missing or empty file fails start-up rather than the first request.
 */
export class QueryRegistry {
  private readonly queries = new Map<string, CypherQuery>();

  private constructor(readonly root: string) {}

  static load(root: string): QueryRegistry {
    const registry = new QueryRegistry(root);
    let files: string[];
    try {
      files = listCypherFiles(root);
    } catch (error) {
      throw new StartupError(`Cannot read the Cypher folder ${root}: ${(error as Error).message}`);
    }
    for (const file of files) {
      const name = relative(root, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      if (name.startsWith('schema/')) continue;
      const text = stripComments(readFileSync(file, 'utf8'));
      if (text === '') throw new StartupError(`Cypher file ${file} is empty`);
      registry.queries.set(name, { name, text });
    }
    return registry;
  }

  get(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (!query) throw new StartupError(`No Cypher file cypher/${name}.cypher`);
    return query;
  }

  all(): CypherQuery[] {
    return [...this.queries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

export interface SchemaFile {
  version: string;
  statements: string[];
  checksum: string;
}

/** Numbered schema files (`cypher/schema/001_constraints.cypher`), in order, split into statements. */
export function loadSchemaFiles(root: string): SchemaFile[] {
  const dir = join(root, 'schema');
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const statements = stripComments(raw)
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const checksum = createHash('sha256').update(raw).digest('hex').slice(0, 16);
      return { version: file.replace(/\.cypher$/, ''), statements, checksum };
    });
}
