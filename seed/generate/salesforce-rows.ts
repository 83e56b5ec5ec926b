import type {
  AccountRecord,
  InteractionRecord,
  OpportunityContactRoleRecord,
  OpportunityRecord,
  PersonRecord,
  SupportTicketRecord,
  TeamMemberRecord,
} from '../../src/domain/graph-records';
import type {
  InteractionDirection,
  InteractionType,
  OpportunityType,
  SeniorityLevel,
  StakeholderRole,
  TicketSeverity,
  TicketStatus,
} from '../../src/domain/vocabulary';
import { TEAM } from '../demo/catalog';
import { salesforceDateTime, type Cell } from './csv';
import { SalesforceLayout } from './salesforce-layout';
import { caseNumber, SALESFORCE_NULL_ID, setupId, sfId } from './salesforce-ids';
import { earliest, hashOf, pickBy, shiftDay, stampOn } from './stamps';

/**
 * Demo records as the rows of a Salesforce weekly data export. Conventions a reader of the files
 * (and the importer) can rely on:
 * - every lookup is an 18-character id (salesforce-ids.ts); `Account.ParentId` and
 *   `Contact.ReportsToId` hold the `000000000000000AAA` sentinel when empty, other lookups a blank;
 * - calls and emails are Tasks (`Type` Call/Email, direction in `CallType` Inbound/Outbound, blank
 *   when both sides took part), meetings, QBRs and customer events are Events (`Type`
 *   Meeting/QBR/Customer Event); the first person is `WhoId`, the first of our team `OwnerId`;
 * - a contact who left has a bounced email (`EmailBouncedDate` = the day they left);
 * - a few contacts have a merged duplicate: an `IsDeleted=1` row whose `MasterRecordId` is them;
 * - the account's customer-since date is its `CreatedDate` (created when the lead converted).
 */

export const LAYOUTS = {
  User: new SalesforceLayout('User'),
  Account: new SalesforceLayout('Account'),
  Contact: new SalesforceLayout('Contact'),
  Opportunity: new SalesforceLayout('Opportunity'),
  OpportunityContactRole: new SalesforceLayout('OpportunityContactRole'),
  Task: new SalesforceLayout('Task'),
  Event: new SalesforceLayout('Event'),
  Case: new SalesforceLayout('Case'),
} as const;

/** What every row of one account shares. */
export interface AccountContext {
  account: AccountRecord;
  /** Our account owner (User id), who owns the account's contacts too. */
  ownerUserId: string;
  /** The export's date: records were last touched no later than this. */
  asOf: string;
}

const CURRENCY = 'USD';

const COUNTRIES: Record<string, readonly (readonly [country: string, code: string, city: string])[]> = {
  'North America': [
    ['United States', 'US', 'Chicago'],
    ['United States', 'US', 'Austin'],
    ['United States', 'US', 'Boston'],
    ['Canada', 'CA', 'Toronto'],
  ],
  EMEA: [
    ['United Kingdom', 'GB', 'London'],
    ['Germany', 'DE', 'Munich'],
    ['France', 'FR', 'Lyon'],
    ['Netherlands', 'NL', 'Rotterdam'],
  ],
  APAC: [
    ['Australia', 'AU', 'Sydney'],
    ['Japan', 'JP', 'Osaka'],
    ['Singapore', 'SG', 'Singapore'],
  ],
  LATAM: [
    ['Brazil', 'BR', 'Sao Paulo'],
    ['Mexico', 'MX', 'Monterrey'],
  ],
};

function placeOf(account: AccountRecord): readonly [country: string, code: string, city: string] {
  return pickBy(account.id, COUNTRIES[account.region ?? ''] ?? COUNTRIES['North America'] ?? []);
}

/** "Olivia de Vries" -> ["Olivia", "de Vries"]: demo first names are one word. */
export function splitName(name: string): [first: string, last: string] {
  const space = name.indexOf(' ');
  return space < 0 ? ['', name] : [name.slice(0, space), name.slice(space + 1)];
}

