import type { PortfolioRecords } from './graph-records';

type RecordKind = keyof PortfolioRecords;

/**
 * What identifies a record within its kind: a node's `id`, or the fields a relationship is
 * MERGEd on. The importer's record schema keys records by it (seed/import/records/record-schema)
 * and the set-wise upserts mark a batch's repeated keys by it (markTwins), so both agree.
 */
export const RECORD_KEYS: {
  readonly [K in RecordKind]: readonly (keyof PortfolioRecords[K][number] & string)[];
} = {
  products: ['id'],
  competitors: ['id'],
  teamMembers: ['id'],
  accounts: ['id'],
  businessUnits: ['id'],
  people: ['id'],
  roleAssignments: ['personId', 'accountId', 'role', 'since'],
  influences: ['fromPersonId', 'toPersonId'],
  coverage: ['teamMemberId', 'accountId', 'role'],
  interactions: ['id'],
  subscriptions: ['id'],
  usageSnapshots: ['id'],
  tickets: ['id'],
  npsResponses: ['id'],
  personUsage: ['id'],
  opportunities: ['id'],
  opportunityContactRoles: ['personId', 'opportunityId', 'role'],
  competitorPresence: ['accountId', 'competitorId', 'businessUnitId'],
  objectives: ['id'],
};
