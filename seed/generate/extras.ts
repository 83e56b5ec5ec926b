import type { PortfolioRecords } from '../../src/domain/graph-records';
import type { RecordKind } from '../../src/repositories/portfolio-write.repository';
import type { Cell } from './csv';
import { sfId } from './salesforce-ids';

/**
 * What a CRM export rarely holds (products, subscriptions, usage, influence, our coverage, role
 * history, NPS, competitors, objectives) as plain CSV files plus the mapping file that imports
 * them. Each file is declared once here: its columns, how a record fills them, and which record
 * field each column feeds, so the files and mapping.json cannot drift apart.
 *
 * Every id is the Salesforce-style id of salesforce-ids.ts: the Salesforce importer keeps
 * Salesforce ids as record ids, so these rows reference the accounts, contacts and users it wrote.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

/** A record field fed by one column, in the mapping-file format. */
export interface FieldMapping {
  column: string;
  type?: FieldType;
  split?: string;
  ref?: RecordKind;
}

export interface MappingFileEntry {
  file: string;
  record: RecordKind;
  nullValues: string[];
  fields: Record<string, string | FieldMapping>;
}

export interface MappingFile {
  name: string;
  description: string;
  files: MappingFileEntry[];
}

type RecordOf<K extends RecordKind> = PortfolioRecords[K][number];

interface Column<R> {
  header: string;
  field: keyof R & string;
  type?: FieldType;
  /** Lists are joined with this separator. */
  split?: string;
  ref?: RecordKind;
  value: (record: R) => Cell;
}

export interface ExtrasFile<K extends RecordKind = RecordKind> {
  file: string;
  record: K;
  columns: readonly Column<RecordOf<K>>[];
}

const LIST_SEPARATOR = ';';
const orNull =
  (toId: (id: string) => string) =>
  (id: string | null): string =>
    id === null ? '' : toId(id);
const account = sfId.account;
const contact = orNull(sfId.contact);

/**
 * Business units are derived by the Salesforce importer from `Contact.Department` per account;
 * extras name a unit by the id the importer gives it (demo unit id in, that id out).
 */
export type BusinessUnitIdFor = (unitId: string | null) => string;

function define<K extends RecordKind>(
  file: string,
  record: K,
  columns: Column<RecordOf<K>>[],
): ExtrasFile<K> {
  return { file, record, columns };
}

