import type { CypherExecutor } from '../db/cypher-executor';
import type { PlanFacts } from '../domain/plan-facts';

/**
 * The facts the strategic account plan and the executive briefing read beyond what the health,
 * threading, plays and revenue services already give: the customer's objectives, and what
 * happened over a period (usage, support, contact). One account at a time: a plan is a document
 * about one account.
 */
export class PlanRepository {
  private readonly q;

  constructor(private readonly db: CypherExecutor) {
    this.q = {
      objectives: db.prepare('plan/objectives'),
      usage: db.prepare('plan/usage-in-period'),
      support: db.prepare('plan/support-in-period'),
      engagement: db.prepare('plan/engagement-in-period'),
    };
  }

  async objectives(tenantId: string, accountId: string): Promise<PlanFacts['objectives']> {
    const rows = await this.db.read<{ objective: PlanFacts['objectives'][number] }>(
      this.q.objectives,
      tenantId,
      { accountId },
    );
    return rows.map((r) => r.objective);
  }

  /** Subscriptions in force during [from, to] (days) with their usage snapshots dated in it. */
  async usage(
    tenantId: string,
    accountId: string,
    period: { from: string; to: string },
  ): Promise<PlanFacts['subscriptions']> {
    const rows = await this.db.read<{ subscription: PlanFacts['subscriptions'][number] }>(
      this.q.usage,
      tenantId,
      { accountId, ...period },
    );
    return rows.map((r) => r.subscription);
  }

  /** Tickets opened or closed in [since, until) (ISO instants). */
  async tickets(
    tenantId: string,
    accountId: string,
    window: { since: string; until: string },
  ): Promise<PlanFacts['tickets']> {
    const rows = await this.db.read<{ ticket: PlanFacts['tickets'][number] }>(this.q.support, tenantId, {
      accountId,
      ...window,
    });
    return rows.map((r) => r.ticket);
  }

  /** Interactions in [since, until) (ISO instants) with the customer's people in each. */
  async interactions(
    tenantId: string,
    accountId: string,
    window: { since: string; until: string },
  ): Promise<PlanFacts['interactions']> {
    const rows = await this.db.read<{ interaction: PlanFacts['interactions'][number] }>(
      this.q.engagement,
      tenantId,
      { accountId, ...window },
    );
    return rows.map((r) => r.interaction);
  }
}
