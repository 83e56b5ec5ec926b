import { randomUUID } from 'node:crypto';
import type { Clock } from '../../domain/clock';
import type { MutationRepository } from '../../repositories/mutation.repository';
import { InfluenceMutationService } from './influence-mutation.service';
import { InteractionMutationService } from './interaction-mutation.service';
import { ObjectiveMutationService } from './objective-mutation.service';
import { RoleMutationService } from './role-mutation.service';
import { UsageMutationService } from './usage-mutation.service';
import type { StaleMarker } from '../scores/score-staleness';

/**
 * The writes that keep the graph current; new nodes get a random UUID. Each marks the accounts
 * whose scores it changes stale (src/services/scores/score-staleness.ts), after it committed.
 */
export function createMutationServices(
  repository: MutationRepository,
  clock: Clock,
  staleness: StaleMarker,
  newId: () => string = randomUUID,
) {
  return {
    interactions: new InteractionMutationService(repository, clock, newId, staleness),
    roles: new RoleMutationService(repository, clock, staleness),
    influence: new InfluenceMutationService(repository, staleness),
    objectives: new ObjectiveMutationService(repository, newId, staleness),
    usage: new UsageMutationService(repository, clock, newId, staleness),
  };
}

export type MutationServices = ReturnType<typeof createMutationServices>;
