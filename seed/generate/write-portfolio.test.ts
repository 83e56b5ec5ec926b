import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createGenerationContext, generateAccount, type AccountBundle } from '../demo/generate-portfolio';
import type { MappingFile } from './extras';
import { SALESFORCE_FILES, salesforceColumns } from './salesforce-headers';
import { SALESFORCE_NULL_ID, sfId } from './salesforce-ids';
import { writePortfolioExport, type PortfolioExport, type PortfolioManifest } from './write-portfolio';

type Row = Record<string, string>;

const OPTIONS = { seed: 42, accounts: 3, asOf: '2026-11-01' };
const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
/** A line of fields that are all quoted, with quotes inside doubled. */
const ALL_QUOTED = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/;

describe('a generated portfolio written as export files', () => {
  let out: string;
  let result: PortfolioExport;
  let bundles: AccountBundle[];
  const read = (file: string): Row[] => parse<Row>(readFileSync(join(out, file)), { columns: true });
  const csv: Record<string, Row[]> = {};

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'portfolio-export-'));
    result = await writePortfolioExport({ ...OPTIONS, out });
    const ctx = createGenerationContext(OPTIONS);
    bundles = [1, 2, 3].map((index) => generateAccount(ctx, index));
    for (const file of SALESFORCE_FILES) csv[file] = read(`salesforce/${file}.csv`);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const all = <K extends Exclude<keyof AccountBundle, 'account'>>(kind: K): AccountBundle[K] =>
    bundles.flatMap((bundle) => bundle[kind] as unknown[]) as AccountBundle[K];
  const rows = (file: string): Row[] => csv[file] ?? [];

  it('writes the Salesforce files with the export header, every field quoted', () => {
    for (const file of SALESFORCE_FILES) {
      const lines = readFileSync(join(out, 'salesforce', `${file}.csv`), 'utf8')
        .trimEnd()
        .split('\n');
      expect(lines[0]).toBe(
        salesforceColumns(file)
          .map((c) => `"${c}"`)
          .join(','),
      );
      for (const line of lines) expect(line).toMatch(ALL_QUOTED);
    }
  });

  it('writes one Account row per account, with the parent sentinel when there is none', () => {
    expect(rows('Account')).toHaveLength(3);
    rows('Account').forEach((row, i) => {
      const account = bundles[i]?.account;
      expect(row['Id']).toBe(sfId.account(account?.id ?? ''));
      expect(row['Name']).toBe(account?.name);
      expect(row['Industry']).toBe(account?.industry);
      expect(Number(row['NumberOfEmployees'])).toBe(account?.employeeCount);
      expect(row['ParentId']).toBe(SALESFORCE_NULL_ID); // accounts 1-3 have no parent
      expect(row['IsDeleted']).toBe('0');
      expect(row['CreatedDate']).toMatch(DATETIME);
      expect(row['CreatedDate']?.slice(0, 10)).toBe(account?.customerSince);
      expect(row['Account_Id__c']).toBe(account?.id);
    });
  });

  it('writes every person as a Contact, with reporting line, department, title and departure', () => {
    const people = all('people');
    const live = rows('Contact').filter((row) => row['IsDeleted'] === '0');
    expect(live.map((row) => row['Id'])).toEqual(people.map((p) => sfId.contact(p.id)));
    live.forEach((row, i) => {
      const person = people[i];
      expect(`${row['FirstName']} ${row['LastName']}`).toBe(person?.name);
      expect(row['AccountId']).toBe(sfId.account(person?.accountId ?? ''));
      expect(row['ReportsToId']).toBe(
        person?.reportsToId ? sfId.contact(person.reportsToId) : SALESFORCE_NULL_ID,
      );
      expect(row['Title']).toBe(person?.title);
      expect(row['Department']).toBe(person?.department);
      expect(row['Email']).toBe(person?.email);
      expect(row['EmailBouncedDate']?.slice(0, 10) ?? '').toBe(person?.departedAt ?? '');
    });
    expect(people.some((p) => p.departedAt !== null)).toBe(true);
  });

  it('keeps merged duplicates as deleted rows that point at their master', () => {
    const deleted = rows('Contact').filter((row) => row['IsDeleted'] === '1');
    const liveIds = new Set(
      rows('Contact')
        .filter((r) => r['IsDeleted'] === '0')
        .map((r) => r['Id']),
    );
    expect(deleted.length).toBeGreaterThan(0);
    for (const row of deleted) expect(liveIds.has(row['MasterRecordId'])).toBe(true);
  });

  it('writes calls and emails as Tasks and the rest as Events, one per interaction', () => {
    const interactions = all('interactions');
    expect(rows('Task').length + rows('Event').length).toBe(interactions.length);
    const tasks = new Map(rows('Task').map((row) => [row['Id'], row]));
    const events = new Map(rows('Event').map((row) => [row['Id'], row]));
    for (const interaction of interactions) {
      const task = interaction.type === 'EMAIL' || interaction.type === 'CALL';
      const row = (task ? tasks : events).get(sfId.activity(task ? 'Task' : 'Event', interaction.id));
      expect(row).toBeDefined();
      expect(row?.['AccountId']).toBe(sfId.account(interaction.accountId));
      expect(row?.['WhoId']).toBe(sfId.contact(interaction.personIds[0] ?? ''));
      expect(row?.['OwnerId']).toBe(sfId.user(interaction.teamMemberIds[0] ?? ''));
      expect(row?.['Subject']).toBe(interaction.subject);
      expect(row?.['CreatedDate']).toBe(interaction.occurredAt.slice(0, 19).replace('T', ' '));
      if (task) expect(row?.['Type']).toBe(interaction.type === 'CALL' ? 'Call' : 'Email');
      else expect(row?.['DurationInMinutes']).toBe(String(interaction.durationMinutes ?? ''));
    }
  });

  it('writes opportunities with their primary contact, contact roles and cases', () => {
    expect(rows('Opportunity').map((r) => r['Id'])).toEqual(
      all('opportunities').map((o) => sfId.opportunity(o.id)),
    );
    const roles = all('opportunityContactRoles');
    expect(rows('OpportunityContactRole')).toHaveLength(roles.length);
    const byId = new Map(rows('Opportunity').map((row) => [row['Id'], row]));
    for (const role of roles.filter((r) => r.isPrimary)) {
      expect(byId.get(sfId.opportunity(role.opportunityId))?.['ContactId']).toBe(sfId.contact(role.personId));
    }
    const tickets = all('tickets');
    expect(rows('Case').map((r) => r['Id'])).toEqual(tickets.map((t) => sfId.case(t.id)));
    rows('Case').forEach((row, i) => expect(row['IsEscalated']).toBe(tickets[i]?.escalated ? '1' : '0'));
    expect(rows('User')).toHaveLength(11);
  });

  it('writes only 0 and 1 in boolean columns and the export format in datetime columns', () => {
    for (const file of SALESFORCE_FILES) {
      for (const row of rows(file)) {
        for (const [column, value] of Object.entries(row)) {
          if (/^(Is|Has)[A-Z]/.test(column) && value !== '') expect(['0', '1']).toContain(value);
          if (
            /(Date|Stamp)$/.test(column) &&
            column !== 'CloseDate' &&
            column !== 'ActivityDate' &&
            value !== ''
          ) {
            if (!/^Last(Activity)?Date$/.test(column)) expect(value).toMatch(DATETIME);
          }
        }
      }
    }
  });

  it('writes the extras with ids that reference the Salesforce rows', () => {
    const accountIds = new Set(rows('Account').map((r) => r['Id']));
    const contactIds = new Set(
      rows('Contact')
        .filter((r) => r['IsDeleted'] === '0')
        .map((r) => r['Id']),
    );
    const userIds = new Set(rows('User').map((r) => r['Id']));
    const counts = Object.fromEntries(result.files.map((f) => [f.file, f.rows]));
    const expected: Record<string, number> = {
      'extras/role-assignments.csv': all('roleAssignments').length,
      'extras/influences.csv': all('influences').length,
      'extras/account-coverage.csv': all('coverage').length,
      'extras/subscriptions.csv': all('subscriptions').length,
      'extras/usage-snapshots.csv': all('usageSnapshots').length,
      'extras/nps-responses.csv': all('npsResponses').length,
      'extras/objectives.csv': all('objectives').length,
      'extras/competitor-presence.csv': all('competitorPresence').length,
      'extras/business-units.csv': all('businessUnits').length,
      'extras/products.csv': 6,
      'extras/competitors.csv': 4,
    };
    for (const [file, count] of Object.entries(expected)) {
      expect([file, read(file).length]).toEqual([file, count]);
      expect(counts[file]).toBe(count);
    }
    for (const row of read('extras/role-assignments.csv')) {
      expect(contactIds.has(row['contact_id'])).toBe(true);
      expect(accountIds.has(row['account_id'])).toBe(true);
    }
    for (const row of read('extras/influences.csv')) {
      expect(contactIds.has(row['from_contact_id']) && contactIds.has(row['to_contact_id'])).toBe(true);
    }
    for (const row of read('extras/account-coverage.csv')) expect(userIds.has(row['user_id'])).toBe(true);
    // Units are named as the importer derives them from a contact's account and department
    // (only the chief executive sits in no unit: "Executive" becomes a unit of the importer's own).
    const units = new Set(read('extras/business-units.csv').map((r) => r['business_unit_id']));
    for (const person of all('people')) {
      const unit = `${sfId.account(person.accountId)}/${person.department}`;
      expect([person.id, units.has(unit)]).toEqual([person.id, person.businessUnitId !== null]);
    }
    for (const row of read('extras/subscriptions.csv')) {
      if (row['business_unit_id'] !== '') expect(units.has(row['business_unit_id'])).toBe(true);
    }
    const subscriptions = new Set(read('extras/subscriptions.csv').map((r) => r['subscription_id']));
    for (const row of read('extras/usage-snapshots.csv'))
      expect(subscriptions.has(row['subscription_id'])).toBe(true);
  });

  it('writes a mapping file whose every column is in its CSV file', () => {
    const mapping = JSON.parse(readFileSync(result.mappingFile, 'utf8')) as MappingFile;
    const csvFiles = readdirSync(join(out, 'extras')).filter((f) => f.endsWith('.csv'));
    expect(mapping.files.map((f) => f.file).sort()).toEqual(csvFiles.sort());
    for (const entry of mapping.files) {
      const header = readFileSync(join(out, 'extras', entry.file), 'utf8')
        .split('\n')[0]
        ?.split(',');
      for (const spec of Object.values(entry.fields)) {
        expect(header).toContain(typeof spec === 'string' ? spec : spec.column);
      }
    }
    const roles = mapping.files.find((f) => f.record === 'roleAssignments');
    expect(roles?.fields['until']).toEqual({ column: 'until', type: 'date' });
  });

  it('reports the rows it wrote and writes the same bytes for the same options', async () => {
    expect(result.rows).toBe(result.files.reduce((sum, f) => sum + f.rows, 0));
    const manifest = JSON.parse(readFileSync(result.manifestFile, 'utf8')) as PortfolioManifest;
    expect(manifest).toEqual({ ...OPTIONS, rows: result.rows, files: result.files });
    const again = mkdtempSync(join(tmpdir(), 'portfolio-export-'));
    try {
      await writePortfolioExport({ ...OPTIONS, out: again });
      for (const { file } of result.files) {
        expect([
          file,
          readFileSync(join(again, file), 'utf8') === readFileSync(join(out, file), 'utf8'),
        ]).toEqual([file, true]);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
