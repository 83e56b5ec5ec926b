import { BadInputError } from '../../domain/errors';
import type { ObjectiveRecord } from '../../domain/graph-records';
import type { Caller } from '../../domain/tenant';
import type { ObjectiveStatus } from '../../domain/vocabulary';
import type { MutationRepository } from '../../repositories/mutation.repository';
import { assertCanWrite, conflict, rejectNotFound, unexplainedRefusal } from './write-guards';
import type { StaleMarker } from '../scores/score-staleness';

export interface RecordObjectiveInput {
  accountId: string;
  title: string;
  metric?: string | null;
  targetValue?: number | null;
  dueDate?: string | null;
  ownerStakeholderId?: string | null;
  status: ObjectiveStatus;
}

export class ObjectiveMutationService {
  constructor(
    private readonly repository: MutationRepository,
    private readonly newId: () => string,
    private readonly staleness: StaleMarker,
  ) {}

  /**
   * A goal the customer states in their own terms (a metric and a target): business cases and the
   * account plan are written against these. A due date may lie ahead; that is what goals do.
   */
  async record(caller: Caller, input: RecordObjectiveInput): Promise<ObjectiveRecord> {
    assertCanWrite(caller);
    const title = input.title.trim();
    const outcome = await this.repository.recordObjective(caller.tenantId, {
      ...input,
      id: this.newId(),
      title,
      metric: input.metric?.trim() || null,
      targetValue: input.targetValue ?? null,
      dueDate: input.dueDate ?? null,
      ownerStakeholderId: input.ownerStakeholderId ?? null,
    });
    if (outcome.written && outcome.objective) {
      await this.staleness.markAccountsStale(caller.tenantId, [input.accountId], 'OBJECTIVE');
      return outcome.objective;
    }
    rejectNotFound(outcome);
    const owner = input.ownerStakeholderId ?? null;
    if (owner !== null && outcome.ownerWorksAt !== input.accountId) {
      throw new BadInputError(
        `Stakeholder '${owner}' works at account '${outcome.ownerWorksAt ?? 'none'}', not at '${input.accountId}'`,
        { field: 'ownerStakeholderId' },
      );
    }
    if (owner !== null && outcome.ownerStatus !== 'ACTIVE') {
      throw conflict(
        `Stakeholder '${owner}' left on ${outcome.ownerDepartedAt ?? 'an unknown date'} and cannot own a new objective`,
        { stakeholderId: owner, departedAt: outcome.ownerDepartedAt },
      );
    }
    if (outcome.sameTitleId !== null) {
      throw conflict(
        `Account '${input.accountId}' already has the objective '${title}' (${outcome.sameTitleId})`,
        { existingId: outcome.sameTitleId },
      );
    }
    throw unexplainedRefusal('recordObjective');
  }
}
