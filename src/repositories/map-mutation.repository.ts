import type { CypherExecutor, Params } from '../db/cypher-executor';
import type { CypherQuery } from '../db/query-registry';
import { toGraphDate } from '../db/values';
import type { WriteOutcome } from './mutation.repository';

/** What every map mutation statement answers, written or not (see cypher/mutations/). */
export interface MapWriteOutcome extends WriteOutcome {
  written: boolean;
  /** The accounts whose scores the write may change (for re-scoring). */
  affectedAccountIds: string[];
}

/** Creates also say whether the id was taken, and whether by the same input (a retry). */
export interface CreateOutcome extends MapWriteOutcome {
  exists: boolean;
  replayed: boolean;
}

/** The statements behind the map mutations, by name: one file, one statement, one transaction. */
export const MAP_MUTATIONS = [
  'create-account',
  'update-account',
  'archive-account',
  'create-business-unit',
  'update-business-unit',
  'create-stakeholder',
  'update-stakeholder',
  'set-reporting-line',
  'clear-reporting-line',
  'merge-stakeholders',
  'erase-stakeholder',
  'create-product',
  'update-product',
  'create-subscription',
  'update-subscription',
  'create-opportunity',
  'update-opportunity',
] as const;
export type MapMutation = (typeof MAP_MUTATIONS)[number];

function withDates(params: Params, days: readonly string[]): Params {
  if (days.length === 0) return params;
  const convert = (object: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(object).map(([key, value]) => [
        key,
        days.includes(key) && (typeof value === 'string' || value === null) ? toGraphDate(value) : value,
      ]),
    );
  const fields = params['fields'];
  const converted = convert(params);
  return typeof fields === 'object' && fields !== null
    ? { ...converted, fields: convert(fields as Record<string, unknown>) }
    : converted;
}

export class MapMutationRepository {
  private readonly q: Map<MapMutation, CypherQuery>;

  constructor(private readonly db: CypherExecutor) {
    this.q = new Map(MAP_MUTATIONS.map((name) => [name, db.prepare(`mutations/${name}`)]));
  }

  /**
   * Runs one mutation statement; each answers with exactly one row. `days` names the properties
   * (in `params.fields`, or top-level parameters) that hold calendar days: they are stored as
   * Neo4j dates, like the importer stores them.
   */
  async run<T extends MapWriteOutcome>(
    name: MapMutation,
    tenantId: string,
    params: Params,
    days: readonly string[] = [],
  ): Promise<T> {
    const query = this.q.get(name);
    if (!query) throw new Error(`Unknown map mutation ${name}`);
    const [row] = await this.db.write<T>(query, tenantId, withDates(params, days));
    if (row === undefined) throw new Error(`${query.name} returned no row`);
    return row;
  }
}
