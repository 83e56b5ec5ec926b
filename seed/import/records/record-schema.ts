import type { PortfolioRecords } from '../../../src/domain/graph-records';
import { RECORD_KEYS } from '../../../src/domain/record-keys';
import type { RecordKind } from '../../../src/repositories/portfolio-write.repository';
import {
  BUSINESS_UNIT_KINDS,
  INFLUENCE_KINDS,
  INTERACTION_DIRECTIONS,
  INTERACTION_TYPES,
  OBJECTIVE_STATUSES,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_TYPES,
  PERSON_STATUSES,
  SEGMENTS,
  SENIORITY_LEVELS,
  STAKEHOLDER_ROLES,
  SUBSCRIPTION_STATUSES,
  TEAM_ROLES,
  TICKET_SEVERITIES,
  TICKET_STATUSES,
} from '../../../src/domain/vocabulary';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'list';

export interface FieldDef {
  type: FieldType;
  /** Required fields reject the row when missing; optional ones are stored as null (lists as []). */
  required?: boolean;
  /** A closed vocabulary: values are normalised (`Mid Market` → `MID_MARKET`) and checked. */
  vocabulary?: readonly string[];
  /** The record kind whose id this field holds (a relationship in the graph). */
  ref?: RecordKind;
  min?: number;
  max?: number;
}

type RecordOf<K extends RecordKind> = PortfolioRecords[K][number];

export interface RecordSchema<K extends RecordKind = RecordKind> {
  /** The label or relationship type the record becomes, for reports. */
  graphName: string;
  /** Fields that identify the record: its node id, or the relationship's MERGE key. */
  key: readonly (keyof RecordOf<K> & string)[];
  /** Every field of the record type, in the order records are built and hashed. */
  fields: { readonly [F in keyof RecordOf<K> & string]-?: FieldDef };
}

const id: FieldDef = { type: 'string', required: true };
const name: FieldDef = { type: 'string', required: true };
const text: FieldDef = { type: 'string' };
const ref = (kind: RecordKind, required = false): FieldDef => ({ type: 'string', ref: kind, required });
const vocabulary = (values: readonly string[], required = true): FieldDef => ({
  type: 'string',
  vocabulary: values,
  required,
});

/**
 * What each record kind holds, as the importer validates it: types, required fields, closed
 * vocabularies and references. The mapped type makes the compiler check that every field of
 * every record interface is described here.
 */
