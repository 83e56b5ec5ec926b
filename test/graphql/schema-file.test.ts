import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths';
import { renderSchemaFile } from '../../src/graphql/build-schema';

describe('schema.graphql', () => {
  it('is what the type-graphql classes generate (run `npm run schema:emit` after changing them)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(committed).toBe(renderSchemaFile());
  });
});
