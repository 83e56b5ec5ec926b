import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import { isoDate, type Clock } from '../../domain/clock';
import { AppError, BadInputError } from '../../domain/errors';
import type { RoleAssignment, Stakeholder, Subscription } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { DepartureRepository } from '../../repositories/departure.repository';
import { departureImpact, type DepartureImpact } from '../../scoring/departure-impact';
import { DAY_MS } from '../../scoring/score-parts';
import { subtreeOf } from '../../scoring/threading-risk-graph';
import type { AccountService } from '../accounts/account.service';
import { dayBefore, resolveAsOf, type AsOf } from '../relationships/as-of';
import type { StakeholderService } from '../stakeholders/stakeholder.service';
import {
  isThereOn,
  orgPositions,
  threadingReading,
  type AccountSnapshot,
} from '../threading/threading-input';
import { withArr, type AccountThreadingRisk, type ThreadingService } from '../threading/threading.service';
import type { StaleMarker } from '../scores/score-staleness';
import type { PersonUsageService } from '../stakeholders/person-usage.service';

export interface DepartureImpactView extends Omit<DepartureImpact, 'subscriptions'> {
  accountId: string;
  subscriptions: (Omit<DepartureImpact['subscriptions'][number], 'subscription'> & {
    subscription: Subscription;
  })[];
  /** The day the account is judged on: the last day the person was there. */
  asOf: string;
  before: AccountThreadingRisk;
  after: AccountThreadingRisk;
}

export interface StakeholderDeparture {
  stakeholder: Stakeholder;
  departedAt: string;
  endedRoles: RoleAssignment[];
  impact: DepartureImpactView;
}

export interface MarkDepartedInput {
  stakeholderId: string;
  departedAt: string;
  successorId?: string | null;
}

/** What a departure costs, as a what-if or recorded for good. */
export class DepartureService {
  constructor(
    private readonly departures: DepartureRepository,
    private readonly threading: ThreadingService,
    private readonly stakeholders: StakeholderService,
    private readonly accounts: AccountService,
    private readonly clock: Clock,
    private readonly relationshipsConfig: RelationshipsConfig,
    private readonly config: ThreadingConfig,
    private readonly staleness: StaleMarker,
    private readonly personUsage: PersonUsageService,
  ) {}

  /**
   * The cost of `stakeholderId` leaving, judged on `asOf` (default: today, or for someone who has
   * already left, the day before they did). Reads only.
   */
  async impact(
    caller: Caller,
    stakeholderId: string,
    asOfArg?: string | null,
    successorId?: string | null,
  ): Promise<DepartureImpactView> {
    const person = await this.stakeholders.get(caller, stakeholderId);
    const day =
      asOfArg ?? (person.departedAt !== null ? dayBefore(person.departedAt) : isoDate(this.clock()));
    const asOf = resolveAsOf(day, this.clock);
    const snapshot = (await this.threading.snapshots(caller, [person.accountId], asOf)).get(
      person.accountId,
    )!;
    const record = snapshot.people.find((p) => p.id === stakeholderId);
    if (!record || !isThereOn(record, day)) {
      throw new BadInputError(
        `${person.name} was not at the account on ${day}` +
          (person.departedAt !== null ? ` (left on ${person.departedAt}); ask for an earlier asOf` : ''),
        { field: 'asOf' },
      );
    }
    return this.judge(caller, snapshot, stakeholderId, asOf, successorId ?? null);
  }

  /** Records the departure (one write transaction) and returns what it costs. */
  async markDeparted(caller: Caller, input: MarkDepartedInput): Promise<StakeholderDeparture> {
    const today = isoDate(this.clock());
    if (input.departedAt > today) {
      throw new BadInputError(`departedAt ${input.departedAt} is in the future`, { field: 'departedAt' });
    }
    const person = await this.stakeholders.get(caller, input.stakeholderId);
    if (person.status !== 'ACTIVE') {
      throw new AppError(
        'CONFLICT',
        `${person.name} is already marked departed (${person.departedAt ?? 'no date'})`,
        {
          stakeholderId: person.id,
        },
      );
    }
    if (person.startedAt !== null && input.departedAt <= person.startedAt) {
      throw new BadInputError(`departedAt must be after ${person.name} started (${person.startedAt})`, {
        field: 'departedAt',
      });
    }
    const openRoles = await this.stakeholders.roles(caller, [person.id], false);
    const late = (openRoles.get(person.id) ?? []).find((r) => r.since >= input.departedAt);
    if (late) {
      throw new BadInputError(
        `departedAt must be after ${person.name}'s ${late.role} role began (${late.since})`,
        { field: 'departedAt' },
      );
    }
    // Judged on the last day they were there, before anything is written, so that a failed
    // check leaves the graph untouched; it matches departureImpact read afterwards.
    const impact = await this.impact(caller, person.id, dayBefore(input.departedAt), input.successorId);
    const written = await this.departures.markDeparted(caller.tenantId, person.id, input.departedAt);
    if (!written) {
      throw new AppError('CONFLICT', `${person.name} was marked departed by someone else meanwhile`, {
        stakeholderId: person.id,
      });
    }
    await this.staleness.markAccountsStale(caller.tenantId, [person.accountId], 'DEPARTURE');
    return {
      stakeholder: { ...person, status: 'DEPARTED', departedAt: written.departedAt },
      departedAt: written.departedAt,
      endedRoles: written.ended.map((r) => ({ ...r, personId: person.id, source: null })),
      impact,
    };
  }

