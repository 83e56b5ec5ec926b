import type { PlanConfig } from '../../config/analytics/plan';
import type { PlaysConfig } from '../../config/analytics/plays';
import { checkPlanConfig } from '../../config/analytics/plan';
import type { Account } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import type { PlanRepository } from '../../repositories/plan.repository';
import { shiftDay } from '../../scoring/health-parts';
import type { AccountHealth } from '../../scoring/health-score';
import { growthStrategy, type GrowthStrategy } from '../../planning/growth-strategy';
import { keyPeople, type PlanPerson } from '../../planning/key-people';
import { checkDay } from '../../planning/calendar-dates';
import type { EngagementCalendar } from '../../planning/calendar-types';
import { mutualActionPlan, type ActionItem, type RenewalAhead } from '../../planning/mutual-action-plan';
import { calendarActions, calendarMarkdown } from '../../planning/plan-calendar';
import { opportunitiesMarkdown, opportunityActions } from '../../planning/plan-opportunities';
import {
  customerVision,
  planObjectives,
  type CustomerVision,
  type PlanObjective,
} from '../../planning/objectives';
import { renderPlanMarkdown, type PlanSections } from '../../planning/plan-markdown';
import { renewalsAhead } from '../../planning/renewals';
import { resourceAllocation, type ResourceAllocation } from '../../planning/resource-allocation';
import { successMetrics, type SuccessMetric } from '../../planning/success-metrics';
import type { AccountService } from '../accounts/account.service';
import type { EngagementCalendarService } from '../calendar/engagement-calendar.service';
import type {
  AccountExpansionOpportunities,
  ExpansionOpportunityService,
} from '../opportunities/expansion-opportunities.service';
import type { PlaysService } from '../plays/plays.service';
import type { RevenueRetentionService } from '../revenue/revenue-retention.service';
import type { StakeholderService } from '../stakeholders/stakeholder.service';
import type { AccountThreadingRisk, ThreadingService } from '../threading/threading.service';

/** The people shown in the plan's stakeholder map; the whole map is `stakeholderMap(accountId)`. */
const KEY_PEOPLE_LIMIT = 25;

/**
 * The strategic account plan for one account on a day: every section computed from the graph by
 * the services that own it (health and plays, threading, revenue, the customer's objectives),
 * then put together by the pure functions in src/planning.
 */
export interface AccountPlan {
  account: Account;
  asOf: string;
  objectives: PlanObjective[];
  vision: CustomerVision;
  health: AccountHealth;
  threading: AccountThreadingRisk;
  keyPeople: PlanPerson[];
  /** Further people in the map beyond `keyPeople`. */
  moreKeyPeople: number;
  renewals: RenewalAhead[];
  growthStrategy: GrowthStrategy;
  resourceAllocation: ResourceAllocation;
  successMetrics: SuccessMetric[];
  mutualActionPlan: ActionItem[];
  /** Expansion signals and whitespace, each judged: ready to propose, qualified, or an observation. */
  opportunities: AccountExpansionOpportunities;
  /** Touchpoints by stakeholder and timing over the plan's horizon. */
  calendar: EngagementCalendar;
  /** What the plan could not fill, in words. */
  gaps: string[];
}

export class AccountPlanService {
  constructor(
    private readonly repository: PlanRepository,
    private readonly accounts: AccountService,
    private readonly stakeholders: StakeholderService,
    private readonly plays: PlaysService,
    private readonly threading: ThreadingService,
    private readonly revenue: RevenueRetentionService,
    private readonly calendars: EngagementCalendarService,
    private readonly opportunities: ExpansionOpportunityService,
    private readonly config: PlanConfig,
    private readonly playsConfig: PlaysConfig,
  ) {
    checkPlanConfig(config);
  }

