import { isoDate, type Clock } from '../../domain/clock';
import type { Caller } from '../../domain/tenant';
import type { PersonUsageReading, PersonUsageRepository } from '../../repositories/person-usage.repository';

export type { PersonUsageReading };

/** Per-person product usage: the latest reading of each person on a day (default today). */
export class PersonUsageService {
  constructor(
    private readonly repository: PersonUsageRepository,
    private readonly clock: Clock,
  ) {}

  latest(
    caller: Caller,
    personIds: readonly string[],
    day?: string | null,
  ): Promise<Map<string, PersonUsageReading>> {
    return this.repository.latestByPersonIds(caller.tenantId, personIds, day ?? isoDate(this.clock()));
  }
}
