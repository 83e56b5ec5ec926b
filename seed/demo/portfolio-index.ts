import type {
  InteractionRecord,
  PersonRecord,
  PortfolioRecords,
  SubscriptionRecord,
  UsageSnapshotRecord,
} from '../../src/domain/graph-records';

/**
 * Lookups over generated records, for tests and demo tooling that need to state facts about an
 * account ("its ARR", "its latest usage") from the records alone.
 */
export class PortfolioIndex {
  private readonly people = new Map<string, PersonRecord>();
  private readonly snapshots = new Map<string, UsageSnapshotRecord[]>();

  constructor(readonly records: PortfolioRecords) {
    records.people.forEach((person) => this.people.set(person.id, person));
    for (const snapshot of records.usageSnapshots) {
      const list = this.snapshots.get(snapshot.subscriptionId) ?? [];
      list.push(snapshot);
      this.snapshots.set(snapshot.subscriptionId, list);
    }
    this.snapshots.forEach((list) => list.sort((a, b) => a.date.localeCompare(b.date)));
  }

  person(id: string): PersonRecord {
    const person = this.people.get(id);
    if (!person) throw new Error(`No person ${id}`);
    return person;
  }

  peopleOf(accountId: string): PersonRecord[] {
    return this.records.people.filter((person) => person.accountId === accountId);
  }

  activeSubscriptions(accountId: string): SubscriptionRecord[] {
    return this.records.subscriptions.filter((s) => s.accountId === accountId && s.status === 'ACTIVE');
  }

  activeArr(accountId: string): number {
    return this.activeSubscriptions(accountId).reduce((total, s) => total + s.arr, 0);
  }

  activeProductIds(accountId: string): Set<string> {
    return new Set(this.activeSubscriptions(accountId).map((s) => s.productId));
  }

  /** Oldest first. */
  snapshotsOf(subscriptionId: string): UsageSnapshotRecord[] {
    return this.snapshots.get(subscriptionId) ?? [];
  }

  interactionsOf(accountId: string, sinceIso = ''): InteractionRecord[] {
    return this.records.interactions.filter((i) => i.accountId === accountId && i.occurredAt >= sinceIso);
  }

  /** Person-interactions (one per person per interaction) by person, most contacted first. */
  contactCounts(interactions: readonly InteractionRecord[]): [string, number][] {
    const counts = new Map<string, number>();
    interactions.forEach((i) => i.personIds.forEach((id) => counts.set(id, (counts.get(id) ?? 0) + 1)));
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }

  /** Holders of `role` on the account whose assignment has not ended. */
  currentHolders(accountId: string, role: string): PersonRecord[] {
    return this.records.roleAssignments
      .filter((r) => r.accountId === accountId && r.role === role && r.until === null)
      .map((r) => this.person(r.personId));
  }
}
