import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/paths';
import { compileEntry } from '../mapping/compile-entry';
import { hubspotMapping, hubspotObjectOf } from './hubspot';
import { SALESFORCE_CONTACT_ROLES, salesforceMapping, SALESFORCE_NULL_ID } from './salesforce';
import { salesforceBusinessUnitId } from './salesforce-ids';

describe('the Salesforce format', () => {
  const mapping = salesforceMapping();
  const entryFor = (file: string, record: string) => {
    const entry = mapping.files.find((f) => f.file === file && f.record === record);
    if (!entry) throw new Error(`${file} → ${record}`);
    return entry;
  };

  it('maps the standard contact roles to ours and leaves Other out', () => {
    expect(SALESFORCE_CONTACT_ROLES).toMatchObject({
      'Business User': 'END_USER',
      'Decision Maker': 'DECISION_MAKER',
      'Economic Buyer': 'ECONOMIC_BUYER',
      'Economic Decision Maker': 'ECONOMIC_BUYER',
      Evaluator: 'TECHNICAL_EVALUATOR',
      'Technical Buyer': 'TECHNICAL_EVALUATOR',
      'Executive Sponsor': 'EXECUTIVE_SPONSOR',
      Influencer: 'INFLUENCER',
      Champion: 'CHAMPION',
    });
    expect(SALESFORCE_CONTACT_ROLES['Other']).toBeUndefined();
  });

  it('names a department unit the way salesforceBusinessUnitId does, for other writers to match', () => {
    const header = ['Id', 'IsDeleted', 'AccountId', 'Department', 'FirstName', 'LastName'];
    const units = compileEntry(entryFor('Contact.csv', 'businessUnits'), {
      header,
      strictColumns: false,
      nullValues: ['', SALESFORCE_NULL_ID],
      lookup: () => new Map(),
      prefixOf: () => '',
    });
    const result = units.build([
      '0038d00000AbCdEAA1',
      '0',
      '0018d00000AbCdEAA1',
      ' Customer  Success ',
      'A',
      'B',
    ]);
    expect(result).toEqual({
      items: [
        {
          ok: true,
          record: {
            id: salesforceBusinessUnitId('0018d00000AbCdEAA1', ' Customer  Success '),
            accountId: '0018d00000AbCdEAA1',
            name: 'Customer  Success',
            kind: 'DEPARTMENT',
            headcount: null,
          },
        },
      ],
    });
    expect(salesforceBusinessUnitId('0018d00000AbCdEAA1', ' Customer  Success ')).toBe(
      '0018d00000AbCdEAA1/Customer Success',
    );
  });

  it('reads the null sentinel as no value and a hard bounce as a departure', () => {
    const header = [
      'Id',
      'IsDeleted',
      'AccountId',
      'FirstName',
      'LastName',
      'ReportsToId',
      'EmailBouncedReason',
      'EmailBouncedDate',
    ];
    const people = compileEntry(entryFor('Contact.csv', 'people'), {
      header,
      strictColumns: false,
      nullValues: ['', SALESFORCE_NULL_ID],
      lookup: () => new Map(),
      prefixOf: () => '',
    });
    const row = (reason: string) => [
      '003A',
      '0',
      '001A',
      'Lea',
      'Martin',
      SALESFORCE_NULL_ID,
      reason,
      '2024-03-01 10:00:00',
    ];
    expect(people.build(row('550 5.1.1 Recipient address rejected: User unknown'))).toMatchObject({
      items: [{ ok: true, record: { reportsToId: null, status: 'DEPARTED', departedAt: '2024-03-01' } }],
    });
    // A full mailbox is no departure.
    expect(people.build(row('452 4.2.2 Mailbox full'))).toMatchObject({
      items: [{ ok: true, record: { status: 'ACTIVE', departedAt: null } }],
    });
  });
});

describe('the HubSpot format', () => {
  it('recognises exports by their headers', () => {
    expect(hubspotObjectOf(['Record ID', 'Deal Name', 'Deal Stage'])).toBe('deals');
    expect(hubspotObjectOf(['Record ID', 'First Name', 'Last Name', 'Email'])).toBe('contacts');
    expect(hubspotObjectOf(['Record ID', 'Company name', 'Company owner'])).toBe('companies');
    expect(hubspotObjectOf(['Id', 'Name'])).toBeNull();
  });

  it('maps each file of a folder by what it holds, whatever its name', async () => {
    const mapping = await hubspotMapping(join(PROJECT_ROOT, 'test', 'import', 'fixtures', 'hubspot'));
    expect(
      mapping.files.map(
        (f) => `${f.file.replace(/hubspot-crm-exports-all-|-2024-05-02\.csv/g, '')}→${f.record}`,
      ),
    ).toEqual([
      'companies→teamMembers',
      'companies→accounts',
      'companies→coverage',
      'contacts→teamMembers',
      'contacts→people',
      'contacts→roleAssignments',
      'deals→teamMembers',
      'deals→opportunities',
    ]);
  });
});
