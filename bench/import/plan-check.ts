import type { CypherExecutor, PlanOperator } from '../../src/db/cypher-executor';
import { planOnce } from '../../src/db/plan-once';
import { WRITE_STEPS } from '../../src/repositories/portfolio-write.repository';

export interface PlanComparison {
  query: string;
  same: boolean;
  /** Operators of the kept plan and of a fresh one, when they differ. */
  kept?: string;
  fresh?: string;
}

/** Operators and their details (labels, indexes, keys): what a plan does, not its row estimates. */
function shape(plan: PlanOperator): string {
  const children = plan.children.map(shape).join(', ');
  return `${plan.operator}[${plan.details}]${children === '' ? '' : `(${children})`}`;
}

function operatorNames(plan: PlanOperator): string[] {
  return [plan.operator, ...plan.children.flatMap(operatorNames)];
}

/**
 * The importer keeps each write statement's first plan (`CYPHER replan=skip`), made on the store
 * as it was before the first batch (empty, on a fresh Neo4j). After the load, the plan still in
 * Neo4j's cache for a full batch (`replan=skip` again) against a plan made now on the grown store
 * (`replan=force`): equal shapes mean keeping the first plan cost nothing.
 */
export async function compareKeptPlans(
  db: CypherExecutor,
  tenantId: string,
  batchSize: number,
): Promise<PlanComparison[]> {
  const names = [...new Set(WRITE_STEPS.map((step) => step.query))];
  const comparisons: PlanComparison[] = [];
  for (const name of names) {
    const query = db.prepare(name);
    // A full batch's size: Neo4j keeps a plan per size bucket of `$rows` (plan-ahead.ts).
    const params = { rows: Array.from({ length: batchSize }, () => ({})), tenantId };
    const kept = await db.explain(planOnce(query), params);
    const fresh = await db.explain({ name, text: `CYPHER replan=force\n${query.text}` }, params);
    const same = shape(kept) === shape(fresh);
    comparisons.push(
      same
        ? { query: name, same }
        : {
            query: name,
            same,
            kept: operatorNames(kept).join(' < '),
            fresh: operatorNames(fresh).join(' < '),
          },
    );
  }
  return comparisons;
}
