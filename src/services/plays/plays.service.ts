import { randomUUID } from 'node:crypto';
import type { HealthConfig } from '../../config/analytics/health';
import type { PlaysConfig } from '../../config/analytics/plays';
import { checkPlaysConfig } from '../../config/analytics/plays';
import {
  checkBusinessDaysConfig,
  DEFAULT_BUSINESS_DAYS_CONFIG,
  placeOf,
  type BusinessDaysConfig,
} from '../../config/analytics/business-days';
import { businessCalendar, dayIn, type BusinessCalendar } from '../../scoring/business-days';
import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { Clock } from '../../domain/clock';
import { AppError, BadInputError, NotFoundError } from '../../domain/errors';
import type { Caller } from '../../domain/tenant';
import type { PlayKind, PlayTrigger } from '../../domain/vocabulary';
import type { PlayRepository, StoredPlay } from '../../repositories/play.repository';
import { latestChampionDeparture } from '../../scoring/health-people';
import type { AccountHealth } from '../../scoring/health-score';
import { bandPlay, bandPlayKind, type PlayContext } from '../../scoring/play-band';
import { championRescuePlay } from '../../scoring/play-champion-rescue';
import { expansionGate, successCheck, type ExpansionGate, type SuccessCheck } from '../../scoring/play-gate';
import type { Play, TeamCover } from '../../scoring/play-steps';
import type { AccountService } from '../accounts/account.service';
import type { HealthAssessment, HealthService } from '../health/health.service';
import type { DepartureService } from '../departure/departure.service';
import type { ThreadingService } from '../threading/threading.service';
import { championRescueInput, keyContacts } from './play-people';

export type { Play, PlayPhase, PlayStep } from '../../scoring/play-steps';
export type { ExpansionGate, SuccessCheck } from '../../scoring/play-gate';
export type { StoredPlay } from '../../repositories/play.repository';

/** The plays that apply to an account on a day, and the health and success that gate them. */
export interface PlayRecommendation {
  accountId: string;
  accountName: string;
  asOf: string;
  /**
   * The day the plays start on: the account's own calendar day (in its time zone) when asOf is
   * today, else asOf. Step dates count from it; the calendar and the plan plan from it too.
   */
  startDay: string;
  health: AccountHealth;
  success: SuccessCheck;
  expansionGate: ExpansionGate;
  /** A champion-departure rescue first (when a champion left lately), then the play the band calls for. */
  plays: Play[];
  /** Our team on the account (who owns the steps). */
  team: TeamCover[];
  /** The account's business days: the steps' dates, and the calendar's and the plan's. */
  days: BusinessCalendar;
}

/** An account's health assessment, whether it is successful with what it owns, and the expansion gate. */
export interface GatedAssessment {
  assessment: HealthAssessment;
  success: SuccessCheck;
  gate: ExpansionGate;
}

export interface RequestPlayInput {
  accountId: string;
  kind: PlayKind;
  /** Which rescue, when both apply; default: the first recommended play of the kind. */
  trigger?: PlayTrigger | null;
  asOf?: string | null;
  note?: string | null;
}

/** Plays gated by health: recommended, and recorded on request (never an expansion on a red or unsuccessful account). */
export class PlaysService {
  constructor(
    private readonly repository: PlayRepository,
    private readonly health: HealthService,
    private readonly departures: DepartureService,
    private readonly threading: ThreadingService,
    private readonly accounts: AccountService,
    private readonly clock: Clock,
    private readonly config: PlaysConfig,
    private readonly healthConfig: HealthConfig,
    private readonly relationshipsConfig: RelationshipsConfig,
    private readonly businessDays: BusinessDaysConfig = DEFAULT_BUSINESS_DAYS_CONFIG,
    /** threading.engagedThreshold: the rescue's new threads go to deciders below it first. */
    private readonly engagedThreshold = 50,
  ) {
    checkPlaysConfig(config);
    checkBusinessDaysConfig(businessDays);
  }

  /**
   * The day an account's plays start on: today in the account's time zone when asOf is today (at
   * 01:00 UTC it is still yesterday in New York and already tomorrow afternoon in Singapore), else
   * the asOf asked for.
   */
  startDayOf(asOf: { now: Date; day: string; current: boolean }, days: BusinessCalendar): string {
    return asOf.current ? dayIn(asOf.now, days.timeZone) : asOf.day;
  }

