import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { PROJECT_ROOT } from '../../src/config/paths';
import config from '../../codegen';

/**
 * The typed client example stays in step with the schema: the committed client/generated is
 * what codegen makes from schema.graphql and client/operations now (run `npm run codegen` after
 * changing either), and `npm run check` type-checks client/example.ts against it.
 */
describe('typed client example (client/)', () => {
  it('is generated from the current schema and operations', async () => {
    const files = (await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(join(PROJECT_ROOT, file.filename), 'utf8')).toBe(file.content);
    }
  }, 60_000);
});