  async plan(caller: Caller, accountId: string, asOfArg?: string | null): Promise<AccountPlan> {
    // Health and plays first: they check the account exists (NOT_FOUND) and fix the day.
    const recommendation = await this.plays.recommend(
      caller,
      accountId,
      asOfArg == null ? null : checkDay(asOfArg, 'asOf'),
    );
    const asOf = recommendation.asOf;
    const [account, threading, objectives, subscriptions, retention, calendar, opportunities] =
      await Promise.all([
        this.accounts.get(caller, accountId),
        this.threading.forAccount(caller, accountId, asOf),
        this.repository.objectives(caller.tenantId, accountId),
        this.accounts.subscriptions(caller, [accountId]),
        this.revenue.retention(caller, { from: shiftDay(asOf, -365), to: asOf, accountId }),
        this.calendars.forAccount(caller, accountId, {
          asOf,
          from: recommendation.startDay,
          to: shiftDay(recommendation.startDay, this.config.horizonDays),
        }),
        this.opportunities.forAccount(caller, accountId, asOf),
      ]);
    const found = opportunities.opportunities;
    const personIds = [
      ...threading.roleCoverage.flatMap((c) => c.holders.map((h) => h.personId)),
      ...threading.engaged.map((e) => e.personId),
      ...threading.criticalPeople.map((c) => c.personId),
    ];
    const people = await this.stakeholders.byIds(caller, [...new Set(personIds)]);
    const engagedIds = new Set(threading.engaged.map((e) => e.personId));
    const planned = planObjectives(objectives, asOf, engagedIds);
    const renewals = renewalsAhead(
      subscriptions.get(accountId) ?? [],
      asOf,
      shiftDay(asOf, this.config.lookaheadDays),
    );
    const { team } = recommendation;
    const actions = mutualActionPlan(
      {
        asOf,
        calendar: calendarActions(calendar),
        objectives: planned,
        opportunities: opportunityActions(found),
        team,
      },
      this.config,
      this.playsConfig.ownerFallbacks,
    );
    const map = keyPeople(threading, people, KEY_PEOPLE_LIMIT);
    const allocation = resourceAllocation(
      {
        team,
        opportunities: found
          .filter((o) => o.status !== 'OBSERVATION')
          .map((o) => ({ id: o.id, expansionType: o.expansionType, size: o.size.value })),
        playStepOwners: calendar.touchpoints.flatMap((t) =>
          t.kind === 'PLAY_STEP' && t.owner ? [t.owner.teamMemberId] : [],
        ),
        touchpointOwners: calendar.touchpoints.flatMap((t) => (t.owner ? [t.owner.teamMemberId] : [])),
      },
      this.config,
      this.playsConfig.ownerFallbacks,
    );
    const gaps = [
      ...(objectives.length === 0
        ? [
            'No customer objective is recorded: ask where their business is going in the next 12 months (recordObjective)',
          ]
        : []),
      ...(team.length === 0 ? ['Nobody on our team covers the account'] : []),
      ...allocation.gaps,
      ...recommendation.plays.flatMap((p) => p.gaps),
      ...calendar.uncoveredLevels.map(
        (level) => `Nobody is known at the ${level.toLowerCase()} level to thread with`,
      ),
    ];
    return {
      account,
      asOf,
      objectives: planned,
      vision: customerVision(account.name, planned, this.config.lookaheadDays),
      health: recommendation.health,
      threading,
      keyPeople: map.people,
      moreKeyPeople: map.more,
      renewals,
      growthStrategy: growthStrategy({
        accountName: account.name,
        health: recommendation.health,
        success: recommendation.success,
        gate: recommendation.expansionGate,
        plays: recommendation.plays,
        opportunities: found.map((o) => ({
          id: o.id,
          ready: o.status === 'READY_TO_PROPOSE',
          qualified: o.status !== 'OBSERVATION',
          size: o.size.value,
        })),
      }),
      resourceAllocation: allocation,
      successMetrics: successMetrics(
        {
          asOf,
          health: recommendation.health,
          threading,
          trailingYear: retention.accountMovements[0] ?? null,
          success: recommendation.success,
        },
        this.config,
      ),
      mutualActionPlan: actions,
      opportunities,
      calendar,
      gaps,
    };
  }

  /** The plan as a Markdown document a person can read and share. */
  markdown(plan: AccountPlan): string {
    return renderPlanMarkdown(plan, this.markdownSections(plan));
  }

  /** The sections other services contribute to the plan's documents, rendered. */
  markdownSections(plan: AccountPlan): PlanSections {
    const strategy = plan.growthStrategy;
    return {
      opportunities: opportunitiesMarkdown(
        plan.opportunities.opportunities,
        strategy.expansionAllowed ? null : strategy.blockers.map((b) => b.message).join('; '),
      ),
      calendar: calendarMarkdown(plan.calendar, this.config.markdownTouchpoints),
    };
  }
}
