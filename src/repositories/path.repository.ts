import type { CypherExecutor } from '../db/cypher-executor';

export interface RouteRow {
  people: { id: string; name: string }[];
  links: { kind: 'REPORTS_TO' | 'INFLUENCES'; fromId: string; toId: string; weight: number | null }[];
}

export interface RouteQuery {
  accountId: string;
  entryIds: readonly string[];
  targetIds: readonly string[];
  maxPersonHops: number;
  maxCandidatePaths: number;
  /** People who had left by this day are not on any route. */
  day: string;
}

export class PathRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = { routes: db.prepare('paths/candidate-paths') };
  }

  routes(tenantId: string, query: RouteQuery): Promise<RouteRow[]> {
    return this.db.read<RouteRow>(this.q.routes, tenantId, { ...query });
  }
}
