import { parseArgs } from 'node:util';
import { IMPORT_FORMATS, type ImportFormat } from './formats/resolve-format';
import { ImportSetupError } from './import-errors';
import type { ProgressMode } from './pipeline/progress';
import type { ImportOptions } from './run-import';

export const USAGE = `Usage: npm run import -- --tenant <tenant> --format salesforce|hubspot|mapping --dir <folder> [options]

  --tenant <t>         the tenant to import into (letters, digits, - and _)
  --format <f>         salesforce (a weekly data export), hubspot (companies/contacts/deals exports)
                       or mapping (any CSV files, described by --mapping)
  --dir <folder>       the folder holding the CSV files
  --mapping <file>     the mapping file (JSON) for --format mapping, e.g. seed/mappings/northwind.json
  --strict             validate everything first; write nothing unless every row is valid
  --dry-run            validate and count; write nothing
  --batch-size <n>     rows per transaction (default 2000)
  --rejects <file>     where to list rejected rows (default <dir>/import-rejects.csv)
  --progress <mode>    auto (bars on a terminal, log lines otherwise), bar, plain or none
  --metrics-file <f>   write progress as Prometheus metrics to <f> (node_exporter textfile
                       collector format; rewritten every 5 s and at the end)
  --pushgateway <url>  push the same metrics to a Prometheus Pushgateway (job stakeholder_import)
  --help               this text

Neo4j: NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD if set; otherwise the embedded database of a running
\`npm start\` on NEO4J_EMBEDDED_PORT (7687); otherwise the importer starts it for the import.`;

/** The rule tokens' `tenant` claim follows. */
const TENANT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;
const PROGRESS_MODES: readonly ProgressMode[] = ['auto', 'bar', 'plain', 'none'];

/** Where the CLI publishes import progress as Prometheus metrics (neither: nowhere). */
export interface MetricsTargets {
  file?: string;
  pushgateway?: string;
}

export type CliCommand = { help: true } | { help: false; options: ImportOptions; metrics: MetricsTargets };

/** The importer's own flags (the environment is for the database, through loadConfig). */
export function parseImportArgs(argv: readonly string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        tenant: { type: 'string' },
        format: { type: 'string' },
        dir: { type: 'string' },
        mapping: { type: 'string' },
        strict: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        rejects: { type: 'string' },
        progress: { type: 'string', default: 'auto' },
        'metrics-file': { type: 'string' },
        pushgateway: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new ImportSetupError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return { help: true };

  const problems: string[] = [];
  const { tenant, format, dir } = values;
  if (tenant === undefined) problems.push('--tenant is required');
  else if (!TENANT.test(tenant)) problems.push(`--tenant '${tenant}': letters, digits, - and _ only`);
  if (format === undefined) problems.push('--format is required');
  else if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    problems.push(`--format '${format}': one of ${IMPORT_FORMATS.join(', ')}`);
  if (dir === undefined) problems.push('--dir is required');
  if (format === 'mapping' && values.mapping === undefined)
    problems.push('--format mapping needs --mapping <file>');
  let batchSize: number | undefined;
  if (values['batch-size'] !== undefined) {
    batchSize = Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)
      problems.push(`--batch-size '${values['batch-size']}': a whole number from 1 to 100000`);
  }
  const progress = values.progress as ProgressMode;
  if (!PROGRESS_MODES.includes(progress))
    problems.push(`--progress '${progress}': ${PROGRESS_MODES.join(', ')}`);
  const pushgateway = values.pushgateway;
  if (pushgateway !== undefined && !/^https?:\/\/[^\s/]+/.test(pushgateway))
    problems.push(`--pushgateway '${pushgateway}': an http(s) URL, e.g. http://localhost:9091`);
  if (problems.length > 0) throw new ImportSetupError(`${problems.join('\n')}\n\n${USAGE}`);

  return {
    help: false,
    options: {
      tenantId: tenant as string,
      format: format as ImportFormat,
      dir: dir as string,
      mappingFile: values.mapping,
      strict: values.strict,
      dryRun: values['dry-run'],
      batchSize,
      rejectsFile: values.rejects,
      progress,
    },
    metrics: { file: values['metrics-file'], pushgateway },
  };
}
