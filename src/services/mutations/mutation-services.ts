import { randomUUID } from 'node:crypto';
import type { Clock } from '../../domain/clock';
import type { MutationRepository } from '../../repositories/mutation.repository';
import { InfluenceMutationService } from './influence-mutation.service';
import { InteractionMutationService } from './interaction-mutation.service';
import { ObjectiveMutationService } from './objective-mutation.service';
import { RoleMutationService } from './role-mutation.service';
import { UsageMutationService } from './usage-mutation.service';

/** The writes that keep the graph current; new nodes get a random UUID. */
export function createMutationServices(
  repository: MutationRepository,
  clock: Clock,
  newId: () => string = randomUUID,
) {
  return {
    interactions: new InteractionMutationService(repository, clock, newId),
    roles: new RoleMutationService(repository, clock),
    influence: new InfluenceMutationService(repository),
    objectives: new ObjectiveMutationService(repository, newId),
    usage: new UsageMutationService(repository, clock, newId),
  };
}

export type MutationServices = ReturnType<typeof createMutationServices>;
