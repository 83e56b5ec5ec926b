import type { Clock } from '../../domain/clock';
import { BadInputError } from '../../domain/errors';
import type { Caller } from '../../domain/tenant';
import type { InteractionDirection, InteractionType } from '../../domain/vocabulary';
import type { MutationRepository, RecordedInteraction } from '../../repositories/mutation.repository';
import { assertCanWrite, assertInstantNotInFuture, rejectNotFound, unexplainedRefusal } from './write-guards';
import type { StaleMarker } from '../scores/score-staleness';

export interface RecordInteractionInput {
  accountId: string;
  type: InteractionType;
  direction: InteractionDirection;
  occurredAt: Date;
  durationMinutes?: number | null;
  subject?: string | null;
  teamMemberIds: string[];
  stakeholderIds: string[];
}

export class InteractionMutationService {
  constructor(
    private readonly repository: MutationRepository,
    private readonly clock: Clock,
    private readonly newId: () => string,
    private readonly staleness: StaleMarker,
  ) {}

  /**
   * A meeting, call, email, QBR or event between our team and the account's people. Relationship
   * strength, threading risk and everything built on them read interactions live, so they count
   * it from the next request on.
   */
  async record(caller: Caller, input: RecordInteractionInput): Promise<RecordedInteraction> {
    assertCanWrite(caller);
    assertInstantNotInFuture(input.occurredAt, 'occurredAt', this.clock);
    const outcome = await this.repository.recordInteraction(caller.tenantId, {
      ...input,
      id: this.newId(),
      occurredAt: input.occurredAt.toISOString(),
      durationMinutes: input.durationMinutes ?? null,
      subject: input.subject?.trim() || null,
    });
    if (outcome.written && outcome.interaction) {
      await this.staleness.markAccountsStale(caller.tenantId, [input.accountId], 'INTERACTION');
      return outcome.interaction;
    }
    rejectNotFound(outcome);
    const [away] = outcome.elsewhere;
    if (away) {
      throw new BadInputError(
        `Stakeholder '${away.id}' works at account '${away.accountId}', not at '${input.accountId}'`,
        { field: 'stakeholderIds', id: away.id },
      );
    }
    const [gone] = outcome.departedBefore;
    if (gone) {
      const day = input.occurredAt.toISOString().slice(0, 10);
      throw new BadInputError(
        `Stakeholder '${gone.id}' left on ${gone.departedAt} and cannot have taken part on ${day}`,
        {
          field: 'stakeholderIds',
          id: gone.id,
        },
      );
    }
    throw unexplainedRefusal('recordInteraction');
  }
}
