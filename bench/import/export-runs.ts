import { join } from 'node:path';

/**
 * The two imports a portfolio written by `generate:portfolio` takes, in order: its Salesforce
 * export, then the extras with their mapping file (what the importer's CLI would be run with).
 */
export function exportFileRuns(files: string) {
  return [
    { dir: join(files, 'salesforce'), format: 'salesforce' as const },
    {
      dir: join(files, 'extras'),
      format: 'mapping' as const,
      mappingFile: join(files, 'extras', 'mapping.json'),
    },
  ];
}
