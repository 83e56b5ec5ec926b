import type { PlanOperator } from '../../src/db/cypher-executor';
import { connectTestGraph, type TestGraph } from '../support/graph';

/**
 * Portfolio-wide queries read every account of a tenant (10,000 of them in the benchmark), so
 * each must find its starting rows through an index, never by scanning a label. The plans are
 * pinned with index hints, so they hold on a large store as on this small one. Add the other
 * portfolio-wide queries here as they are written.
 */
const PORTFOLIO_QUERIES = [
  'whitespace/products',
  'whitespace/portfolio-facts',
  'whitespace/peer-candidate-ids',
  'signals/usage-portfolio',
  'signals/hiring-portfolio',
  'signals/tickets-portfolio',
  'signals/nps-portfolio',
  'signals/role-departures-portfolio',
];

const SEEKS = ['NodeIndexSeek', 'NodeUniqueIndexSeek', 'NodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange'];
const SCANS = [
  'NodeByLabelScan',
  'AllNodesScan',
  'NodeIndexScan',
  'UndirectedAllRelationshipsScan',
  'DirectedAllRelationshipsScan',
];

/** The operator rows start from: the leftmost leaf of the plan tree. */
function startOf(plan: PlanOperator): PlanOperator {
  let node = plan;
  while (node.children[0]) node = node.children[0];
  return node;
}

function operators(plan: PlanOperator): string[] {
  return [plan.operator, ...plan.children.flatMap(operators)];
}

describe('portfolio-wide queries start from an index', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('portfolio-index-usage');
  });
  afterAll(() => graph.close());

  it.each(PORTFOLIO_QUERIES.map((name) => [name]))('%s seeks an index and scans no label', async (name) => {
    const plan = await graph.db.explain(graph.db.prepare(name));
    const start = startOf(plan);
    expect(SEEKS).toContain(start.operator);
    expect(start.details).toMatch(/tenantId = \$tenantId/);
    expect(operators(plan).filter((op) => SCANS.includes(op))).toEqual([]);
  });
});
