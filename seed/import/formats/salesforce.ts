import type { FieldSpec, FileEntry, MappingFile, WhereClause } from '../mapping/mapping-types';
import { standardColumns, type SalesforceObject } from './salesforce-columns';
import { SALESFORCE_KEY_PREFIXES as PREFIX } from './salesforce-ids';

/** Salesforce writes this where a lookup is empty, in some columns and some exports. */
export const SALESFORCE_NULL_ID = '000000000000000AAA';

/** Employees → segment when an export has no segment of its own (Gartner's usual bands). */
export const SEGMENT_BANDS = [
  { below: 100, value: 'SMB' },
  { below: 1000, value: 'MID_MARKET' },
  { value: 'ENTERPRISE' },
];

/**
 * OpportunityContactRole's standard picklist, and Champion, which many orgs add. Anything else
 * (Other, an org's own values) has no equivalent among our roles: the row is reported, not guessed.
 */
export const SALESFORCE_CONTACT_ROLES: Record<string, string> = {
  'Business User': 'END_USER',
  'Decision Maker': 'DECISION_MAKER',
  'Economic Buyer': 'ECONOMIC_BUYER',
  'Economic Decision Maker': 'ECONOMIC_BUYER',
  Evaluator: 'TECHNICAL_EVALUATOR',
  'Technical Buyer': 'TECHNICAL_EVALUATOR',
  'Executive Sponsor': 'EXECUTIVE_SPONSOR',
  Influencer: 'INFLUENCER',
  Champion: 'CHAMPION',
};

/** A hard bounce (the address no longer exists) is the only trace of a departure in an export. */
const HARD_BOUNCE =
  '(?i)5\\.1\\.[0-9]|\\b55[0-4]\\b|unknown|does not exist|no such|invalid recipient|disabled';

const TRUE_VALUES = ['1', 'true', 'True', 'TRUE'];
const notDeleted: WhereClause = {
  column: 'IsDeleted',
  notIn: TRUE_VALUES,
  reason: 'deleted in Salesforce (IsDeleted=1)',
};

/** A boolean column that means `then` when set: `IsWon=1` → WON. */
function whenTrue(column: string, then: string): FieldSpec {
  return { column, map: Object.fromEntries(TRUE_VALUES.map((value) => [value, then])), unmapped: 'null' };
}

/** Tasks and events name their account directly, through what they are about, or through the contact. */
const activityAccount: FieldSpec = {
  firstOf: [
    'AccountId',
    { column: 'WhatId', matches: `^${PREFIX.account}` },
    {
      column: 'WhoId',
      matches: `^${PREFIX.contact}`,
      lookup: { file: 'Contact.csv', key: 'Id', value: 'AccountId' },
    },
    {
      column: 'WhatId',
      matches: `^${PREFIX.opportunity}`,
      lookup: { file: 'Opportunity.csv', key: 'Id', value: 'AccountId' },
    },
  ],
};
const activityOwner: FieldSpec = { column: 'OwnerId', matches: `^${PREFIX.user}` };
/** WhoId may be a lead (00Q…); only contacts are people of an account. */
const activityContact: FieldSpec = { column: 'WhoId', matches: `^${PREFIX.contact}` };

const TASK_TYPES = {
  Call: 'CALL',
  Email: 'EMAIL',
  Meeting: 'MEETING',
  QBR: 'QBR',
  'Customer Event': 'EVENT',
};
const EVENT_TYPES = { ...TASK_TYPES, Event: 'EVENT' };

function entry(object: SalesforceObject, record: FileEntry['record'], rest: Partial<FileEntry>): FileEntry {
  return {
    file: `${object}.csv`,
    record,
    optional: true,
    knownColumns: standardColumns(object),
    fields: {},
    ...rest,
  };
}

/**
 * The Salesforce weekly data export as a mapping: Salesforce Ids are kept as record ids, so
 * other files (the generator's extras) can point at the same records. Business units are the
 * departments of each account's contacts (see salesforce-ids.ts).
 */