export const RECORD_SCHEMAS: { readonly [K in RecordKind]: RecordSchema<K> } = {
  products: {
    graphName: 'Product',
    key: RECORD_KEYS.products,
    fields: { id, name, family: text, listPricePerSeat: { type: 'number', min: 0 } },
  },
  competitors: {
    graphName: 'Competitor',
    key: RECORD_KEYS.competitors,
    fields: { id, name, alternativeToProductIds: { type: 'list', ref: 'products' } },
  },
  teamMembers: {
    graphName: 'TeamMember',
    key: RECORD_KEYS.teamMembers,
    fields: { id, name, email: text, title: text, managerId: ref('teamMembers') },
  },
  accounts: {
    graphName: 'Account',
    key: RECORD_KEYS.accounts,
    fields: {
      id,
      name,
      industry: text,
      segment: vocabulary(SEGMENTS, false),
      region: text,
      employeeCount: { type: 'integer', min: 0 },
      annualRevenue: { type: 'number', min: 0 },
      website: text,
      parentId: ref('accounts'),
      customerSince: { type: 'date' },
    },
  },
  businessUnits: {
    graphName: 'BusinessUnit',
    key: RECORD_KEYS.businessUnits,
    fields: {
      id,
      accountId: ref('accounts', true),
      name,
      kind: vocabulary(BUSINESS_UNIT_KINDS),
      headcount: { type: 'integer', min: 0 },
    },
  },
  people: {
    graphName: 'Person',
    key: RECORD_KEYS.people,
    fields: {
      id,
      accountId: ref('accounts', true),
      businessUnitId: ref('businessUnits'),
      name,
      email: text,
      title: text,
      seniority: vocabulary(SENIORITY_LEVELS, false),
      department: text,
      reportsToId: ref('people'),
      status: vocabulary(PERSON_STATUSES),
      startedAt: { type: 'date' },
      departedAt: { type: 'date' },
    },
  },
  roleAssignments: {
    graphName: 'PLAYS_ROLE',
    key: RECORD_KEYS.roleAssignments,
    fields: {
      personId: ref('people', true),
      accountId: ref('accounts', true),
      role: vocabulary(STAKEHOLDER_ROLES),
      since: { type: 'date', required: true },
      until: { type: 'date' },
      source: text,
    },
  },
  influences: {
    graphName: 'INFLUENCES',
    key: RECORD_KEYS.influences,
    fields: {
      fromPersonId: ref('people', true),
      toPersonId: ref('people', true),
      weight: { type: 'number', required: true, min: 0, max: 1 },
      kind: vocabulary(INFLUENCE_KINDS),
      source: text,
    },
  },
  coverage: {
    graphName: 'COVERS',
    key: RECORD_KEYS.coverage,
    fields: {
      teamMemberId: ref('teamMembers', true),
      accountId: ref('accounts', true),
      role: vocabulary(TEAM_ROLES),
      since: { type: 'date' },
    },
  },
  interactions: {
    graphName: 'Interaction',
    key: RECORD_KEYS.interactions,
    fields: {
      id,
      accountId: ref('accounts', true),
      type: vocabulary(INTERACTION_TYPES),
      direction: vocabulary(INTERACTION_DIRECTIONS),
      occurredAt: { type: 'datetime', required: true },
      durationMinutes: { type: 'integer', min: 0 },
      subject: text,
      teamMemberIds: { type: 'list', ref: 'teamMembers' },
      personIds: { type: 'list', ref: 'people' },
    },
  },
  subscriptions: {
    graphName: 'Subscription',
    key: RECORD_KEYS.subscriptions,
    fields: {
      id,
      accountId: ref('accounts', true),
      productId: ref('products', true),
      businessUnitId: ref('businessUnits'),
      seatsLicensed: { type: 'integer', required: true, min: 0 },
      seatsUsed: { type: 'integer', min: 0 },
      arr: { type: 'number', required: true },
      startDate: { type: 'date', required: true },
      renewalDate: { type: 'date' },
      termMonths: { type: 'integer', min: 0 },
      status: vocabulary(SUBSCRIPTION_STATUSES),
    },
  },
  usageSnapshots: {
    graphName: 'UsageSnapshot',
    key: RECORD_KEYS.usageSnapshots,
    fields: {
      id,
      subscriptionId: ref('subscriptions', true),
      businessUnitId: ref('businessUnits'),
      date: { type: 'date', required: true },
      licensedSeats: { type: 'integer', required: true, min: 0 },
      activeSeats: { type: 'integer', required: true, min: 0 },
      featuresAdopted: { type: 'integer', min: 0 },
      featuresAvailable: { type: 'integer', min: 0 },
    },
  },
  tickets: {
    graphName: 'SupportTicket',
    key: RECORD_KEYS.tickets,
    fields: {
      id,
      accountId: ref('accounts', true),
      raisedById: ref('people'),
      subject: text,
      severity: vocabulary(TICKET_SEVERITIES),
      status: vocabulary(TICKET_STATUSES),
      sentiment: { type: 'number', min: -1, max: 1 },
      escalated: { type: 'boolean', required: true },
      openedAt: { type: 'datetime', required: true },
      closedAt: { type: 'datetime' },
    },
  },
  npsResponses: {
    graphName: 'NpsResponse',
    key: RECORD_KEYS.npsResponses,
    fields: {
      id,
      accountId: ref('accounts', true),
      personId: ref('people'),
      score: { type: 'integer', required: true, min: 0, max: 10 },
      answeredAt: { type: 'datetime', required: true },
      comment: text,
    },
  },
  personUsage: {
    graphName: 'PersonUsage',
    key: RECORD_KEYS.personUsage,
    fields: {
      id,
      personId: ref('people', true),
      date: { type: 'date', required: true },
      windowDays: { type: 'integer', required: true, min: 1 },
      activeDays: { type: 'integer', required: true, min: 0 },
      featureEvents: { type: 'integer', min: 0 },
      lastActiveOn: { type: 'date' },
    },
  },
  opportunities: {
    graphName: 'Opportunity',
    key: RECORD_KEYS.opportunities,
    fields: {
      id,
      accountId: ref('accounts', true),
      productId: ref('products'),
      ownerId: ref('teamMembers'),
      name,
      type: vocabulary(OPPORTUNITY_TYPES),
      stage: { type: 'string', required: true },
      status: vocabulary(OPPORTUNITY_STATUSES),
      amount: { type: 'number' },
      closeDate: { type: 'date' },
    },
  },
  opportunityContactRoles: {
    graphName: 'CONTACT_ROLE',
    key: RECORD_KEYS.opportunityContactRoles,
    fields: {
      opportunityId: ref('opportunities', true),
      personId: ref('people', true),
      role: vocabulary(STAKEHOLDER_ROLES),
      isPrimary: { type: 'boolean', required: true },
    },
  },
  competitorPresence: {
    graphName: 'USES_COMPETITOR',
    key: RECORD_KEYS.competitorPresence,
    fields: {
      accountId: ref('accounts', true),
      competitorId: ref('competitors', true),
      businessUnitId: ref('businessUnits'),
      since: { type: 'date' },
    },
  },
  objectives: {
    graphName: 'Objective',
    key: RECORD_KEYS.objectives,
    fields: {
      id,
      accountId: ref('accounts', true),
      ownerPersonId: ref('people'),
      title: name,
      metric: text,
      targetValue: { type: 'number' },
      dueDate: { type: 'date' },
      status: vocabulary(OBJECTIVE_STATUSES),
    },
  },
};

export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RECORD_SCHEMAS, value);
}

/** A record kind's schema without its compile-time field names, for code that walks any kind. */
export interface AnyRecordSchema {
  graphName: string;
  key: readonly string[];
  fields: Readonly<Record<string, FieldDef>>;
}

export function schemaOf(kind: RecordKind): AnyRecordSchema {
  return RECORD_SCHEMAS[kind];
}

/** A field that points at a record of the same kind: written after the whole kind, if need be. */
export function selfReference(kind: RecordKind): string | null {
  const entry = Object.entries(schemaOf(kind).fields).find(([, def]) => def.ref === kind);
  return entry ? entry[0] : null;
}
