import type { PlanConfig } from '../../config/analytics/plan';
import type { Clock } from '../../domain/clock';
import { isoDate } from '../../domain/clock';
import { BadInputError } from '../../domain/errors';
import type { Caller } from '../../domain/tenant';
import type { HealthRepository } from '../../repositories/health.repository';
import type { PlanRepository } from '../../repositories/plan.repository';
import { daysBetween, shiftDay } from '../../scoring/health-parts';
import { renderBriefingMarkdown } from '../../planning/briefing-markdown';
import { checkDay } from '../../planning/calendar-dates';
import { valueDelivered, type ValueDelivered } from '../../planning/value-delivered';
import type { RevenueRetentionService } from '../revenue/revenue-retention.service';
import type { AccountPlan, AccountPlanService } from './account-plan.service';

/**
 * The executive briefing / QBR pack: it opens with the value delivered over the period in numbers,
 * then looks forward with the account plan (objectives, health, opportunities, the mutual action
 * plan to agree).
 */
export interface ExecutiveBriefing {
  from: string;
  to: string;
  value: ValueDelivered;
  plan: AccountPlan;
}

export interface BriefingPeriod {
  from?: string | null;
  to?: string | null;
}

/** A period longer than this is not a review: it would compare years with years. */
const MAX_PERIOD_DAYS = 731;

export class ExecutiveBriefingService {
  constructor(
    private readonly repository: PlanRepository,
    private readonly health: HealthRepository,
    private readonly plans: AccountPlanService,
    private readonly revenue: RevenueRetentionService,
    private readonly clock: Clock,
    private readonly config: PlanConfig,
  ) {}

  async briefing(caller: Caller, accountId: string, period: BriefingPeriod = {}): Promise<ExecutiveBriefing> {
    const to = period.to == null ? isoDate(this.clock()) : checkDay(period.to, 'to');
    const from =
      period.from == null ? shiftDay(to, -this.config.briefingLookbackDays) : checkDay(period.from, 'from');
    if (from >= to)
      throw new BadInputError(`'from' (${from}) must be before 'to' (${to})`, { field: 'from' });
    const days = daysBetween(from, to);
    if (days > MAX_PERIOD_DAYS)
      throw new BadInputError(`The period is ${days} days; at most ${MAX_PERIOD_DAYS}`, { field: 'from' });
    // The plan checks the account (NOT_FOUND) before anything else is read.
    const plan = await this.plans.plan(caller, accountId, to);
    const previousFrom = shiftDay(from, -days);
    const since = `${previousFrom}T00:00:00.000Z`;
    const until = `${shiftDay(to, 1)}T00:00:00.000Z`;
    const [subscriptions, tickets, interactions, nps, retention] = await Promise.all([
      this.repository.usage(caller.tenantId, accountId, { from, to }),
      this.repository.tickets(caller.tenantId, accountId, { since, until }),
      this.repository.interactions(caller.tenantId, accountId, { since, until }),
      this.health.nps(caller.tenantId, [accountId], { since, until }),
      this.revenue.retention(caller, { from, to, accountId }),
    ]);
    return {
      from,
      to,
      plan,
      value: valueDelivered({
        from,
        to,
        previousFrom,
        subscriptions,
        tickets,
        interactions,
        // The plan has read them already.
        objectives: plan.objectives,
        nps: nps.get(accountId)?.nps ?? [],
        retention: retention.accountMovements[0] ?? null,
      }),
    };
  }

  /** The briefing as Markdown: value delivered first, then the road ahead. */
  markdown(briefing: ExecutiveBriefing): string {
    return renderBriefingMarkdown(
      briefing.plan.account.name,
      briefing.value,
      briefing.plan,
      this.plans.markdownSections(briefing.plan),
    );
  }
}