export function salesforceMapping(): MappingFile {
  return {
    name: 'salesforce',
    description:
      'Salesforce weekly data export (Account, Contact, User, Opportunity, OpportunityContactRole, Task, Event, Case)',
    nullValues: ['', SALESFORCE_NULL_ID],
    files: [
      entry('User', 'teamMembers', {
        fields: {
          id: 'Id',
          name: { template: '{FirstName} {LastName}' },
          email: 'Email',
          title: 'Title',
          managerId: { column: 'ManagerId', matches: `^${PREFIX.user}` },
        },
      }),
      entry('Account', 'accounts', {
        where: notDeleted,
        fields: {
          id: 'Id',
          name: 'Name',
          industry: 'Industry',
          segment: { column: 'NumberOfEmployees', ranges: SEGMENT_BANDS },
          region: { firstOf: ['BillingCountry', 'ShippingCountry'] },
          employeeCount: 'NumberOfEmployees',
          annualRevenue: 'AnnualRevenue',
          website: 'Website',
          parentId: 'ParentId',
        },
      }),
      entry('Contact', 'businessUnits', {
        // A units file (with headcounts) may describe the same units: it is not overwritten.
        onExisting: 'keep',
        where: [
          notDeleted,
          { column: 'AccountId', notIn: [''], reason: 'no AccountId' },
          { column: 'Department', notIn: [''], reason: 'no Department' },
        ],
        fields: {
          id: { template: '{AccountId}/{Department}', allRequired: true },
          accountId: 'AccountId',
          name: 'Department',
          kind: { value: 'DEPARTMENT' },
        },
      }),
      entry('Contact', 'people', {
        where: notDeleted,
        fields: {
          id: 'Id',
          accountId: 'AccountId',
          businessUnitId: { template: '{AccountId}/{Department}', allRequired: true },
          name: { template: '{FirstName} {LastName}' },
          email: 'Email',
          title: 'Title',
          seniority: { column: 'Title', derive: 'seniority' },
          department: 'Department',
          reportsToId: 'ReportsToId',
          status: {
            firstOf: [
              { column: 'EmailBouncedReason', matches: HARD_BOUNCE, then: 'DEPARTED' },
              { value: 'ACTIVE' },
            ],
          },
          departedAt: {
            column: 'EmailBouncedDate',
            when: { column: 'EmailBouncedReason', matches: HARD_BOUNCE },
          },
        },
      }),
      entry('Opportunity', 'opportunities', {
        where: notDeleted,
        fields: {
          id: 'Id',
          accountId: 'AccountId',
          ownerId: activityOwner,
          name: 'Name',
          type: {
            column: 'Type',
            map: {
              'New Business': 'NEW_BUSINESS',
              'New Customer': 'NEW_BUSINESS',
              'Existing Business': 'EXPANSION',
              'Existing Customer - Upgrade': 'EXPANSION',
              Expansion: 'EXPANSION',
              Upsell: 'EXPANSION',
              Renewal: 'RENEWAL',
              'Existing Customer - Renewal': 'RENEWAL',
              'Existing Customer - Replacement': 'RENEWAL',
              'Existing Customer - Downgrade': 'RENEWAL',
            },
            default: 'NEW_BUSINESS',
          },
          stage: 'StageName',
          status: { firstOf: [whenTrue('IsWon', 'WON'), whenTrue('IsClosed', 'LOST'), { value: 'OPEN' }] },
          amount: 'Amount',
          closeDate: 'CloseDate',
        },
      }),
      entry('OpportunityContactRole', 'opportunityContactRoles', {
        where: notDeleted,
        fields: {
          opportunityId: 'OpportunityId',
          personId: 'ContactId',
          role: { column: 'Role', map: SALESFORCE_CONTACT_ROLES },
          isPrimary: { column: 'IsPrimary', default: false },
        },
      }),
      entry('Task', 'interactions', {
        where: notDeleted,
        fields: {
          id: 'Id',
          accountId: activityAccount,
          // A task that is neither a call, an email nor a meeting is a to-do, not an interaction.
          type: {
            firstOf: [
              { column: 'Type', map: TASK_TYPES, unmapped: 'null' },
              { column: 'CallType', then: 'CALL' },
              { column: 'EmailMessageId', then: 'EMAIL' },
            ],
          },
          direction: {
            firstOf: [
              {
                column: 'CallType',
                map: { Outbound: 'OUTBOUND', Inbound: 'INBOUND', Internal: 'MUTUAL' },
                unmapped: 'null',
              },
              { column: 'Type', map: { Email: 'OUTBOUND' }, unmapped: 'null' },
              // A call or meeting nobody marked inbound or outbound was a conversation.
              { value: 'MUTUAL' },
            ],
          },
          occurredAt: { firstOf: ['CompletedDateTime', 'ActivityDate', 'CreatedDate'] },
          durationMinutes: { formula: '{CallDurationInSeconds} / 60' },
          subject: 'Subject',
          teamMemberIds: activityOwner,
          personIds: activityContact,
        },
      }),
      entry('Event', 'interactions', {
        where: [
          notDeleted,
          { column: 'IsChild', notIn: TRUE_VALUES, reason: "an invitee's copy of a group event (IsChild=1)" },
        ],
        fields: {
          id: 'Id',
          accountId: activityAccount,
          // Calendar events are meetings unless their type says otherwise.
          type: { column: 'Type', map: EVENT_TYPES, default: 'MEETING' },
          direction: { value: 'MUTUAL' },
          occurredAt: { firstOf: ['ActivityDateTime', 'ActivityDate', 'CreatedDate'] },
          durationMinutes: 'DurationInMinutes',
          subject: 'Subject',
          teamMemberIds: activityOwner,
          personIds: activityContact,
        },
      }),
      entry('Case', 'tickets', {
        where: notDeleted,
        fields: {
          id: 'Id',
          accountId: {
            firstOf: [
              'AccountId',
              { column: 'ContactId', lookup: { file: 'Contact.csv', key: 'Id', value: 'AccountId' } },
            ],
          },
          raisedById: { column: 'ContactId', matches: `^${PREFIX.contact}` },
          subject: 'Subject',
          // Medium is Salesforce's own default priority; an org's own priorities are reported.
          severity: {
            column: 'Priority',
            map: { Low: 'LOW', Medium: 'MEDIUM', High: 'HIGH', Urgent: 'URGENT', Critical: 'URGENT' },
            default: 'MEDIUM',
            unmapped: 'reject',
          },
          status: {
            firstOf: [
              whenTrue('IsClosed', 'CLOSED'),
              {
                column: 'Status',
                map: {
                  New: 'OPEN',
                  Working: 'OPEN',
                  'In Progress': 'OPEN',
                  Escalated: 'OPEN',
                  'On Hold': 'PENDING',
                  Pending: 'PENDING',
                  'Waiting on Customer': 'PENDING',
                  Closed: 'CLOSED',
                },
                default: 'OPEN',
              },
            ],
          },
          escalated: { column: 'IsEscalated', default: false },
          openedAt: 'CreatedDate',
          closedAt: 'ClosedDate',
        },
      }),
    ],
  };
}
