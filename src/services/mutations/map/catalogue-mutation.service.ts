import { BadInputError } from '../../../domain/errors';
import type { Product, Subscription } from '../../../domain/read-models';
import type { Caller } from '../../../domain/tenant';
import type { SubscriptionStatus } from '../../../domain/vocabulary';
import type {
  CreateOutcome,
  MapMutationRepository,
  MapWriteOutcome,
} from '../../../repositories/map-mutation.repository';
import { assertCanWrite, rejectNotFound } from '../write-guards';
import type { AccountChanges } from './account-changes';
import type { MapReads } from './map-reads';
import { createKey, duplicateOf, fieldsOf, rejectCreate, unexplained } from './write-fields';

export interface ProductFields {
  name?: string;
  family?: string | null;
  listPricePerSeat?: number | null;
}
const PRODUCT_FIELDS = ['name', 'family', 'listPricePerSeat'] as const;

export interface SubscriptionFields {
  seatsLicensed?: number;
  seatsUsed?: number | null;
  arr?: number;
  startDate?: string;
  renewalDate?: string | null;
  termMonths?: number | null;
  status?: SubscriptionStatus;
}
const SUBSCRIPTION_FIELDS = [
  'seatsLicensed',
  'seatsUsed',
  'arr',
  'startDate',
  'renewalDate',
  'termMonths',
  'status',
] as const;
const SUBSCRIPTION_DAYS = ['startDate', 'renewalDate'] as const;

/** The tenant's product catalogue, and what each account has bought. */
export class CatalogueMutationService {
  constructor(
    private readonly repository: MapMutationRepository,
    private readonly reads: MapReads,
    private readonly changes: AccountChanges,
    private readonly newId: () => string,
  ) {}

  async createProduct(
    caller: Caller,
    input: ProductFields & { id?: string | null; name: string },
  ): Promise<Product> {
    assertCanWrite(caller);
    const id = input.id ?? this.newId();
    const name = input.name.trim();
    const outcome = await this.repository.run<CreateOutcome & { sameNameId: string | null }>(
      'create-product',
      caller.tenantId,
      {
        id,
        name,
        fields: fieldsOf({ ...input, name }, PRODUCT_FIELDS),
        createKey: createKey('Product', { ...input, name, id }),
      },
    );
    if (!outcome.written && !outcome.replayed) {
      rejectCreate(outcome, 'Product', id);
      if (outcome.sameNameId !== null) throw duplicateOf('Product', 'name', outcome.sameNameId, 'name');
      throw unexplained('createProduct', outcome);
    }
    return this.reads.product(caller.tenantId, id);
  }

  async updateProduct(caller: Caller, input: ProductFields & { id: string }): Promise<Product> {
    assertCanWrite(caller);
    const name = input.name?.trim();
    const outcome = await this.repository.run<MapWriteOutcome & { sameNameId: string | null }>(
      'update-product',
      caller.tenantId,
      { id: input.id, name: name ?? null, fields: fieldsOf({ ...input, name }, PRODUCT_FIELDS) },
    );
    if (!outcome.written) {
      rejectNotFound(outcome);
      if (outcome.sameNameId !== null) throw duplicateOf('Product', 'name', outcome.sameNameId, 'name');
      throw unexplained('updateProduct', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.product(caller.tenantId, input.id);
  }

  async createSubscription(
    caller: Caller,
    input: SubscriptionFields & {
      id?: string | null;
      accountId: string;
      productId: string;
      businessUnitId?: string | null;
      seatsLicensed: number;
      arr: number;
      startDate: string;
      status: SubscriptionStatus;
    },
  ): Promise<Subscription> {
    assertCanWrite(caller);
    const id = input.id ?? this.newId();
    const outcome = await this.repository.run<CreateOutcome & { unitAccountId: string | null }>(
      'create-subscription',
      caller.tenantId,
      {
        id,
        accountId: input.accountId,
        productId: input.productId,
        businessUnitId: input.businessUnitId ?? null,
        fields: fieldsOf(input, SUBSCRIPTION_FIELDS),
        createKey: createKey('Subscription', { ...input, id }),
      },
      SUBSCRIPTION_DAYS,
    );
    if (!outcome.written && !outcome.replayed) {
      rejectCreate(outcome, 'Subscription', id);
      if (input.businessUnitId && outcome.unitAccountId !== input.accountId) {
        throw new BadInputError(
          `Business unit '${input.businessUnitId}' belongs to account '${outcome.unitAccountId ?? 'none'}', not '${input.accountId}'`,
          { field: 'businessUnitId' },
        );
      }
      throw unexplained('createSubscription', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.subscription(caller.tenantId, id);
  }

  async updateSubscription(
    caller: Caller,
    input: SubscriptionFields & { id: string },
  ): Promise<Subscription> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<
      MapWriteOutcome & { renewalBeforeStart: boolean; startDate: string | null; renewalDate: string | null }
    >(
      'update-subscription',
      caller.tenantId,
      { id: input.id, fields: fieldsOf(input, SUBSCRIPTION_FIELDS) },
      SUBSCRIPTION_DAYS,
    );
    if (!outcome.written) {
      rejectNotFound(outcome);
      if (outcome.renewalBeforeStart) {
        throw new BadInputError(
          `renewalDate (${outcome.renewalDate ?? ''}) would fall before startDate (${outcome.startDate ?? ''})`,
          { field: 'renewalDate' },
        );
      }
      throw unexplained('updateSubscription', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.subscription(caller.tenantId, input.id);
  }
}
