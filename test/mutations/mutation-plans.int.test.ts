import { connectTestGraph, type TestGraph } from '../support/graph';
import type { PlanOperator } from '../../src/db/cypher-executor';

const MUTATIONS = [
  'mutations/record-interaction',
  'mutations/assign-stakeholder-role',
  'mutations/end-stakeholder-role',
  'mutations/add-influence',
  'mutations/record-objective',
  'mutations/record-usage-snapshot',
];

function operators(plan: PlanOperator): string[] {
  return [plan.operator, ...plan.children.flatMap(operators)];
}

/** Every node a mutation touches is found by its (tenantId, id) key, never by scanning. */
describe('mutation plans', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('mutation-plans');
  });
  afterAll(() => graph.close());

  it.each(MUTATIONS)('%s seeks the composite key and scans nothing', async (name) => {
    const ops = operators(await graph.db.explain(graph.db.prepare(name)));
    expect(ops.some((op) => op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
  });
});
