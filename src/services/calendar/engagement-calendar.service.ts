import { checkCalendarConfig, type CalendarConfig } from '../../config/analytics/calendar';
import type { PlaysConfig } from '../../config/analytics/plays';
import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import { isoDate, type Clock } from '../../domain/clock';
import { BadInputError, NotFoundError } from '../../domain/errors';
import type { Page } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { EngagementLevel, TouchpointKind } from '../../domain/vocabulary';
import { checkDay, daysFrom, shiftDay } from '../../planning/calendar-dates';
import { renderICalendar } from '../../planning/calendar-ics';
import {
  planEngagementCalendar,
  type EngagementCalendar,
  type Touchpoint,
} from '../../planning/engagement-calendar';
import type { CalendarRepository } from '../../repositories/calendar.repository';
import type { AccountService } from '../accounts/account.service';
import { pageInMemory } from '../pagination/in-memory-page';
import type { PlaysService } from '../plays/plays.service';
import { resolveAsOf, type AsOf } from '../relationships/as-of';
import type { StakeholderService } from '../stakeholders/stakeholder.service';
import type { ThreadingService } from '../threading/threading.service';
import { calendarPeople, calendarPlays, calendarTeam } from './calendar-input';

export type * from '../../planning/calendar-types';

/** The window asked for; every part optional (see `EngagementCalendarService.forAccount`). */
export interface CalendarWindowInput {
  /** First day planned, `YYYY-MM-DD`; default asOf. Not before asOf: a calendar plans ahead. */
  from?: string | null;
  /** Last day planned, included; default from + calendar.window.defaultDays (90). */
  to?: string | null;
  /** The day people, roles, strengths and plays are judged on; default today, never in the future. */
  asOf?: string | null;
}

export interface TouchpointPageInput {
  first: number;
  after?: string | null;
  kind?: TouchpointKind | null;
  level?: EngagementLevel | null;
}

/**
 * The engagement calendar of an account: touchpoints by stakeholder and timing, multi-threaded
 * across levels, with the evidence behind each date. Built on the account, threading, plays and
 * stakeholder services; the only graph read of its own is the account's last QBR.
 */
export class EngagementCalendarService {
  constructor(
    private readonly repository: CalendarRepository,
    private readonly accounts: AccountService,
    private readonly threading: ThreadingService,
    private readonly plays: PlaysService,
    private readonly stakeholders: StakeholderService,
    private readonly clock: Clock,
    private readonly config: CalendarConfig,
    private readonly playsConfig: PlaysConfig,
    private readonly relationshipsConfig: RelationshipsConfig,
    private readonly threadingConfig: ThreadingConfig,
  ) {
    checkCalendarConfig(config);
  }

  /**
   * The calendar of `accountId` over [from, to] (default asOf … asOf + 90 days, at most
   * `calendar.window.maxSpanDays`), planned on asOf. The plain result the API, the .ics export
   * and the strategic account plan are built on. NOT_FOUND for an account the caller cannot see;
   * BAD_USER_INPUT (with the field) for a malformed date, a future asOf, a window starting before
   * asOf, ending before it starts or longer than the maximum.
   */
  async forAccount(
    caller: Caller,
    accountId: string,
    input: CalendarWindowInput = {},
  ): Promise<EngagementCalendar> {
    const asked = resolveAsOf(input.asOf == null ? null : checkDay(input.asOf, 'asOf'), this.clock);
    const account = (await this.accounts.byIds(caller, [accountId])).get(accountId);
    if (!account) throw new NotFoundError('Account', accountId);
    // Planned from the account's own day when asOf is today, as its plays are (same step, same date).
    const asOf = {
      now: asked.now,
      day: this.plays.startDayOf(
        { ...asked, current: asked.day === isoDate(this.clock()) },
        this.plays.daysOf(account.region),
      ),
    };
    const { from, to } = this.window(asOf, input);

    const until = new Date(asOf.now.getTime() + 1).toISOString();
    const [coverage, subscriptions, snapshots, recommendation, recorded, lastQbr] = await Promise.all([
      this.accounts.coverage(caller, [accountId]),
      this.accounts.subscriptions(caller, [accountId]),
      this.threading.snapshots(caller, [accountId], asOf, true),
      this.plays.recommend(caller, accountId, asked.day),
      this.plays.recordedByAccountIds(caller, [accountId]),
      this.repository.lastQbrByAccountIds(caller.tenantId, [accountId], until),
    ]);
    const snapshot = snapshots.get(accountId)!;
    const emails = await this.stakeholders.byIds(
      caller,
      snapshot.people.map((p) => p.id),
    );
    const { people, departed } = calendarPeople(
      snapshot,
      asOf,
      emails,
      this.relationshipsConfig,
      this.threadingConfig,
    );
    const plays = calendarPlays(recommendation.plays, recorded.get(accountId) ?? [], asOf.day);
    const qbr = lastQbr.get(accountId) ?? null;
    return planEngagementCalendar(
      {
        account: { id: account.id, name: account.name, segment: account.segment },
        days: recommendation.days,
        asOf: asOf.day,
        plannedAt: asOf.now.toISOString(),
        from,
        to,
        people,
        departed,
        team: calendarTeam(coverage.get(accountId) ?? []),
        subscriptions: (subscriptions.get(accountId) ?? []).map((s) => ({
          id: s.id,
          productName: s.productName,
          status: s.status,
          arr: s.arr,
          renewalDate: s.renewalDate,
        })),
        lastQbr: qbr === null ? null : { id: qbr.id, occurredAt: qbr.occurredAt },
        plays: plays.plays,
        dataGaps: [
          ...(snapshot.pairs.length === 0
            ? [
                `No interaction between our team and the account's people in the last ${this.relationshipsConfig.lookbackDays} days`,
              ]
            : []),
          ...plays.gaps,
        ],
      },
      this.config,
      this.playsConfig.ownerFallbacks,
    );
  }

  /** The calendar as RFC 5545 text, one VEVENT per touchpoint with a UID stable across exports. */
  icalendar(caller: Caller, calendar: EngagementCalendar): string {
    return renderICalendar(calendar, {
      uidDomain: `${caller.tenantId}.engagement-calendar`,
      stamp: new Date(calendar.plannedAt),
    });
  }

  /** A page of the calendar's touchpoints in date order, optionally of one kind or level. */
  page(calendar: EngagementCalendar, input: TouchpointPageInput): Page<Touchpoint> {
    const touchpoints = calendar.touchpoints.filter(
      (t) =>
        (input.kind == null || t.kind === input.kind) && (input.level == null || t.level === input.level),
    );
    return pageInMemory(
      touchpoints,
      input.first,
      input.after,
      (t) => t.id,
      (t) => t.date,
    );
  }

  private window(asOf: AsOf, input: CalendarWindowInput): { from: string; to: string } {
    const from = input.from == null ? asOf.day : checkDay(input.from, 'from');
    const to = input.to == null ? shiftDay(from, this.config.window.defaultDays) : checkDay(input.to, 'to');
    if (from < asOf.day) {
      throw new BadInputError(
        `from (${from}) must not be before asOf (${asOf.day}): a calendar plans ahead`,
        {
          field: 'from',
        },
      );
    }
    if (to < from) throw new BadInputError(`to (${to}) must not be before from (${from})`, { field: 'to' });
    const max = this.config.window.maxSpanDays;
    if (daysFrom(from, to) > max) {
      throw new BadInputError(
        `The window from ${from} to ${to} is longer than ${max} days: ask for a shorter one`,
        {
          field: 'to',
          maxSpanDays: max,
        },
      );
    }
    return { from, to };
  }
}
