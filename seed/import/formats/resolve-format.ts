import { ImportSetupError } from '../import-errors';
import type { MappingFile } from '../mapping/mapping-types';
import { loadMappingFile } from '../mapping/parse-mapping';
import { hubspotMapping } from './hubspot';
import { salesforceMapping } from './salesforce';

export const IMPORT_FORMATS = ['salesforce', 'hubspot', 'mapping'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ResolvedFormat {
  mapping: MappingFile;
  /** A mapping file must name real columns; exports of a CRM may lack some of theirs. */
  strictColumns: boolean;
  /** For the summary: `salesforce export`, `mapping northwind (seed/mappings/northwind.json)`. */
  source: string;
}

/** Every format is a mapping in the end: the CRM ones are built in. */
export async function resolveFormat(
  format: ImportFormat,
  dir: string,
  mappingFile: string | undefined,
): Promise<ResolvedFormat> {
  if (format !== 'mapping' && mappingFile !== undefined)
    throw new ImportSetupError(`--mapping is for --format mapping, not ${format}`);
  switch (format) {
    case 'salesforce':
      return { mapping: salesforceMapping(), strictColumns: false, source: 'a Salesforce export' };
    case 'hubspot':
      return { mapping: await hubspotMapping(dir), strictColumns: false, source: 'a HubSpot export' };
    case 'mapping': {
      if (mappingFile === undefined)
        throw new ImportSetupError('--format mapping needs --mapping <file.json>');
      const mapping = loadMappingFile(mappingFile);
      return { mapping, strictColumns: true, source: `mapping '${mapping.name}' (${mappingFile})` };
    }
    default:
      throw new ImportSetupError(`Unknown format '${String(format)}': one of ${IMPORT_FORMATS.join(', ')}`);
  }
}