const JOB_LEVELS: Record<SeniorityLevel, string> = {
  C_LEVEL: 'C-Level',
  VP: 'VP',
  DIRECTOR: 'Director',
  MANAGER: 'Manager',
  INDIVIDUAL_CONTRIBUTOR: 'Individual Contributor',
};

/** Our roles as the OpportunityContactRole picklist names them (Champion is an org's own value). */
export const CONTACT_ROLE_LABELS: Record<StakeholderRole, string> = {
  CHAMPION: 'Champion',
  ECONOMIC_BUYER: 'Economic Buyer',
  DECISION_MAKER: 'Decision Maker',
  EXECUTIVE_SPONSOR: 'Executive Sponsor',
  INFLUENCER: 'Influencer',
  TECHNICAL_EVALUATOR: 'Technical Buyer',
  END_USER: 'Business User',
  DETRACTOR: 'Other',
  BLOCKER: 'Other',
};

export const OPPORTUNITY_TYPE_LABELS: Record<OpportunityType, string> = {
  NEW_BUSINESS: 'New Business',
  EXPANSION: 'Expansion',
  RENEWAL: 'Renewal',
};

export const ACTIVITY_TYPE_LABELS: Record<InteractionType, string> = {
  EMAIL: 'Email',
  CALL: 'Call',
  MEETING: 'Meeting',
  QBR: 'QBR',
  EVENT: 'Customer Event',
};

export const CALL_TYPE_LABELS: Record<InteractionDirection, string> = {
  OUTBOUND: 'Outbound',
  INBOUND: 'Inbound',
  MUTUAL: '',
};

export const CASE_PRIORITY_LABELS: Record<TicketSeverity, string> = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  URGENT: 'Urgent',
};

export const CASE_STATUS_LABELS: Record<TicketStatus, string> = {
  OPEN: 'New',
  PENDING: 'On Hold',
  CLOSED: 'Closed',
};

const STAGE_PROBABILITY: Record<string, number> = {
  Prospecting: 10,
  Qualification: 20,
  Proposal: 60,
  Negotiation: 80,
  'Closed Won': 100,
  'Closed Lost': 0,
};

const TEAM_DEPARTMENTS: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/Success/, 'Customer Success', 2],
  [/Solutions/, 'Solutions Engineering', 3],
  [/./, 'Sales', 1],
];

/** Tasks hold calls and emails; meetings, QBRs and customer events are calendar Events. */
export const isTask = (interaction: InteractionRecord): boolean =>
  interaction.type === 'EMAIL' || interaction.type === 'CALL';

const lookup = (id: string | null, toSalesforce: (demoId: string) => string): string =>
  id === null ? '' : toSalesforce(id);

const audit = (created: string, byUserId: string, modified = created): Record<string, Cell> => ({
  CreatedDate: created,
  CreatedById: byUserId,
  LastModifiedDate: modified,
  LastModifiedById: byUserId,
  SystemModstamp: modified,
});

export function userRow(member: TeamMemberRecord, asOf: string): Cell[] {
  const [first, last] = splitName(member.name);
  const [, department, role] = TEAM_DEPARTMENTS.find(([pattern]) => pattern.test(member.title ?? '')) ?? [];
  const id = sfId.user(member.id);
  const alias = `${first.charAt(0)}${last.replace(/[^A-Za-z]/g, '')}`.slice(0, 8).toLowerCase();
  return LAYOUTS.User.row({
    Id: id,
    Username: `${member.email ?? alias}.crm`,
    FirstName: first,
    LastName: last,
    CompanyName: 'Our Company',
    Department: department,
    Title: member.title,
    Email: member.email,
    Alias: alias,
    CommunityNickname: alias,
    IsActive: true,
    IsSystemControlled: false,
    TimeZoneSidKey: 'America/New_York',
    UserRoleId: setupId('UserRole', role ?? 1),
    LocaleSidKey: 'en_US',
    ReceivesInfoEmails: false,
    ReceivesAdminInfoEmails: false,
    EmailEncodingKey: 'UTF-8',
    DefaultCurrencyIsoCode: CURRENCY,
    CurrencyIsoCode: CURRENCY,
    ProfileId: setupId('Profile', 1),
    UserType: 'Standard',
    LanguageLocaleKey: 'en_US',
    ManagerId: lookup(member.managerId, sfId.user),
    LastLoginDate: stampOn(shiftDay(asOf, -1), id),
    ForecastEnabled: department === 'Sales',
    // Our CRO set the org up and created everyone's user.
    ...audit(stampOn(shiftDay(asOf, -1100), id), sfId.user(TEAM.cro)),
  });
}

