import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../domain/clock';
import type { AccountRepository } from '../../../repositories/account.repository';
import type { MapMutationRepository } from '../../../repositories/map-mutation.repository';
import type { NodeRepository } from '../../../repositories/node.repository';
import type { StakeholderRepository } from '../../../repositories/stakeholder.repository';
import { AccountChanges } from './account-changes';
import { AccountMutationService } from './account-mutation.service';
import { CatalogueMutationService } from './catalogue-mutation.service';
import { MapReads } from './map-reads';
import { OpportunityMutationService } from './opportunity-mutation.service';
import { StakeholderMutationService } from './stakeholder-mutation.service';

/**
 * The mutations that build and edit the whole map. Every one reports the accounts it changed to
 * `changes` once committed: the single place stored scores hook in to be marked stale.
 */
export function createMapMutationServices(
  repositories: {
    mapMutations: MapMutationRepository;
    accounts: AccountRepository;
    stakeholders: StakeholderRepository;
    nodes: NodeRepository;
  },
  clock: Clock,
  newId: () => string = randomUUID,
) {
  const changes = new AccountChanges();
  const reads = new MapReads(repositories.accounts, repositories.stakeholders, repositories.nodes);
  const repository = repositories.mapMutations;
  return {
    changes,
    accounts: new AccountMutationService(repository, reads, changes, clock, newId),
    stakeholders: new StakeholderMutationService(repository, reads, changes, newId),
    catalogue: new CatalogueMutationService(repository, reads, changes, newId),
    opportunities: new OpportunityMutationService(repository, reads, changes, newId),
  };
}

export type MapMutationServices = ReturnType<typeof createMapMutationServices>;
