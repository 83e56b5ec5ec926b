import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths';

/**
 * The typed client example stays in step with the schema: the committed client/generated is
 * what codegen makes from schema.graphql and client/operations now (run `npm run codegen` after
 * changing either), and `npm run check` type-checks client/example.ts against it. Codegen runs
 * as its own process (its CLI is partly ES modules) in a scratch copy under tmp/, so the
 * committed files are only read.
 */
describe('typed client example (client/)', () => {
  it('is generated from the current schema and operations', () => {
    mkdirSync(join(PROJECT_ROOT, 'tmp'), { recursive: true });
    const scratch = mkdtempSync(join(PROJECT_ROOT, 'tmp', 'codegen-'));
    try {
      for (const path of ['schema.graphql', 'codegen.ts', 'client/operations']) {
        cpSync(join(PROJECT_ROOT, path), join(scratch, path), { recursive: true });
      }
      const cli = join(PROJECT_ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
      execFileSync(process.execPath, [cli, '--config', 'codegen.ts', '--silent'], {
        cwd: scratch,
        stdio: 'pipe',
      });
      const generated = readdirSync(join(scratch, 'client', 'generated')).sort();
      expect(generated).toEqual(readdirSync(join(PROJECT_ROOT, 'client', 'generated')).sort());
      for (const file of generated) {
        expect(readFileSync(join(scratch, 'client', 'generated', file), 'utf8')).toBe(
          readFileSync(join(PROJECT_ROOT, 'client', 'generated', file), 'utf8'),
        );
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
