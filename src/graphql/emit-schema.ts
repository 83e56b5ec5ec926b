import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import { renderSchemaFile } from './build-schema';

const target = join(PROJECT_ROOT, 'schema.graphql');
writeFileSync(target, renderSchemaFile());
process.stdout.write(`Wrote ${target}\n`);
