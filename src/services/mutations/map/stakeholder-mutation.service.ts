import { AppError, BadInputError } from '../../../domain/errors';
import type { Stakeholder } from '../../../domain/read-models';
import type { Caller } from '../../../domain/tenant';
import type { PersonStatus, SeniorityLevel } from '../../../domain/vocabulary';
import type {
  CreateOutcome,
  MapMutationRepository,
  MapWriteOutcome,
} from '../../../repositories/map-mutation.repository';
import { assertCanWrite, rejectNotFound } from '../write-guards';
import type { AccountChanges } from './account-changes';
import type { MapReads } from './map-reads';
import { createKey, duplicateOf, fieldsOf, rejectCreate, unexplained } from './write-fields';

export interface PersonFields {
  name?: string;
  email?: string | null;
  title?: string | null;
  seniority?: SeniorityLevel | null;
  department?: string | null;
  startedAt?: string | null;
}
const PERSON_FIELDS = ['name', 'email', 'title', 'seniority', 'department', 'startedAt'] as const;

interface PersonOutcome extends MapWriteOutcome {
  sameEmailId: string | null;
  unitAccountId: string | null;
}

interface ReportingOutcome extends MapWriteOutcome {
  cycle: boolean;
  cyclePath: string[] | null;
  accountId: string | null;
  managerAccountId: string | null;
}

export interface ErasedStakeholder {
  erasedId: string;
  accountId: string;
  interactionsAnonymised: number;
  rolesRemoved: number;
  influencesRemoved: number;
  recordsKept: number;
}

/** People of an account: who they are, where they sit, whom they report to; merges and erasure. */
export class StakeholderMutationService {
  constructor(
    private readonly repository: MapMutationRepository,
    private readonly reads: MapReads,
    private readonly changes: AccountChanges,
    private readonly newId: () => string,
  ) {}

