import type { Clock } from '../../../domain/clock';
import { isoDate } from '../../../domain/clock';
import { BadInputError } from '../../../domain/errors';
import type { Account, BusinessUnit } from '../../../domain/read-models';
import type { Caller } from '../../../domain/tenant';
import type { BusinessUnitKind, Segment } from '../../../domain/vocabulary';
import type {
  CreateOutcome,
  MapMutationRepository,
  MapWriteOutcome,
} from '../../../repositories/map-mutation.repository';
import { assertCanWrite, rejectNotFound } from '../write-guards';
import type { AccountChanges } from './account-changes';
import type { MapReads } from './map-reads';
import { createKey, fieldsOf, rejectCreate, unexplained } from './write-fields';

export interface AccountFields {
  name?: string;
  industry?: string | null;
  segment?: Segment | null;
  region?: string | null;
  employeeCount?: number | null;
  annualRevenue?: number | null;
  website?: string | null;
  customerSince?: string | null;
}
const ACCOUNT_FIELDS = [
  'name',
  'industry',
  'segment',
  'region',
  'employeeCount',
  'annualRevenue',
  'website',
  'customerSince',
] as const;
const ACCOUNT_DAYS = ['customerSince'];

export interface UnitFields {
  name?: string;
  kind?: BusinessUnitKind;
  headcount?: number | null;
}
const UNIT_FIELDS = ['name', 'kind', 'headcount'] as const;

/** Accounts (with their place in a corporate hierarchy) and their business units. */
export class AccountMutationService {
  constructor(
    private readonly repository: MapMutationRepository,
    private readonly reads: MapReads,
    private readonly changes: AccountChanges,
    private readonly clock: Clock,
    private readonly newId: () => string,
  ) {}

  async createAccount(
    caller: Caller,
    input: AccountFields & { id?: string | null; name: string; parentId?: string | null },
  ): Promise<Account> {
    assertCanWrite(caller);
    const id = input.id ?? this.newId();
    const outcome = await this.repository.run<CreateOutcome>(
      'create-account',
      caller.tenantId,
      {
        id,
        parentId: input.parentId ?? null,
        fields: fieldsOf(input, ACCOUNT_FIELDS),
        createKey: createKey('Account', { ...input, id }),
      },
      ACCOUNT_DAYS,
    );
    if (!outcome.written && !outcome.replayed) {
      rejectCreate(outcome, 'Account', id);
      throw unexplained('createAccount', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.account(caller.tenantId, id);
  }

  async updateAccount(
    caller: Caller,
    input: AccountFields & { id: string; parentId?: string | null },
  ): Promise<Account> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<MapWriteOutcome & { cycle: boolean }>(
      'update-account',
      caller.tenantId,
      {
        id: input.id,
        parentId: input.parentId ?? null,
        clearParent: input.parentId === null,
        fields: fieldsOf(input, ACCOUNT_FIELDS),
      },
      ACCOUNT_DAYS,
    );
    if (!outcome.written) {
      rejectNotFound(outcome);
      if (outcome.cycle) {
        throw new BadInputError(
          `Account '${input.parentId ?? ''}' is '${input.id}' itself or one of its subsidiaries: it cannot be its parent`,
          { field: 'parentId', reason: 'CYCLE' },
        );
      }
      throw unexplained('updateAccount', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.account(caller.tenantId, input.id);
  }

  /** Archived accounts keep their history and stay readable by id; archiving twice keeps the first date. */
  async archiveAccount(caller: Caller, input: { id: string }): Promise<Account> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<MapWriteOutcome>(
      'archive-account',
      caller.tenantId,
      {
        id: input.id,
        archivedAt: isoDate(this.clock()),
      },
      ['archivedAt'],
    );
    rejectNotFound(outcome);
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.account(caller.tenantId, input.id);
  }

  async createBusinessUnit(
    caller: Caller,
    input: UnitFields & { id?: string | null; accountId: string; name: string; kind: BusinessUnitKind },
  ): Promise<BusinessUnit> {
    assertCanWrite(caller);
    const id = input.id ?? this.newId();
    const outcome = await this.repository.run<CreateOutcome>('create-business-unit', caller.tenantId, {
      id,
      accountId: input.accountId,
      fields: fieldsOf(input, UNIT_FIELDS),
      createKey: createKey('BusinessUnit', { ...input, id }),
    });
    if (!outcome.written && !outcome.replayed) {
      rejectCreate(outcome, 'BusinessUnit', id);
      throw unexplained('createBusinessUnit', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.businessUnit(caller.tenantId, id);
  }

  async updateBusinessUnit(caller: Caller, input: UnitFields & { id: string }): Promise<BusinessUnit> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<MapWriteOutcome>('update-business-unit', caller.tenantId, {
      id: input.id,
      fields: fieldsOf(input, UNIT_FIELDS),
    });
    rejectNotFound(outcome);
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.businessUnit(caller.tenantId, input.id);
  }
}
