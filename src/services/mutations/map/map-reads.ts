import { NotFoundError } from '../../../domain/errors';
import type { Account, BusinessUnit, Product, Stakeholder, Subscription } from '../../../domain/read-models';
import type { AccountRepository } from '../../../repositories/account.repository';
import type { NodeRepository, OpportunityRead } from '../../../repositories/node.repository';
import type { StakeholderRepository } from '../../../repositories/stakeholder.repository';

/** Reads a written node back, fresh from the graph (not from a request's loaders, which may hold the old one). */
export class MapReads {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly stakeholders: StakeholderRepository,
    private readonly nodes: NodeRepository,
  ) {}

  account(tenantId: string, id: string): Promise<Account> {
    return this.one('Account', id, this.accounts.byIds(tenantId, [id]));
  }

  stakeholder(tenantId: string, id: string): Promise<Stakeholder> {
    return this.one('Stakeholder', id, this.stakeholders.byIds(tenantId, [id]));
  }

  product(tenantId: string, id: string): Promise<Product> {
    return this.one('Product', id, this.accounts.productsByIds(tenantId, [id]));
  }

  businessUnit(tenantId: string, id: string): Promise<BusinessUnit> {
    return this.one('BusinessUnit', id, this.nodes.businessUnits(tenantId, [id]));
  }

  subscription(tenantId: string, id: string): Promise<Subscription> {
    return this.one('Subscription', id, this.nodes.subscriptions(tenantId, [id]));
  }

  opportunity(tenantId: string, id: string): Promise<OpportunityRead> {
    return this.one('Opportunity', id, this.nodes.opportunities(tenantId, [id]));
  }

  private async one<T>(entity: string, id: string, read: Promise<Map<string, T>>): Promise<T> {
    const found = (await read).get(id);
    if (found === undefined) throw new NotFoundError(entity, id);
    return found;
  }
}
