import type { Clock } from '../../domain/clock';
import { BadInputError } from '../../domain/errors';
import type { Subscription } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { MutationRepository, RecordedUsageSnapshot } from '../../repositories/mutation.repository';
import {
  assertCanWrite,
  assertDayNotInFuture,
  conflict,
  rejectNotFound,
  unexplainedRefusal,
} from './write-guards';
import type { StaleMarker } from '../scores/score-staleness';

export interface RecordUsageSnapshotInput {
  subscriptionId: string;
  date: string;
  licensedSeats: number;
  activeSeats: number;
  featuresAdopted?: number | null;
  featuresAvailable?: number | null;
  businessUnitId?: string | null;
}

export interface RecordedUsage {
  snapshot: RecordedUsageSnapshot;
  subscription: Subscription;
  /** True when this is the latest reading of the subscription's own scope, so seatsUsed took it. */
  seatsUsedUpdated: boolean;
}

export class UsageMutationService {
  constructor(
    private readonly repository: MutationRepository,
    private readonly clock: Clock,
    private readonly newId: () => string,
    private readonly staleness: StaleMarker,
  ) {}

  /**
   * Licensed and active seats (and feature adoption) of a subscription on a day. Capacity and
   * adoption signals, usage decline and health read snapshots live; the subscription's seatsUsed
   * follows the latest reading of its own scope. A reading for one unit of an account-wide
   * subscription covers part of it only, so it leaves seatsUsed alone.
   */
  async record(caller: Caller, input: RecordUsageSnapshotInput): Promise<RecordedUsage> {
    assertCanWrite(caller);
    assertDayNotInFuture(input.date, 'date', this.clock);
    const outcome = await this.repository.recordUsageSnapshot(caller.tenantId, {
      id: this.newId(),
      subscriptionId: input.subscriptionId,
      date: input.date,
      licensedSeats: input.licensedSeats,
      activeSeats: input.activeSeats,
      featuresAdopted: input.featuresAdopted ?? null,
      featuresAvailable: input.featuresAvailable ?? null,
      businessUnitId: input.businessUnitId ?? null,
    });
    if (outcome.written && outcome.snapshot && outcome.subscription) {
      if (outcome.accountId !== null) {
        await this.staleness.markAccountsStale(caller.tenantId, [outcome.accountId], 'USAGE');
      }
      return {
        snapshot: outcome.snapshot,
        subscription: outcome.subscription,
        seatsUsedUpdated: outcome.seatsUsedUpdated,
      };
    }
    rejectNotFound(outcome);
    const unit = input.businessUnitId ?? null;
    if (unit !== null && outcome.unitAccountId !== outcome.accountId) {
      throw new BadInputError(
        `Business unit '${unit}' belongs to account '${outcome.unitAccountId}', the subscription to '${outcome.accountId}'`,
        { field: 'businessUnitId' },
      );
    }
    if (unit !== null && outcome.ownUnitId !== null && outcome.ownUnitId !== unit) {
      throw new BadInputError(
        `Subscription '${input.subscriptionId}' was bought for business unit '${outcome.ownUnitId}' only, not '${unit}'`,
        { field: 'businessUnitId' },
      );
    }
    if (outcome.sameDayId !== null) {
      throw conflict(
        `Subscription '${input.subscriptionId}' already has a usage snapshot for ${input.date}${unit === null ? '' : ` in unit '${unit}'`} (${outcome.sameDayId})`,
        { existingId: outcome.sameDayId },
      );
    }
    throw unexplainedRefusal('recordUsageSnapshot');
  }
}