  private async judge(
    caller: Caller,
    snapshot: AccountSnapshot,
    personId: string,
    asOf: AsOf,
    successorId: string | null,
  ): Promise<DepartureImpactView> {
    const { accountId } = snapshot;
    const windowDays = this.config.departure.activityWindowDays;
    const [opportunities, objectives, subscriptions, tickets, arr, usage] = await Promise.all([
      this.departures.openOpportunities(caller.tenantId, personId),
      this.departures.ownedObjectives(caller.tenantId, personId),
      this.accounts.subscriptions(caller, [accountId]).then((s) => s.get(accountId) ?? []),
      this.departures.ticketsRaised(caller.tenantId, accountId, {
        since: new Date(asOf.now.getTime() - windowDays * DAY_MS).toISOString(),
        until: asOf.now.toISOString(),
      }),
      this.accounts.byIds(caller, [accountId]).then((a) => a.get(accountId)?.arr ?? 0),
      this.personUsage.latest(
        caller,
        snapshot.people.map((p) => p.id),
        asOf.day,
      ),
    ]);
    const before = this.threading.assessSnapshot(snapshot, asOf);
    const after = this.threading.assessSnapshot(snapshot, asOf, personId);
    const reading = threadingReading(snapshot, asOf, this.relationshipsConfig);
    const positions = orgPositions(snapshot.people);
    const engaged = new Set(before.engaged.map((e) => e.personId));
    const people = reading.input.people.map((p) => {
      const record = reading.people.get(p.id)!;
      const evidence = reading.strengths.get(p.id)?.interactions ?? [];
      return {
        id: p.id,
        name: record.name,
        department: p.department,
        businessUnitId: record.businessUnitId,
        level: p.level,
        reportsToId: p.reportsToId,
        roles: p.roles,
        strength: p.strength,
        engaged: engaged.has(p.id),
        ticketsRaised: tickets.get(p.id) ?? 0,
        recentInteractions: evidence.filter((e) => e.ageDays <= windowDays).length,
        usage: usage.get(p.id) ?? null,
      };
    });
    const departed = people.find((p) => p.id === personId)!;
    const remaining = people.filter((p) => p.id !== personId);
    if (successorId !== null && !remaining.some((p) => p.id === successorId)) {
      throw new BadInputError(
        `successorId '${successorId}' is not someone else at the same account on ${asOf.day}`,
        {
          field: 'successorId',
        },
      );
    }
    const present = new Set(people.map((p) => p.id));
    const impact = departureImpact(
      {
        departed: {
          ...departed,
          level: positions.get(personId)?.level ?? 0,
          subtreeIds: subtreeOf([personId], new Map(snapshot.people.map((p) => [p.id, p.reportsToId]))),
          influenced: snapshot.influence
            .filter((i) => i.fromPersonId === personId && present.has(i.toPersonId))
            .map((i) => ({ personId: i.toPersonId, weight: i.weight })),
        },
        remaining,
        opportunities,
        objectives,
        subscriptions: subscriptions
          .filter((s) => s.status === 'ACTIVE')
          .map((s) => ({
            id: s.id,
            productId: s.productId,
            productName: s.productName,
            businessUnitId: s.businessUnitId,
            arr: s.arr,
          })),
        namedSuccessorId: successorId,
        before,
        after,
      },
      this.config.departure,
    );
    const full = new Map(subscriptions.map((s) => [s.id, s]));
    return {
      ...impact,
      subscriptions: impact.subscriptions.map((loss) => ({
        ...loss,
        subscription: full.get(loss.subscription.id)!,
      })),
      accountId,
      asOf: asOf.day,
      before: withArr(before, arr),
      after: withArr(after, arr),
    };
  }
}