export function accountRow(ctx: AccountContext, lastActivityDate: string | null): Cell[] {
  const { account } = ctx;
  const [country, code, city] = placeOf(account);
  const id = sfId.account(account.id);
  const created = stampOn(account.customerSince ?? ctx.asOf, id);
  return LAYOUTS.Account.row({
    Id: id,
    IsDeleted: false,
    Name: account.name,
    Type: 'Customer',
    ParentId: account.parentId === null ? SALESFORCE_NULL_ID : sfId.account(account.parentId),
    BillingCity: city,
    BillingCountry: country,
    BillingCountryCode: code,
    ShippingCity: city,
    ShippingCountry: country,
    ShippingCountryCode: code,
    Website: account.website,
    Industry: account.industry,
    AnnualRevenue: account.annualRevenue,
    NumberOfEmployees: account.employeeCount,
    CurrencyIsoCode: CURRENCY,
    OwnerId: ctx.ownerUserId,
    ...audit(created, ctx.ownerUserId, stampOn(ctx.asOf, id)),
    LastActivityDate: lastActivityDate,
    IsExcludedFromRealign: false,
    // The org's own columns: its system-of-record key and its sales region.
    Account_Id__c: account.id,
    Region__c: account.region,
  });
}

/** Merged duplicates are rare: about one contact in fifty has one. */
export const hasMergedDuplicate = (person: PersonRecord): boolean => {
  const [, account = 0, n = 0] = person.id.split('-').map(Number);
  return (account * 7 + n) % 50 === 0;
};

export function contactRows(ctx: AccountContext, person: PersonRecord): Cell[][] {
  const [first, last] = splitName(person.name);
  const [country, code, city] = placeOf(ctx.account);
  const id = sfId.contact(person.id);
  const customerSince = ctx.account.customerSince ?? ctx.asOf;
  // Entered during the sales cycle, or a few weeks after joining for people who came later.
  const createdDay = earliest(
    person.startedAt !== null && person.startedAt > customerSince
      ? shiftDay(person.startedAt, 21)
      : shiftDay(customerSince, -90),
    ctx.asOf,
  );
  const created = stampOn(createdDay, id);
  const values: Record<string, Cell> = {
    Id: id,
    IsDeleted: false,
    AccountId: sfId.account(person.accountId),
    FirstName: first,
    LastName: last,
    MailingCity: city,
    MailingCountry: country,
    MailingCountryCode: code,
    ReportsToId: person.reportsToId === null ? SALESFORCE_NULL_ID : sfId.contact(person.reportsToId),
    Email: person.email,
    Title: person.title,
    Department: person.department,
    CurrencyIsoCode: CURRENCY,
    OwnerId: ctx.ownerUserId,
    HasOptedOutOfEmail: false,
    HasOptedOutOfFax: false,
    DoNotCall: false,
    ...audit(created, ctx.ownerUserId, stampOn(person.departedAt ?? ctx.asOf, id)),
    EmailBouncedReason:
      person.departedAt === null ? '' : '550 5.1.1 Recipient address rejected: user unknown',
    EmailBouncedDate: person.departedAt === null ? '' : stampOn(person.departedAt, id),
    JobLevel__c: person.seniority === null ? '' : JOB_LEVELS[person.seniority],
  };
  const rows = [LAYOUTS.Contact.row(values)];
  if (hasMergedDuplicate(person)) {
    // Someone entered the contact twice; the copy was merged into this one and left deleted.
    const merged = stampOn(earliest(shiftDay(createdDay, 30), ctx.asOf), `${id}:merged`);
    rows.push(
      LAYOUTS.Contact.row({
        ...values,
        Id: sfId.mergedContact(person.id),
        IsDeleted: true,
        MasterRecordId: id,
        Email: person.email?.toUpperCase() ?? '',
        EmailBouncedReason: '',
        EmailBouncedDate: '',
        ...audit(stampOn(createdDay, `${id}:copy`), ctx.ownerUserId, merged),
      }),
    );
  }
  return rows;
}

