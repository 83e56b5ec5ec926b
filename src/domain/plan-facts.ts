import type { SupportTicketRecord, UsageSnapshotRecord } from './graph-records';
import type {
  InteractionDirection,
  InteractionType,
  ObjectiveStatus,
  PersonStatus,
  SeniorityLevel,
  SubscriptionStatus,
} from './vocabulary';

/** What the account plan and the executive briefing read from the graph; dates `YYYY-MM-DD`, instants ISO. */

export interface ObjectiveOwnerFact {
  id: string;
  name: string;
  title: string | null;
  seniority: SeniorityLevel | null;
  status: PersonStatus;
  department: string | null;
  businessUnitId: string | null;
  businessUnitName: string | null;
}

/** A customer objective in their words, with the metric that shows it was met. */
export interface ObjectiveFact {
  id: string;
  title: string;
  metric: string | null;
  targetValue: number | null;
  dueDate: string | null;
  status: ObjectiveStatus;
  owner: ObjectiveOwnerFact | null;
}

/** A usage reading of the subscription's own scope. */
export type PeriodUsageSnapshot = Omit<UsageSnapshotRecord, 'subscriptionId' | 'businessUnitId'>;

export interface PeriodSubscription {
  id: string;
  status: SubscriptionStatus;
  arr: number;
  seatsLicensed: number;
  startDate: string;
  renewalDate: string | null;
  productId: string;
  productName: string;
  /** Oldest first. */
  snapshots: PeriodUsageSnapshot[];
}

export type PeriodTicket = Omit<SupportTicketRecord, 'accountId' | 'raisedById'>;

export interface PeriodInteraction {
  id: string;
  type: InteractionType;
  direction: InteractionDirection;
  occurredAt: string;
  people: { id: string; name: string; title: string | null; seniority: SeniorityLevel | null }[];
}

export interface PlanFacts {
  objectives: ObjectiveFact[];
  subscriptions: PeriodSubscription[];
  tickets: PeriodTicket[];
  interactions: PeriodInteraction[];
}
