import type { AnalyticsConfig } from '../config/analytics';
import type { Clock } from '../domain/clock';
import type { AccountRepository } from '../repositories/account.repository';
import type { StakeholderMapRepository } from '../repositories/stakeholder-map.repository';
import type { StakeholderRepository } from '../repositories/stakeholder.repository';
import { AccountService } from './accounts/account.service';
import { StakeholderMapService } from './stakeholder-map/stakeholder-map.service';
import { StakeholderService } from './stakeholders/stakeholder.service';

export interface Repositories {
  accounts: AccountRepository;
  stakeholders: StakeholderRepository;
  stakeholderMaps: StakeholderMapRepository;
}

/** The use cases the API offers, wired to their repositories. */
export function createServices(repositories: Repositories, clock: Clock, analytics: AnalyticsConfig) {
  void analytics; // Read by the analytics services as they are added.
  const accounts = new AccountService(repositories.accounts, repositories.stakeholders, clock);
  return {
    accounts,
    stakeholders: new StakeholderService(repositories.stakeholders, clock),
    stakeholderMaps: new StakeholderMapService(repositories.stakeholderMaps, accounts, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
