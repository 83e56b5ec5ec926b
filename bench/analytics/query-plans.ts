import type { Driver } from 'neo4j-driver';
import type { Params } from '../../src/db/cypher-executor';

/** Operators that read a whole label, every node or every relationship: never for a tenant's data. */
export const SCAN_OPERATORS = [
  'NodeByLabelScan',
  'AllNodesScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
];

export interface IndexUse {
  operator: string;
  /** The index by name (from SHOW INDEXES), or what the plan says when it cannot be matched. */
  index: string;
}

export interface PlanSummary {
  indexes: IndexUse[];
  scans: string[];
  dbHits: number;
  rows: number;
  profileMs: number;
  /** The operator with the most db hits, with its details: where a slow statement spends. */
  heaviest: string;
}

interface RawPlan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: RawPlan[];
  dbHits?: number;
}

/** `label(prop, prop)` -> index name, for naming the index a plan's details point at. */
export async function indexNames(driver: Driver, database: string): Promise<Map<string, string>> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(
      'SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type <> "LOOKUP" ' +
        'RETURN name, type, labelsOrTypes, properties',
    );
    return new Map(
      result.records.map((r) => {
        const label = (r.get('labelsOrTypes') as string[])[0]!;
        const key = `${r.get('type') as string} ${label}(${(r.get('properties') as string[]).join(', ')})`;
        return [key, r.get('name') as string];
      }),
    );
  } finally {
    await session.close();
  }
}

/**
 * EXPLAIN for the plan Neo4j chooses on this store, then PROFILE (which runs it) for the work it
 * does: database hits summed over the operators. Run with the parameters the API used.
 */
export async function summarisePlan(
  driver: Driver,
  database: string,
  statement: { text: string; params: Params },
  names: ReadonlyMap<string, string>,
): Promise<PlanSummary> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const explained = await session.executeRead((tx) =>
      tx.run(`EXPLAIN ${statement.text}`, statement.params),
    );
    const plan = explained.summary.plan as RawPlan | false;
    if (!plan) throw new Error('No plan returned');
    const operators = flatten(plan);
    const started = performance.now();
    const profiled = await session.executeRead((tx) => tx.run(`PROFILE ${statement.text}`, statement.params));
    const profileMs = performance.now() - started;
    const profile = profiled.summary.profile as RawPlan | false;
    const profiledOps = profile ? flatten(profile) : [];
    const top = profiledOps.reduce<RawPlan | null>(
      (best, op) => ((op.dbHits ?? 0) > (best?.dbHits ?? -1) ? op : best),
      null,
    );
    return {
      heaviest:
        top === null ? '-' : `${operatorName(top)} ${detailsOf(top).slice(0, 70)} (${top.dbHits ?? 0})`,
      indexes: operators
        .filter((op) => /Index/.test(operatorName(op)))
        .map((op) => ({ operator: operatorName(op), index: indexOf(op, names) })),
      scans: operators.map(operatorName).filter((name) => SCAN_OPERATORS.includes(name)),
      dbHits: profiledOps.reduce((sum, op) => sum + (op.dbHits ?? 0), 0),
      rows: profiled.records.length,
      profileMs,
    };
  } finally {
    await session.close();
  }
}

function detailsOf(op: RawPlan): string {
  const details = op.arguments['Details'];
  return typeof details === 'string' ? details : '';
}

function flatten(plan: RawPlan): RawPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

function operatorName(op: RawPlan): string {
  return op.operatorType.replace(/@.*$/, '');
}

/**
 * Plan details read like `RANGE INDEX a:Account(tenantId, id) WHERE …` (`UNIQUE …` for a
 * constraint's index, `[r:PLAYS_ROLE(role)]` for a relationship index).
 */
function indexOf(op: RawPlan, names: ReadonlyMap<string, string>): string {
  const details = typeof op.arguments['Details'] === 'string' ? op.arguments['Details'] : '';
  const match = /(?:(RANGE|TEXT|POINT|FULLTEXT|UNIQUE)\s+)?(?:INDEX\s+)?\w*:(\w+)\(([^)]*)\)/.exec(details);
  if (!match) return details.slice(0, 60);
  const [, kind, label, properties] = match;
  const type = kind === 'UNIQUE' || kind === undefined ? 'RANGE' : kind;
  return names.get(`${type} ${label}(${properties})`) ?? `${label}(${properties})`;
}
