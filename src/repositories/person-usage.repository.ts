import type { CypherExecutor } from '../db/cypher-executor';
import type { PersonUsageRecord } from '../domain/graph-records';

/** A person's product usage over a window, as read back (the person is the key it is read by). */
export type PersonUsageReading = Omit<PersonUsageRecord, 'personId'>;

/** Per-person product usage readings, `(:Person)-[:HAS_USAGE]->(:PersonUsage)`. */
export class PersonUsageRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = { latest: db.prepare('person-usage/latest-by-person-ids') };
  }

  /** Each person's latest reading on or before `day`; people with none are absent (unknown). */
  async latestByPersonIds(
    tenantId: string,
    personIds: readonly string[],
    day: string,
  ): Promise<Map<string, PersonUsageReading>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db.read<{ personId: string; usage: PersonUsageReading }>(
      this.q.latest,
      tenantId,
      {
        personIds,
        day,
      },
    );
    return new Map(rows.map((r) => [r.personId, r.usage]));
  }
}
