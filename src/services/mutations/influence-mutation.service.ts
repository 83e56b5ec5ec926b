import type { Influence } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { InfluenceKind } from '../../domain/vocabulary';
import type { InfluenceOutcome, MutationRepository } from '../../repositories/mutation.repository';
import { assertCanWrite, rejectNotFound, unexplainedRefusal } from './write-guards';
import type { StaleMarker } from '../scores/score-staleness';

export interface AddInfluenceInput {
  fromStakeholderId: string;
  toStakeholderId: string;
  weight: number;
  kind: InfluenceKind;
  source?: string | null;
}

export interface InfluenceChange {
  influence: Influence;
  previous: InfluenceOutcome['previous'];
}

export class InfluenceMutationService {
  constructor(
    private readonly repository: MutationRepository,
    private readonly staleness: StaleMarker,
  ) {}

  /**
   * Who sways whom. The graph keeps one influence per ordered pair, so a second estimate for the
   * same pair replaces the first; the answer shows what it replaced. Paths to power, threading
   * structure and the stakeholder map read influence live.
   */
  async add(caller: Caller, input: AddInfluenceInput): Promise<InfluenceChange> {
    assertCanWrite(caller);
    const outcome = await this.repository.addInfluence(caller.tenantId, {
      ...input,
      source: input.source?.trim() || null,
    });
    if (outcome.written && outcome.influence) {
      await this.staleness.markPeopleStale(
        caller.tenantId,
        [input.fromStakeholderId, input.toStakeholderId],
        'INFLUENCE',
      );
      return { influence: outcome.influence, previous: outcome.previous };
    }
    rejectNotFound(outcome);
    throw unexplainedRefusal('addInfluence');
  }
}
