/**
 * The estimated cost each tenant has running. An operation is admitted while the tenant's
 * running total stays within the budget (a multiple of the per-query limit): cheap screens
 * pass freely, but a tenant cannot stack expensive operations beside each other.
 */
export class TenantCostBudget {
  private readonly running = new Map<string, number>();

  constructor(readonly budget: number) {}

  tryAcquire(tenantId: string, cost: number): boolean {
    const now = this.running.get(tenantId) ?? 0;
    // One operation alone is always admitted (the per-query limit has priced it already).
    if (now > 0 && now + cost > this.budget) return false;
    this.running.set(tenantId, now + cost);
    return true;
  }

  release(tenantId: string, cost: number): void {
    const left = (this.running.get(tenantId) ?? cost) - cost;
    if (left <= 0) this.running.delete(tenantId);
    else this.running.set(tenantId, left);
  }
}
