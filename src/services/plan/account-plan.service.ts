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
import { mutualActionPlan, type ActionItem, type RenewalAhead } from '../../planning/mutual-action-plan';
import {
  customerVision,
  planObjectives,
  type CustomerVision,
  type PlanObjective,
} from '../../planning/objectives';
import { renderPlanMarkdown } from '../../planning/plan-markdown';
import { renewalsAhead } from '../../planning/renewals';
import { resourceAllocation, type ResourceAllocation } from '../../planning/resource-allocation';
import { successMetrics, type SuccessMetric } from '../../planning/success-metrics';
import type { AccountService } from '../accounts/account.service';
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
    private readonly config: PlanConfig,
    private readonly playsConfig: PlaysConfig,
  ) {
    checkPlanConfig(config);
  }

  async plan(caller: Caller, accountId: string, asOfArg?: string | null): Promise<AccountPlan> {
    // Health and plays first: they check the account exists (NOT_FOUND) and fix the day.
    const recommendation = await this.plays.recommend(caller, accountId, asOfArg);
    const asOf = recommendation.asOf;
    const [account, threading, objectives, subscriptions, retention] = await Promise.all([
      this.accounts.get(caller, accountId),
      this.threading.forAccount(caller, accountId, asOf),
      this.repository.objectives(caller.tenantId, accountId),
      this.accounts.subscriptions(caller, [accountId]),
      this.revenue.retention(caller, { from: shiftDay(asOf, -365), to: asOf, accountId }),
    ]);
    const personIds = [
      ...threading.roleCoverage.flatMap((c) => c.holders.map((h) => h.personId)),
      ...threading.engaged.map((e) => e.personId),
      ...threading.criticalPeople.map((c) => c.personId),
    ];
    const people = await this.stakeholders.byIds(caller, [...new Set(personIds)]);
    const engagedIds = new Set(threading.engaged.map((e) => e.personId));
    const planned = planObjectives(objectives, asOf, engagedIds);
    const horizonEnd = shiftDay(asOf, this.config.horizonDays);
    const renewals = renewalsAhead(
      subscriptions.get(accountId) ?? [],
      asOf,
      shiftDay(horizonEnd, this.config.renewalReviewLeadDays),
    );
    const { contacts, team } = recommendation;
    const buyers =
      contacts.economicBuyers.length > 0
        ? contacts.economicBuyers
        : contacts.executives
            .slice(0, 2)
            .map((p) => ({ ...p, why: 'Executive, as nobody holds ECONOMIC_BUYER' }));
    const actions = mutualActionPlan(
      {
        asOf,
        plays: recommendation.plays,
        objectives: planned,
        renewals,
        opportunities: [],
        reviews: [],
        team,
        buyers,
      },
      this.config,
      this.playsConfig.ownerFallbacks,
    );
    const map = keyPeople(threading, people, KEY_PEOPLE_LIMIT);
    const allocation = resourceAllocation(
      {
        team,
        opportunities: [],
        playStepOwners: recommendation.plays.flatMap((p) =>
          p.steps.flatMap((s) => s.owner?.teamMemberId ?? []),
        ),
        touchpointOwners: [],
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
    ];
    return {
      account,
      asOf,
      objectives: planned,
      vision: customerVision(account.name, planned, this.config.objectiveHorizonDays),
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
        opportunities: [],
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
      gaps,
    };
  }

  /** The plan as a Markdown document a person can read and share. */
  markdown(plan: AccountPlan): string {
    return renderPlanMarkdown(plan);
  }
}
