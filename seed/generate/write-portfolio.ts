import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordKind } from '../../src/repositories/portfolio-write.repository';
import { salesforceBusinessUnitId } from '../import/formats/salesforce-ids';
import { createGenerationContext, generateAccount, type AccountBundle } from '../demo/generate-portfolio';
import { CsvFileWriter } from './csv-file-writer';
import { extrasFiles, mappingFor, type BusinessUnitIdFor, type ExtrasFile } from './extras';
import { SALESFORCE_FILES, salesforceColumns, type SalesforceFile } from './salesforce-headers';
import { sfId } from './salesforce-ids';
import {
  accountRow,
  caseRow,
  contactRoleRow,
  contactRows,
  eventRow,
  isTask,
  opportunityRow,
  taskRow,
  userRow,
  type AccountContext,
} from './salesforce-rows';

export interface PortfolioExportOptions {
  seed: number;
  accounts: number;
  /** Last day of the history, YYYY-MM-DD. */
  asOf: string;
  /** The folder to write `salesforce/` and `extras/` into. */
  out: string;
  /** Called after each account. */
  onProgress?: (progress: ExportProgress) => void;
}

export interface ExportProgress {
  accountsDone: number;
  accounts: number;
  rows: number;
}

export interface ExportedFile {
  /** Relative to `out`, e.g. `salesforce/Task.csv`. */
  file: string;
  rows: number;
}

export interface PortfolioExport {
  files: ExportedFile[];
  rows: number;
  mappingFile: string;
  /** `<out>/manifest.json`: the options and these counts, for tools that use the files. */
  manifestFile: string;
}

export interface PortfolioManifest {
  seed: number;
  accounts: number;
  asOf: string;
  rows: number;
  files: ExportedFile[];
}

/** Kinds that belong to the whole portfolio rather than to one account. */
const CATALOG_KINDS = new Set<RecordKind>(['products', 'competitors', 'teamMembers']);

/**
 * Business units as the Salesforce importer derives them, one per account and `Contact.Department`
 * (a demo unit's name is the department its people carry), so extras land on the same nodes.
 */
function businessUnitIds(bundle: AccountBundle): BusinessUnitIdFor {
  const account = sfId.account(bundle.account.id);
  const names = new Map(bundle.businessUnits.map((unit) => [unit.id, unit.name]));
  return (unitId) => {
    if (unitId === null) return '';
    const name = names.get(unitId);
    if (name === undefined) throw new Error(`Unknown business unit ${unitId}`);
    return salesforceBusinessUnitId(account, name);
  };
}

/**
 * Streams a generated portfolio to export files, one account at a time: nothing but the
 * current account is held in memory, and every file waits for its stream to drain.
 */