/** Every extras file, in the order the importer writes them (WRITE_STEPS). */
export function extrasFiles(unit: BusinessUnitIdFor): ExtrasFile[] {
  return [
    define('products.csv', 'products', [
      { header: 'product_id', field: 'id', value: (r) => sfId.product(r.id) },
      { header: 'product_name', field: 'name', value: (r) => r.name },
      { header: 'product_family', field: 'family', value: (r) => r.family },
      {
        header: 'list_price_per_seat',
        field: 'listPricePerSeat',
        type: 'number',
        value: (r) => r.listPricePerSeat,
      },
    ]),
    define('competitors.csv', 'competitors', [
      { header: 'competitor_id', field: 'id', value: (r) => sfId.competitor(r.id) },
      { header: 'competitor_name', field: 'name', value: (r) => r.name },
      {
        header: 'alternative_to_product_ids',
        field: 'alternativeToProductIds',
        split: LIST_SEPARATOR,
        ref: 'products',
        value: (r) => r.alternativeToProductIds.map(sfId.product).join(LIST_SEPARATOR),
      },
    ]),
    // The units the contacts' departments give, plus what an export lacks: kind and headcount.
    define('business-units.csv', 'businessUnits', [
      { header: 'business_unit_id', field: 'id', value: (r) => unit(r.id) },
      { header: 'account_id', field: 'accountId', ref: 'accounts', value: (r) => account(r.accountId) },
      { header: 'name', field: 'name', value: (r) => r.name },
      { header: 'kind', field: 'kind', value: (r) => r.kind },
      { header: 'headcount', field: 'headcount', type: 'integer', value: (r) => r.headcount },
    ]),
    define('role-assignments.csv', 'roleAssignments', [
      { header: 'contact_id', field: 'personId', ref: 'people', value: (r) => sfId.contact(r.personId) },
      { header: 'account_id', field: 'accountId', ref: 'accounts', value: (r) => account(r.accountId) },
      { header: 'role', field: 'role', value: (r) => r.role },
      { header: 'since', field: 'since', type: 'date', value: (r) => r.since },
      { header: 'until', field: 'until', type: 'date', value: (r) => r.until },
      { header: 'source', field: 'source', value: (r) => r.source },
    ]),
    define('influences.csv', 'influences', [
      {
        header: 'from_contact_id',
        field: 'fromPersonId',
        ref: 'people',
        value: (r) => sfId.contact(r.fromPersonId),
      },
      {
        header: 'to_contact_id',
        field: 'toPersonId',
        ref: 'people',
        value: (r) => sfId.contact(r.toPersonId),
      },
      { header: 'weight', field: 'weight', type: 'number', value: (r) => r.weight },
      { header: 'kind', field: 'kind', value: (r) => r.kind },
      { header: 'source', field: 'source', value: (r) => r.source },
    ]),
    define('account-coverage.csv', 'coverage', [
      {
        header: 'user_id',
        field: 'teamMemberId',
        ref: 'teamMembers',
        value: (r) => sfId.user(r.teamMemberId),
      },
      { header: 'account_id', field: 'accountId', ref: 'accounts', value: (r) => account(r.accountId) },
      { header: 'team_role', field: 'role', value: (r) => r.role },
      { header: 'since', field: 'since', type: 'date', value: (r) => r.since },
    ]),
    define('subscriptions.csv', 'subscriptions', [
      { header: 'subscription_id', field: 'id', value: (r) => sfId.subscription(r.id) },
      { header: 'account_id', field: 'accountId', ref: 'accounts', value: (r) => account(r.accountId) },
      { header: 'product_id', field: 'productId', ref: 'products', value: (r) => sfId.product(r.productId) },
      {
        header: 'business_unit_id',
        field: 'businessUnitId',
        ref: 'businessUnits',
        value: (r) => unit(r.businessUnitId),
      },
      { header: 'seats_licensed', field: 'seatsLicensed', type: 'integer', value: (r) => r.seatsLicensed },
      { header: 'seats_used', field: 'seatsUsed', type: 'integer', value: (r) => r.seatsUsed },
      { header: 'arr', field: 'arr', type: 'number', value: (r) => r.arr },
      { header: 'start_date', field: 'startDate', type: 'date', value: (r) => r.startDate },
      { header: 'renewal_date', field: 'renewalDate', type: 'date', value: (r) => r.renewalDate },
      { header: 'term_months', field: 'termMonths', type: 'integer', value: (r) => r.termMonths },
      { header: 'status', field: 'status', value: (r) => r.status },
    ]),
    define('usage-snapshots.csv', 'usageSnapshots', [
      { header: 'snapshot_id', field: 'id', value: (r) => sfId.usage(r.id) },
      {
        header: 'subscription_id',
        field: 'subscriptionId',
        ref: 'subscriptions',
        value: (r) => sfId.subscription(r.subscriptionId),
      },
      {
        header: 'business_unit_id',
        field: 'businessUnitId',
        ref: 'businessUnits',
        value: (r) => unit(r.businessUnitId),
      },
      { header: 'month', field: 'date', type: 'date', value: (r) => r.date },
      { header: 'licensed_seats', field: 'licensedSeats', type: 'integer', value: (r) => r.licensedSeats },
      { header: 'active_seats', field: 'activeSeats', type: 'integer', value: (r) => r.activeSeats },
      {
        header: 'features_adopted',
        field: 'featuresAdopted',
        type: 'integer',
        value: (r) => r.featuresAdopted,
      },
      {
        header: 'features_available',
        field: 'featuresAvailable',
        type: 'integer',
        value: (r) => r.featuresAvailable,
      },
    ]),
    define('nps-responses.csv', 'npsResponses', [
      { header: 'response_id', field: 'id', value: (r) => sfId.nps(r.id) },
      { header: 'account_id', field: 'accountId', ref: 'accounts', value: (r) => account(r.accountId) },
      { header: 'contact_id', field: 'personId', ref: 'people', value: (r) => contact(r.personId) },
      { header: 'score', field: 'score', type: 'integer', value: (r) => r.score },
      { header: 'answered_at', field: 'answeredAt', type: 'datetime', value: (r) => r.answeredAt },
      { header: 'comment', field: 'comment', value: (r) => r.comment },
    ]),
    define('competitor-presence.csv', 'competitorPresence', [
      { header: 'account_id', field: 'accountId', ref: 'accounts', value: (r) => account(r.accountId) },
      {
        header: 'competitor_id',
        field: 'competitorId',
        ref: 'competitors',
        value: (r) => sfId.competitor(r.competitorId),
      },
      {
        header: 'business_unit_id',
        field: 'businessUnitId',
        ref: 'businessUnits',
        value: (r) => unit(r.businessUnitId),
      },
      { header: 'since', field: 'since', type: 'date', value: (r) => r.since },
    ]),
    define('objectives.csv', 'objectives', [
      { header: 'objective_id', field: 'id', value: (r) => sfId.objective(r.id) },
      { header: 'account_id', field: 'accountId', ref: 'accounts', value: (r) => account(r.accountId) },
      {
        header: 'owner_contact_id',
        field: 'ownerPersonId',
        ref: 'people',
        value: (r) => contact(r.ownerPersonId),
      },
      { header: 'title', field: 'title', value: (r) => r.title },
      { header: 'metric', field: 'metric', value: (r) => r.metric },
      { header: 'target_value', field: 'targetValue', type: 'number', value: (r) => r.targetValue },
      { header: 'due_date', field: 'dueDate', type: 'date', value: (r) => r.dueDate },
      { header: 'status', field: 'status', value: (r) => r.status },
    ]),
  ] as ExtrasFile[];
}

export const extrasRow = <K extends RecordKind>(file: ExtrasFile<K>, record: RecordOf<K>): Cell[] =>
  file.columns.map((column) => column.value(record));

export function mappingFor(files: readonly ExtrasFile[]): MappingFile {
  return {
    name: 'generated-portfolio-extras',
    description:
      'What the Salesforce export of a generated portfolio lacks: products, competitors, business units ' +
      '(kind and headcount), stakeholder role ' +
      'history, influence, account coverage, subscriptions, monthly usage, NPS, competitor presence and ' +
      'objectives. Import after the Salesforce files of the same folder, into the same tenant.',
    files: files.map((file) => ({
      file: file.file,
      record: file.record,
      nullValues: [''],
      fields: Object.fromEntries(
        file.columns.map((column): [string, string | FieldMapping] => {
          const { header, type, split, ref } = column;
          if (type === undefined && split === undefined && ref === undefined) return [column.field, header];
          return [
            column.field,
            {
              column: header,
              ...(type === undefined ? {} : { type }),
              ...(split === undefined ? {} : { split }),
              ...(ref === undefined ? {} : { ref }),
            },
          ];
        }),
      ),
    })),
  };
}
