import type { Clock } from '../../domain/clock';
import { AppError, BadInputError } from '../../domain/errors';
import type { RoleAssignment } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { StakeholderRole } from '../../domain/vocabulary';
import type { MutationRepository } from '../../repositories/mutation.repository';
import {
  assertCanWrite,
  assertDayNotInFuture,
  conflict,
  rejectNotFound,
  unexplainedRefusal,
} from './write-guards';
import type { StaleMarker } from '../scores/score-staleness';

export interface RoleRef {
  stakeholderId: string;
  accountId: string;
  role: StakeholderRole;
}

/**
 * Roles keep their history: assigning opens a new assignment (role, since), ending sets `until`
 * on the open one. Role coverage, threading risk and churn indicators read them live.
 * (A departure ends every open role at once: that is `markStakeholderDeparted`.)
 */
export class RoleMutationService {
  constructor(
    private readonly repository: MutationRepository,
    private readonly clock: Clock,
    private readonly staleness: StaleMarker,
  ) {}

  async assign(
    caller: Caller,
    input: RoleRef & { since: string; source?: string | null },
  ): Promise<RoleAssignment> {
    assertCanWrite(caller);
    assertDayNotInFuture(input.since, 'since', this.clock);
    const outcome = await this.repository.assignRole(caller.tenantId, {
      ...input,
      source: input.source?.trim() || null,
    });
    if (outcome.written && outcome.assignment) {
      await this.staleness.markAccountsStale(caller.tenantId, [input.accountId], 'ROLE');
      return outcome.assignment;
    }
    rejectNotFound(outcome);
    const { stakeholderId, accountId, role } = input;
    if (outcome.worksAt !== accountId) {
      throw new BadInputError(
        `Stakeholder '${stakeholderId}' works at account '${outcome.worksAt ?? 'none'}', not at '${accountId}'`,
        { field: 'accountId' },
      );
    }
    if (outcome.status !== 'ACTIVE') {
      throw conflict(
        `Stakeholder '${stakeholderId}' left on ${outcome.departedAt ?? 'an unknown date'}: a person who has left cannot take a role`,
        { stakeholderId, departedAt: outcome.departedAt },
      );
    }
    const open = outcome.clashes.find((c) => c.until === null);
    if (open) {
      throw conflict(
        `Stakeholder '${stakeholderId}' already holds the ${role} role at account '${accountId}' (since ${open.since}); end it with endStakeholderRole before assigning it again`,
        { stakeholderId, accountId, role, openSince: open.since },
      );
    }
    const [overlap] = outcome.clashes;
    if (overlap) {
      throw conflict(
        `A new ${role} assignment from ${input.since} would overlap the one that ran from ${overlap.since} to ${overlap.until ?? 'now'}`,
        { stakeholderId, accountId, role, since: overlap.since, until: overlap.until },
      );
    }
    throw unexplainedRefusal('assignStakeholderRole');
  }

  async end(caller: Caller, input: RoleRef & { until: string }): Promise<RoleAssignment> {
    assertCanWrite(caller);
    assertDayNotInFuture(input.until, 'until', this.clock);
    const outcome = await this.repository.endRole(caller.tenantId, input);
    // Normally one open assignment; should an import have left two, all end and the latest answers.
    const [latest] = [...outcome.ended].sort((a, b) => b.since.localeCompare(a.since));
    if (outcome.written && latest) {
      await this.staleness.markAccountsStale(caller.tenantId, [input.accountId], 'ROLE');
      return latest;
    }
    rejectNotFound(outcome);
    const { stakeholderId, accountId, role } = input;
    if (outcome.openSince.length === 0) {
      const last = outcome.lastEnded === null ? '' : ` (it last ended on ${outcome.lastEnded})`;
      throw new AppError(
        'NOT_FOUND',
        `Stakeholder '${stakeholderId}' holds no open ${role} role at account '${accountId}'${last}`,
        { entity: 'RoleAssignment', stakeholderId, accountId, role },
      );
    }
    const began = outcome.openSince.filter((since) => since > input.until).sort()[0];
    if (began) {
      throw new BadInputError(`until (${input.until}) is before the ${role} assignment began (${began})`, {
        field: 'until',
      });
    }
    throw unexplainedRefusal('endStakeholderRole');
  }
}