export async function writePortfolioExport(options: PortfolioExportOptions): Promise<PortfolioExport> {
  if (!Number.isInteger(options.accounts) || options.accounts < 1) {
    throw new Error(`accounts must be a whole number of at least 1, got ${options.accounts}`);
  }
  const ctx = createGenerationContext({ seed: options.seed, asOf: options.asOf });
  const salesforceDir = join(options.out, 'salesforce');
  const extrasDir = join(options.out, 'extras');
  mkdirSync(salesforceDir, { recursive: true });
  mkdirSync(extrasDir, { recursive: true });

  const salesforce = Object.fromEntries(
    SALESFORCE_FILES.map((file) => [
      file,
      CsvFileWriter.open(join(salesforceDir, `${file}.csv`), salesforceColumns(file), 'all'),
    ]),
  ) as Record<SalesforceFile, CsvFileWriter>;
  // The column layout does not depend on the account; only the unit ids do.
  let unitIds: BusinessUnitIdFor = () => '';
  const definitions = extrasFiles((unitId) => unitIds(unitId));
  const extras = definitions.map((definition) => ({
    definition,
    writer: CsvFileWriter.open(
      join(extrasDir, definition.file),
      definition.columns.map((column) => column.header),
      'minimal',
    ),
  }));
  const writers = [...Object.values(salesforce), ...extras.map((e) => e.writer)];
  const totalRows = () => writers.reduce((sum, writer) => sum + writer.rows, 0);

  try {
    for (const member of ctx.catalog.teamMembers) salesforce.User.add(userRow(member, options.asOf));
    for (const { definition, writer } of extras) {
      if (CATALOG_KINDS.has(definition.record)) writeExtras(writer, definition, ctx.catalog);
    }
    for (let index = 1; index <= options.accounts; index += 1) {
      const bundle = generateAccount(ctx, index);
      unitIds = businessUnitIds(bundle);
      writeSalesforceAccount(salesforce, bundle, options.asOf);
      for (const { definition, writer } of extras) {
        if (!CATALOG_KINDS.has(definition.record)) writeExtras(writer, definition, bundle);
      }
      await Promise.all(writers.map((writer) => writer.flush()));
      options.onProgress?.({ accountsDone: index, accounts: options.accounts, rows: totalRows() });
    }
  } catch (error) {
    await Promise.allSettled(writers.map((writer) => writer.close()));
    throw error;
  }
  await Promise.all(writers.map((writer) => writer.close()));

  const mappingFile = join(extrasDir, 'mapping.json');
  writeFileSync(mappingFile, `${JSON.stringify(mappingFor(definitions), null, 2)}\n`);
  const files = [
    ...SALESFORCE_FILES.map((file) => ({ file: `salesforce/${file}.csv`, rows: salesforce[file].rows })),
    ...extras.map(({ definition, writer }) => ({ file: `extras/${definition.file}`, rows: writer.rows })),
  ];
  const manifest: PortfolioManifest = {
    seed: options.seed,
    accounts: options.accounts,
    asOf: options.asOf,
    rows: totalRows(),
    files,
  };
  const manifestFile = join(options.out, 'manifest.json');
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, rows: manifest.rows, mappingFile, manifestFile };
}

function writeExtras(
  writer: CsvFileWriter,
  definition: ExtrasFile,
  source: Partial<Record<RecordKind, readonly unknown[]>>,
): void {
  for (const record of source[definition.record] ?? []) {
    writer.add(definition.columns.map((column) => column.value(record as never)));
  }
}

function writeSalesforceAccount(
  files: Record<SalesforceFile, CsvFileWriter>,
  bundle: AccountBundle,
  asOf: string,
): void {
  const owner = bundle.coverage.find((c) => c.role === 'ACCOUNT_OWNER')?.teamMemberId;
  if (owner === undefined) throw new Error(`Account ${bundle.account.id} has no owner`);
  const ctx: AccountContext = { account: bundle.account, ownerUserId: sfId.user(owner), asOf };
  const lastActivity = bundle.interactions.reduce<string | null>(
    (last, i) => (last === null || i.occurredAt > last ? i.occurredAt : last),
    null,
  );

  files.Account.add(accountRow(ctx, lastActivity?.slice(0, 10) ?? null));
  for (const person of bundle.people) for (const row of contactRows(ctx, person)) files.Contact.add(row);
  const primary = new Map(
    bundle.opportunityContactRoles.filter((r) => r.isPrimary).map((r) => [r.opportunityId, r.personId]),
  );
  const opportunities = new Map(bundle.opportunities.map((o) => [o.id, o]));
  for (const opportunity of bundle.opportunities) {
    files.Opportunity.add(opportunityRow(ctx, opportunity, primary.get(opportunity.id) ?? null));
  }
  for (const role of bundle.opportunityContactRoles) {
    const opportunity = opportunities.get(role.opportunityId);
    if (!opportunity) throw new Error(`Contact role for unknown opportunity ${role.opportunityId}`);
    files.OpportunityContactRole.add(contactRoleRow(ctx, role, opportunity));
  }
  for (const interaction of bundle.interactions) {
    if (isTask(interaction)) files.Task.add(taskRow(ctx, interaction));
    else files.Event.add(eventRow(ctx, interaction));
  }
  for (const ticket of bundle.tickets) files.Case.add(caseRow(ctx, ticket));
}
