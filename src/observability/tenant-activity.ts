/**
 * Which tenants have requests in flight now: the fair work queue holds back a tenant's heavy
 * work only while some other tenant is waiting on the server, and lets it run flat out when it
 * is alone (src/observability/fair-work-queue.ts).
 */
export class TenantActivity {
  private readonly inFlight = new Map<string, number>();

  enter(tenant: string): void {
    this.inFlight.set(tenant, (this.inFlight.get(tenant) ?? 0) + 1);
  }

  leave(tenant: string): void {
    const left = (this.inFlight.get(tenant) ?? 1) - 1;
    if (left <= 0) this.inFlight.delete(tenant);
    else this.inFlight.set(tenant, left);
  }

  /** Whether a tenant other than this one has a request in flight. */
  othersActive(tenant: string): boolean {
    return this.inFlight.size > (this.inFlight.has(tenant) ? 1 : 0);
  }
}
