import type { CypherQuery } from './query-registry';

/**
 * Cypher's query option that keeps a cached plan however far the statistics have moved since it
 * was made (`replan=skip`). Neo4j re-plans a cached statement when the store's counts diverge from
 * those it was planned on (`dbms.cypher.statistics_divergence_threshold`, checked every
 * `dbms.cypher.min_replan_interval`); on a store growing from empty that is every few batches, and
 * planning one of the import's large statements on a cold JVM costs seconds (docs/scale.md, "Round
 * 6: import, cold start"). Only for statements whose every lookup is a unique-constraint seek, so
 * the plan made on an empty store is the plan a grown store gets (the import benchmark checks it).
 */
export const PLAN_ONCE_OPTION = 'CYPHER replan=skip';

/** The same statement, run with its first plan kept (the file's text is not changed). */
export function planOnce(query: CypherQuery): CypherQuery {
  return { name: query.name, text: `${PLAN_ONCE_OPTION}\n${query.text}` };
}