  /** The business days of an account of `region`: its country's public holidays, its time zone. */
  daysOf(region: string | null): BusinessCalendar {
    const place = placeOf(this.businessDays, region);
    return businessCalendar(place.country, place.timeZone);
  }

  async recommend(caller: Caller, accountId: string, asOf?: string | null): Promise<PlayRecommendation> {
    return (await this.prepare(caller, accountId, asOf)).recommendation;
  }

  /**
   * Records a play with its steps. An EXPANSION on an account the gate refuses (RED, or another
   * band outside plays.expansionBands, unknown health, or not yet successful with what it owns)
   * is a BAD_USER_INPUT naming the band, the score and each blocker with its evidence.
   */
  async request(caller: Caller, input: RequestPlayInput): Promise<StoredPlay> {
    const { recommendation, context } = await this.prepare(caller, input.accountId, input.asOf);
    const gate = recommendation.expansionGate;
    if (input.kind === 'EXPANSION' && !gate.allowed) {
      throw new BadInputError(
        `An expansion play is refused for ${recommendation.accountName}: ${gate.blockers.map((b) => b.message).join('; ')}`,
        {
          field: 'kind',
          reason: 'EXPANSION_NOT_ALLOWED',
          band: gate.band,
          score: gate.score,
          successful: recommendation.success.successful,
          blockers: gate.blockers.map((b) => ({
            code: b.code,
            message: b.message,
            evidenceIds: b.evidence.map((e) => e.id),
          })),
        },
      );
    }
    const play = this.choose(recommendation, context, input);
    const health = recommendation.health;
    const id = `play-${randomUUID()}`;
    const outcome = await this.repository.record(caller.tenantId, {
      id,
      accountId: recommendation.accountId,
      kind: play.kind,
      trigger: play.trigger,
      title: play.title,
      why: play.why,
      goal: play.goal,
      gaps: play.gaps,
      startedOn: recommendation.startDay,
      requestedAt: this.clock().toISOString(),
      requestedBy: caller.subject,
      note: input.note ?? null,
      healthScore: health.score,
      healthBand: health.band,
      configVersion: health.configVersion,
      steps: play.steps.map((s) => ({
        id: `${id}-${s.order}`,
        order: s.order,
        key: s.key,
        phase: s.phase,
        title: s.title,
        detail: s.detail,
        dueDate: s.dueDate,
        ownerRole: s.ownerRole,
        ownerId: s.owner?.teamMemberId ?? null,
        personIds: s.people.map((p) => p.personId),
      })),
    });
    if (outcome === null) throw new NotFoundError('Account', input.accountId);
    if (!outcome.created) {
      throw new AppError(
        'CONFLICT',
        `A ${play.kind} play (${play.trigger}) is already open for ${recommendation.accountName}: ${outcome.playId}`,
        { playId: outcome.playId },
      );
    }
    const stored = (await this.recordedByAccountIds(caller, [recommendation.accountId]))
      .get(recommendation.accountId)
      ?.find((p) => p.id === id);
    if (!stored) throw new Error(`Play ${id} was written but cannot be read back`);
    return stored;
  }

  recordedByAccountIds(caller: Caller, accountIds: readonly string[]): Promise<Map<string, StoredPlay[]>> {
    return this.repository.byAccountIds(caller.tenantId, accountIds);
  }

  /** The recommended play of the kind (and trigger), else one built for the request. */
  private choose(recommendation: PlayRecommendation, context: PlayContext, input: RequestPlayInput): Play {
    const recommended = recommendation.plays.find(
      (p) => p.kind === input.kind && (input.trigger == null || p.trigger === input.trigger),
    );
    if (recommended) return recommended;
    if (input.trigger === 'CHAMPION_DEPARTED') {
      throw new BadInputError(
        `No champion left ${recommendation.accountName} in the last ${this.healthConfig.engagement.flags.championDepartedWithinDays} days: there is no champion-departure rescue to run`,
        { field: 'trigger' },
      );
    }
    return { ...bandPlay(input.kind, context, this.config), trigger: 'REQUESTED' };
  }

