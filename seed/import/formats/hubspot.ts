import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectEncoding } from '../csv/detect-encoding';
import { readCsv } from '../csv/read-csv';
import { ImportSetupError } from '../import-errors';
import { columnResolver } from '../mapping/compile-entry';
import type { FieldSpec, FileEntry, MappingFile } from '../mapping/mapping-types';
import { SEGMENT_BANDS } from './salesforce';

export type HubSpotObject = 'companies' | 'contacts' | 'deals';

/** HubSpot's Buying Role options (a multi-select, `;`-separated) that have an equivalent among ours. */
export const HUBSPOT_BUYING_ROLES: Record<string, string> = {
  Blocker: 'BLOCKER',
  'Budget Holder': 'ECONOMIC_BUYER',
  Champion: 'CHAMPION',
  'Decision Maker': 'DECISION_MAKER',
  'End User': 'END_USER',
  'Executive Sponsor': 'EXECUTIVE_SPONSOR',
  Influencer: 'INFLUENCER',
  'Technical Evaluator': 'TECHNICAL_EVALUATOR',
};

/**
 * Exports are named after the view they came from (`hubspot-crm-exports-all-deals-2024-05-01.csv`),
 * so files are recognised by their header, which HubSpot writes as property labels.
 */
export function hubspotObjectOf(header: readonly string[]): HubSpotObject | null {
  const has = columnResolver(header);
  if (has('Record ID') === undefined) return null;
  if (has('Deal Name') !== undefined) return 'deals';
  if (has('First Name') !== undefined || has('Last Name') !== undefined) return 'contacts';
  if (has('Company name') !== undefined || has('Company Domain Name') !== undefined) return 'companies';
  return null;
}

/** Association lists: HubSpot separates them with `;`, re-saved files sometimes with `,`. */
const firstCompany: FieldSpec = {
  firstOf: [
    'Primary Associated Company ID',
    { column: 'Associated Company IDs', split: 'auto', pick: 'first' },
    { column: 'Associated Company ID', split: 'auto', pick: 'first' },
  ],
};
const hasOwner = (column: string): FileEntry['where'] => ({ column, notIn: [''], reason: `no ${column}` });
const owners = (file: string, column: string): FileEntry => ({
  file,
  record: 'teamMembers',
  where: hasOwner(column),
  fields: { id: column, name: column },
});

function companyEntries(file: string): FileEntry[] {
  return [
    owners(file, 'Company owner'),
    {
      file,
      record: 'accounts',
      fields: {
        id: 'Record ID',
        name: { firstOf: ['Company name', 'Name', 'Company Domain Name'] },
        industry: 'Industry',
        segment: { column: 'Number of Employees', ranges: SEGMENT_BANDS },
        region: { firstOf: ['Country/Region', 'Country'] },
        employeeCount: 'Number of Employees',
        annualRevenue: 'Annual Revenue',
        website: { firstOf: ['Website URL', 'Company Domain Name'] },
        parentId: 'Parent Company ID',
        customerSince: 'Became a Customer Date',
      },
    },
    {
      file,
      record: 'coverage',
      where: hasOwner('Company owner'),
      fields: {
        teamMemberId: 'Company owner',
        accountId: 'Record ID',
        role: { value: 'ACCOUNT_OWNER' },
      },
    },
  ];
}

function contactEntries(file: string): FileEntry[] {
  return [
    owners(file, 'Contact owner'),
    {
      file,
      record: 'people',
      fields: {
        id: 'Record ID',
        accountId: firstCompany,
        name: { template: '{First Name} {Last Name}' },
        email: 'Email',
        title: 'Job Title',
        seniority: { column: 'Job Title', derive: 'seniority' },
        department: 'Department',
        status: { value: 'ACTIVE' },
      },
    },
    {
      // HubSpot keeps no date for a buying role: the contact's creation is the earliest we know of.
      file,
      record: 'roleAssignments',
      forEach: { column: 'Buying Role', split: ';' },
      fields: {
        personId: 'Record ID',
        accountId: firstCompany,
        role: { column: 'Buying Role', map: HUBSPOT_BUYING_ROLES },
        since: 'Create Date',
        source: { value: 'hubspot' },
      },
    },
  ];
}

function dealEntries(file: string): FileEntry[] {
  return [
    owners(file, 'Deal owner'),
    {
      file,
      record: 'opportunities',
      fields: {
        id: 'Record ID',
        accountId: firstCompany,
        ownerId: 'Deal owner',
        name: 'Deal Name',
        type: {
          column: 'Deal Type',
          map: {
            'New Business': 'NEW_BUSINESS',
            newbusiness: 'NEW_BUSINESS',
            'Existing Business': 'EXPANSION',
            existingbusiness: 'EXPANSION',
            Renewal: 'RENEWAL',
          },
          default: 'NEW_BUSINESS',
        },
        stage: 'Deal Stage',
        // Stage labels are each pipeline's own; only the closed ones are the same everywhere.
        status: {
          column: 'Deal Stage',
          map: { 'Closed Won': 'WON', closedwon: 'WON', 'Closed Lost': 'LOST', closedlost: 'LOST' },
          default: 'OPEN',
        },
        amount: 'Amount',
        closeDate: 'Close Date',
      },
    },
  ];
}

const ENTRIES: Record<HubSpotObject, (file: string) => FileEntry[]> = {
  companies: companyEntries,
  contacts: contactEntries,
  deals: dealEntries,
};

/** Finds the companies, contacts and deals exports in a folder and maps them. */
export async function hubspotMapping(dir: string): Promise<MappingFile> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.csv'));
  } catch {
    throw new ImportSetupError(`No such folder: ${dir}`);
  }
  const files: FileEntry[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const csv = readCsv(path, await detectEncoding(path));
    const first = await csv.next();
    await csv.return(undefined);
    if (first.done || first.value.kind !== 'header') continue;
    const object = hubspotObjectOf(first.value.values);
    if (object) files.push(...ENTRIES[object](name));
  }
  if (files.length === 0)
    throw new ImportSetupError(
      `${dir} holds no HubSpot companies, contacts or deals export (CSV with a 'Record ID' column)`,
    );
  return {
    name: 'hubspot',
    description: 'HubSpot CRM exports (companies, contacts, deals), recognised by their headers',
    nullValues: [''],
    files,
  };
}