function forecastCategory(stage: string): [string, string] {
  if (stage === 'Closed Won') return ['Closed', 'Closed'];
  if (stage === 'Closed Lost') return ['Omitted', 'Omitted'];
  if (stage === 'Negotiation') return ['Commit', 'Commit'];
  return stage === 'Proposal' ? ['BestCase', 'Best Case'] : ['Pipeline', 'Pipeline'];
}

export function opportunityRow(
  ctx: AccountContext,
  opportunity: OpportunityRecord,
  primaryContactId: string | null,
): Cell[] {
  const id = sfId.opportunity(opportunity.id);
  const closeDate = opportunity.closeDate ?? ctx.asOf;
  const probability = STAGE_PROBABILITY[opportunity.stage] ?? 50;
  const [category, categoryName] = forecastCategory(opportunity.stage);
  const owner = lookup(opportunity.ownerId, sfId.user) || ctx.ownerUserId;
  const createdDay = earliest(shiftDay(closeDate, -(45 + (hashOf(id) % 90))), shiftDay(ctx.asOf, -7));
  const month = Number(closeDate.slice(5, 7));
  return LAYOUTS.Opportunity.row({
    Id: id,
    IsDeleted: false,
    AccountId: sfId.account(opportunity.accountId),
    IsPrivate: false,
    Name: opportunity.name,
    StageName: opportunity.stage,
    Amount: opportunity.amount,
    Probability: probability,
    ExpectedRevenue: opportunity.amount === null ? '' : Math.round((opportunity.amount * probability) / 100),
    CloseDate: closeDate,
    Type: OPPORTUNITY_TYPE_LABELS[opportunity.type],
    IsClosed: opportunity.status !== 'OPEN',
    IsWon: opportunity.status === 'WON',
    ForecastCategory: category,
    ForecastCategoryName: categoryName,
    CurrencyIsoCode: CURRENCY,
    HasOpportunityLineItem: false,
    OwnerId: owner,
    ...audit(stampOn(createdDay, id), owner, stampOn(earliest(closeDate, ctx.asOf), id)),
    FiscalYear: Number(closeDate.slice(0, 4)),
    FiscalQuarter: Math.ceil(month / 3),
    ContactId: primaryContactId === null ? '' : sfId.contact(primaryContactId),
    Loss_Reason__c:
      opportunity.status === 'LOST'
        ? pickBy(id, ['Price', 'Budget cut', 'Chose competitor', 'No decision'])
        : '',
  });
}

export function contactRoleRow(
  ctx: AccountContext,
  role: OpportunityContactRoleRecord,
  opportunity: OpportunityRecord,
): Cell[] {
  const id = sfId.contactRole(role.opportunityId, role.personId);
  const day = earliest(opportunity.closeDate ?? ctx.asOf, ctx.asOf);
  return LAYOUTS.OpportunityContactRole.row({
    Id: id,
    OpportunityId: sfId.opportunity(role.opportunityId),
    ContactId: sfId.contact(role.personId),
    Role: CONTACT_ROLE_LABELS[role.role],
    ...audit(stampOn(shiftDay(day, -30), id), ctx.ownerUserId),
    IsDeleted: false,
    CurrencyIsoCode: CURRENCY,
  });
}