  private async prepare(
    caller: Caller,
    accountId: string,
    asOfArg?: string | null,
  ): Promise<{ recommendation: PlayRecommendation; context: PlayContext }> {
    const asOf = this.health.asOf(asOfArg);
    const [assessment, coverage] = await Promise.all([
      this.health.assessAccount(caller, accountId, asOf),
      this.accounts.coverage(caller, [accountId]),
    ]);
    if (!assessment) throw new NotFoundError('Account', accountId);
    const { health } = assessment;
    const team: TeamCover[] = (coverage.get(accountId) ?? []).map((c) => ({
      teamMemberId: c.teamMember.id,
      name: c.teamMember.name,
      role: c.role,
    }));
    const { success, gate } = this.gateOf(assessment);
    const days = this.daysOf(assessment.region);
    const startDay = this.startDayOf(asOf, days);
    const context: PlayContext = {
      days,
      accountName: health.accountName,
      asOfDay: startDay,
      health,
      success,
      gate,
      team,
      contacts: keyContacts(assessment.threading, asOf.day),
    };
    const plays: Play[] = [];
    const rescue = await this.championRescue(caller, assessment, team, days, startDay);
    if (rescue) plays.push(rescue);
    const kind = bandPlayKind(context, this.config);
    // A held expansion is not proposed: the rescue is the play until the departure is behind us.
    // Nor is a stabilisation beside the champion rescue: the rescue is how this account stabilises
    // (a departure cap alone makes it YELLOW); a RED account still gets its rescue play.
    const rescueStabilises = rescue !== null && kind === 'STABILISATION';
    if ((kind !== 'EXPANSION' || gate.allowed) && !rescueStabilises)
      plays.push(bandPlay(kind, context, this.config));
    return {
      recommendation: {
        accountId,
        accountName: health.accountName,
        asOf: asOf.day,
        startDay,
        health,
        success,
        expansionGate: gate,
        plays,
        team,
        days,
      },
      context,
    };
  }

  /**
   * The expansion gate of many accounts with the health assessment behind it, in the health
   * service's batched reads (whatever their number): for callers that hold expansions back, as
   * plays do. Accounts the caller cannot see are left out.
   */
  async expansionGates(
    caller: Caller,
    accountIds: readonly string[],
    asOfArg?: string | null,
  ): Promise<Map<string, GatedAssessment>> {
    const assessed = await this.health.assess(caller, accountIds, this.health.asOf(asOfArg));
    return this.gatesOf(assessed);
  }

  /** The expansion gates of health assessments already made (the score worker's batch). */
  gatesOf(assessed: ReadonlyMap<string, HealthAssessment>): Map<string, GatedAssessment> {
    return new Map([...assessed].map(([id, assessment]) => [id, { assessment, ...this.gateOf(assessment) }]));
  }

  /** One account's expansion gate (its plan's, its opportunities'): health's reads of one account. */
  async expansionGate(
    caller: Caller,
    accountId: string,
    asOfArg?: string | null,
  ): Promise<GatedAssessment | undefined> {
    const assessment = await this.health.assessAccount(caller, accountId, this.health.asOf(asOfArg));
    return assessment && { assessment, ...this.gateOf(assessment) };
  }

  private gateOf(assessment: HealthAssessment): { success: SuccessCheck; gate: ExpansionGate } {
    const success = successCheck(
      assessment.subscriptions,
      assessment.support.tickets,
      assessment.asOf,
      this.healthConfig.usage.trendDays,
      this.config.success,
    );
    const departure = latestChampionDeparture(
      assessment.keyPeople,
      assessment.asOf.day,
      this.healthConfig.engagement.flags.championDepartedWithinDays,
    );
    return { success, gate: expansionGate(assessment.health, success, departure, this.config) };
  }

  /** The rescue sequence for the champion who left most recently (within championDepartedWithinDays), if any. */
  private async championRescue(
    caller: Caller,
    assessment: HealthAssessment,
    team: TeamCover[],
    days: BusinessCalendar,
    startDay: string,
  ): Promise<Play | null> {
    const input = await championRescueInput(
      assessment,
      team,
      this.healthConfig.engagement.flags.championDepartedWithinDays,
      this.relationshipsConfig,
      (personId) => this.departures.impact(caller, personId),
      (snapshot, asOf) => this.threading.assessSnapshot(snapshot, asOf),
    );
    return input === null
      ? null
      : championRescuePlay(
          {
            ...input,
            asOfDay: startDay,
            judgedOn: input.asOfDay,
            days,
            engagedThreshold: this.engagedThreshold,
          },
          this.config,
        );
  }
}