  async create(
    caller: Caller,
    input: PersonFields & {
      id?: string | null;
      accountId: string;
      name: string;
      businessUnitId?: string | null;
      managerId?: string | null;
    },
  ): Promise<Stakeholder> {
    assertCanWrite(caller);
    const id = input.id ?? this.newId();
    const email = input.email?.trim().toLowerCase() || null;
    const outcome = await this.repository.run<
      CreateOutcome & PersonOutcome & { managerAccountId: string | null }
    >(
      'create-stakeholder',
      caller.tenantId,
      {
        id,
        accountId: input.accountId,
        businessUnitId: input.businessUnitId ?? null,
        managerId: input.managerId ?? null,
        email,
        fields: { ...fieldsOf({ ...input, email }, PERSON_FIELDS), status: 'ACTIVE' },
        createKey: createKey('Stakeholder', { ...input, email, id }),
      },
      ['startedAt'],
    );
    if (!outcome.written && !outcome.replayed) {
      rejectCreate(outcome, 'Stakeholder', id);
      this.rejectPlacement(outcome, input.accountId, input.businessUnitId ?? null);
      if (input.managerId && outcome.managerAccountId !== input.accountId) {
        throw new BadInputError(
          `Stakeholder '${input.managerId}' works at account '${outcome.managerAccountId ?? 'none'}', not at '${input.accountId}': a manager must be a colleague`,
          { field: 'managerId' },
        );
      }
      throw unexplained('createStakeholder', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.stakeholder(caller.tenantId, id);
  }

  async update(
    caller: Caller,
    input: PersonFields & { id: string; businessUnitId?: string | null; status?: PersonStatus | null },
  ): Promise<Stakeholder> {
    assertCanWrite(caller);
    if (input.status === 'DEPARTED') {
      throw new BadInputError(
        'A departure ends the person’s open roles on the day they left: use markStakeholderDeparted',
        { field: 'status' },
      );
    }
    const email = input.email === undefined ? undefined : input.email?.trim().toLowerCase() || null;
    const fields = fieldsOf({ ...input, email }, PERSON_FIELDS);
    // Reinstating someone who had left: they are active again and no longer carry a departure day.
    if (input.status === 'ACTIVE') Object.assign(fields, { status: 'ACTIVE', departedAt: null });
    const outcome = await this.repository.run<PersonOutcome & { accountId: string | null }>(
      'update-stakeholder',
      caller.tenantId,
      {
        id: input.id,
        email: email ?? null,
        businessUnitId: input.businessUnitId ?? null,
        clearBusinessUnit: input.businessUnitId === null,
        fields,
      },
      ['startedAt'],
    );
    if (!outcome.written) {
      rejectNotFound(outcome);
      this.rejectPlacement(outcome, outcome.accountId ?? '', input.businessUnitId ?? null);
      throw unexplained('updateStakeholder', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.stakeholder(caller.tenantId, input.id);
  }

  /** One manager per person; refused when it would close a loop or cross to another account. */
  async setReportingLine(
    caller: Caller,
    input: { stakeholderId: string; managerId: string },
  ): Promise<Stakeholder> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<ReportingOutcome>('set-reporting-line', caller.tenantId, input);
    if (!outcome.written) {
      rejectNotFound(outcome);
      const { stakeholderId, managerId } = input;
      if (outcome.cycle) {
        const loop = outcome.cyclePath && outcome.cyclePath.length > 0 ? outcome.cyclePath : [managerId];
        throw new BadInputError(
          stakeholderId === managerId
            ? `Stakeholder '${stakeholderId}' cannot report to themselves`
            : `Stakeholder '${managerId}' already reports to '${stakeholderId}' (${loop.join(' → ')}): the line would be a cycle`,
          { field: 'managerId', reason: 'CYCLE', path: loop },
        );
      }
      if (outcome.accountId !== outcome.managerAccountId) {
        throw new BadInputError(
          `Stakeholder '${managerId}' works at account '${outcome.managerAccountId ?? 'none'}', '${stakeholderId}' at '${outcome.accountId ?? 'none'}': a manager must be a colleague`,
          { field: 'managerId' },
        );
      }
      throw unexplained('setReportingLine', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.stakeholder(caller.tenantId, input.stakeholderId);
  }

  async clearReportingLine(caller: Caller, input: { stakeholderId: string }): Promise<Stakeholder> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<MapWriteOutcome>(
      'clear-reporting-line',
      caller.tenantId,
      input,
    );
    rejectNotFound(outcome);
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.stakeholder(caller.tenantId, input.stakeholderId);
  }

  /** The duplicate's relationships move to the survivor, its id is kept in mergedIds, and it goes. */
  async merge(
    caller: Caller,
    input: { survivorId: string; duplicateId: string },
  ): Promise<{ stakeholder: Stakeholder; mergedIds: string[] }> {
    assertCanWrite(caller);
    if (input.survivorId === input.duplicateId) {
      throw new BadInputError('A person cannot be merged into themselves', { field: 'duplicateId' });
    }
    const outcome = await this.repository.run<
      MapWriteOutcome & {
        survivorAccountId: string | null;
        duplicateAccountId: string | null;
        unknownTypes: string[];
        mergedIds: string[] | null;
      }
    >('merge-stakeholders', caller.tenantId, input);
    if (!outcome.written) {
      rejectNotFound(outcome);
      if (outcome.survivorAccountId !== outcome.duplicateAccountId) {
        throw new BadInputError(
          `Stakeholder '${input.duplicateId}' works at account '${outcome.duplicateAccountId ?? 'none'}', '${input.survivorId}' at '${outcome.survivorAccountId ?? 'none'}': only people of one account are merged`,
          { field: 'duplicateId' },
        );
      }
      if (outcome.unknownTypes.length > 0) {
        throw new AppError(
          'CONFLICT',
          `Stakeholder '${input.duplicateId}' has relationships a merge does not know how to move (${[...new Set(outcome.unknownTypes)].join(', ')}); nothing was merged`,
          { unknownTypes: [...new Set(outcome.unknownTypes)] },
        );
      }
      throw unexplained('mergeStakeholders', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    const stakeholder = await this.reads.stakeholder(caller.tenantId, input.survivorId);
    return { stakeholder, mergedIds: outcome.mergedIds ?? [] };
  }

  /** A privacy request: the person and their personal fields go; the account's history stays, anonymous. */
  async erase(caller: Caller, input: { id: string }): Promise<ErasedStakeholder> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<MapWriteOutcome & Omit<ErasedStakeholder, 'erasedId'>>(
      'erase-stakeholder',
      caller.tenantId,
      input,
    );
    rejectNotFound(outcome);
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return {
      erasedId: input.id,
      accountId: outcome.accountId,
      interactionsAnonymised: outcome.interactionsAnonymised,
      rolesRemoved: outcome.rolesRemoved,
      influencesRemoved: outcome.influencesRemoved,
      recordsKept: outcome.recordsKept,
    };
  }

  private rejectPlacement(outcome: PersonOutcome, accountId: string, unitId: string | null): void {
    if (outcome.sameEmailId !== null)
      throw duplicateOf('Stakeholder', 'email at this account', outcome.sameEmailId, 'email');
    if (unitId !== null && outcome.unitAccountId !== accountId) {
      throw new BadInputError(
        `Business unit '${unitId}' belongs to account '${outcome.unitAccountId ?? 'none'}', not '${accountId}'`,
        { field: 'businessUnitId' },
      );
    }
  }
}