function activityCommon(
  ctx: AccountContext,
  interaction: InteractionRecord,
  id: string,
): Record<string, Cell> {
  const owner = lookup(interaction.teamMemberIds[0] ?? null, sfId.user) || ctx.ownerUserId;
  const accountId = sfId.account(interaction.accountId);
  const occurred = salesforceDateTime(interaction.occurredAt);
  return {
    Id: id,
    WhoId: lookup(interaction.personIds[0] ?? null, sfId.contact),
    WhatId: accountId,
    WhoCount: interaction.personIds.length,
    WhatCount: 1,
    Subject: interaction.subject,
    ActivityDate: occurred.slice(0, 10),
    OwnerId: owner,
    CurrencyIsoCode: CURRENCY,
    Type: ACTIVITY_TYPE_LABELS[interaction.type],
    IsDeleted: false,
    AccountId: accountId,
    ...audit(occurred, owner),
    IsArchived: false,
    IsReminderSet: false,
    IsRecurrence: false,
  };
}

export function taskRow(ctx: AccountContext, interaction: InteractionRecord): Cell[] {
  const id = sfId.activity('Task', interaction.id);
  const call = interaction.type === 'CALL';
  return LAYOUTS.Task.row({
    ...activityCommon(ctx, interaction, id),
    Status: 'Completed',
    Priority: 'Normal',
    IsClosed: true,
    CallDurationInSeconds:
      call && interaction.durationMinutes !== null ? interaction.durationMinutes * 60 : '',
    CallType: CALL_TYPE_LABELS[interaction.direction],
    CompletedDateTime: salesforceDateTime(interaction.occurredAt),
  });
}

export function eventRow(ctx: AccountContext, interaction: InteractionRecord): Cell[] {
  const id = sfId.activity('Event', interaction.id);
  const onSite = interaction.type === 'EVENT' || interaction.type === 'QBR';
  return LAYOUTS.Event.row({
    ...activityCommon(ctx, interaction, id),
    Location: onSite ? 'On site' : pickBy(id, ['Zoom', 'Microsoft Teams', 'Google Meet', 'Customer office']),
    IsAllDayEvent: false,
    ActivityDateTime: salesforceDateTime(interaction.occurredAt),
    DurationInMinutes: interaction.durationMinutes,
    IsPrivate: false,
    ShowAs: 'Busy',
    IsChild: false,
    IsGroupEvent: interaction.personIds.length + interaction.teamMemberIds.length > 2,
  });
}

export function caseRow(ctx: AccountContext, ticket: SupportTicketRecord): Cell[] {
  const id = sfId.case(ticket.id);
  const opened = salesforceDateTime(ticket.openedAt);
  const closed = salesforceDateTime(ticket.closedAt);
  return LAYOUTS.Case.row({
    Id: id,
    IsDeleted: false,
    CaseNumber: String(caseNumber(ticket.id)).padStart(8, '0'),
    ContactId: lookup(ticket.raisedById, sfId.contact),
    AccountId: sfId.account(ticket.accountId),
    Type: ticket.severity === 'LOW' ? 'Question' : 'Problem',
    Status: CASE_STATUS_LABELS[ticket.status],
    Origin: pickBy(id, ['Email', 'Web', 'Phone']),
    Subject: ticket.subject,
    Priority: CASE_PRIORITY_LABELS[ticket.severity],
    IsClosed: ticket.status === 'CLOSED',
    ClosedDate: closed,
    IsEscalated: ticket.escalated,
    CurrencyIsoCode: CURRENCY,
    OwnerId: ctx.ownerUserId,
    IsClosedOnCreate: false,
    IsStopped: false,
    ...audit(opened, ctx.ownerUserId, closed || opened),
  });
}
