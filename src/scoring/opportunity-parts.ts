import type { InboundRequestFact, ObjectiveFact, PipelineOpportunityFact } from '../domain/opportunity-facts';
import type {
  ExpansionType,
  OpportunityEvidenceKind,
  OpportunityReasonCode,
  SeniorityLevel,
  StakeholderRole,
} from '../domain/vocabulary';
import type { HealthEvidence, HealthInput, HealthRedFlag } from './health-parts';
import type { ExpansionGate } from './play-gate';
import type { ExpansionSignal } from './signals';
import type { SignalPerson } from './signals-facts';
import type { ConcernedStakeholder } from './signals-stakeholders';
import type { RankedCell } from './whitespace';
import { DAY_MS } from './score-parts';

/** A graph record an expansion judgement cites: which row, of which day, with which value. */
export interface OpportunityEvidence {
  kind: OpportunityEvidenceKind;
  id: string;
  /** `YYYY-MM-DD` or an ISO instant, when the record has one. */
  date: string | null;
  label: string;
  value: number | null;
}

/** One reason a judgement rests on; readiness lists the checks that fail as well (`met: false`). */
export interface OpportunityReason {
  code: OpportunityReasonCode;
  met: boolean;
  detail: string;
  /** The day the reason is about (a projected ceiling, a renewal, a request), when it has one. */
  date: string | null;
  evidence: OpportunityEvidence[];
}

/** Context, timing, stakeholder alignment, readiness or intent: met or not, and why. */
export interface Judgement {
  met: boolean;
  reasons: OpportunityReason[];
  /** When not met: what was looked for and not found, in words. */
  missing: string | null;
  /** Reasons of the same kind left out beyond a configured maximum (engaged people). */
  omitted: number;
}

/** An expansion signal as the signals service answers it: with the people it concerns. */
export type SignalFinding = ExpansionSignal & {
  stakeholders: ConcernedStakeholder[];
  moreStakeholders: number;
};

/** One of the account's people on asOf, with our relationship. */
export interface OpportunityPerson {
  personId: string;
  name: string;
  title: string | null;
  seniority: SeniorityLevel | null;
  businessUnitId: string | null;
  roles: StakeholderRole[];
  /** Relationship strength 0..100 with our whole team. */
  strength: number;
  lastTwoWayAt: string | null;
  lastTwoWayInteractionId: string | null;
  /** Truly engaged: strength and recent two-way contact (threading's definition). */
  engaged: boolean;
}

/** A subscription of the account with its latest usage reading up to asOf. */
export interface OpportunitySubscription {
  id: string;
  productId: string;
  productName: string;
  businessUnitId: string | null;
  /** Counts on asOf (started, active or not yet ended). */
  inForce: boolean;
  seatsLicensed: number;
  arr: number;
  renewalDate: string | null;
  latest: { id: string; date: string; licensedSeats: number; activeSeats: number } | null;
}

export interface OpportunityProduct {
  id: string;
  name: string;
  family: string | null;
  listPricePerSeat: number | null;
}

/** The account's support mood, as health reads it: its SUPPORT inputs and red flags. */
export interface SentimentFacts {
  /** Health's SUPPORT inputs (mean ticket sentiment, escalations, severity, NPS). */
  inputs: HealthInput[];
  redFlags: HealthRedFlag[];
  /** Why support could not be read at all, when it could not. */
  missing: string | null;
}

/** Everything the rules read about one account on one day. */
export interface OpportunityAccountFacts {
  accountId: string;
  accountName: string;
  /** `YYYY-MM-DD`. */
  asOf: string;
  signals: readonly SignalFinding[];
  /** The best-ranked open whitespace cells, best first. */
  whitespace: readonly RankedCell[];
  products: readonly OpportunityProduct[];
  units: readonly { id: string; name: string }[];
  subscriptions: readonly OpportunitySubscription[];
  /** Everyone known at the account (for whom a whitespace cell concerns). */
  accountPeople: readonly SignalPerson[];
  /** The people there on asOf with our relationship. */
  people: readonly OpportunityPerson[];
  objectives: readonly ObjectiveFact[];
  pipeline: readonly PipelineOpportunityFact[];
  inbound: readonly InboundRequestFact[];
  gate: ExpansionGate;
  sentiment: SentimentFacts;
}

/** Settings other concerns own, handed in so each rule keeps one definition. */
export interface SharedSettings {
  /** signals.expansion.capacity.threshold. */
  capacityThreshold: number;
  /** signals.expansion.asymmetry.idleUtilisation. */
  idleUtilisation: number;
  /** threading.engagedThreshold, for the words of a judgement. */
  engagedThreshold: number;
  engagedWindowDays: number;
  stakeholders: { accountRoles: StakeholderRole[]; unitSeniorities: SeniorityLevel[]; maxPerFinding: number };
}

/** What an opportunity is about: the kind of expansion, the product, and where. */
export interface OpportunityTarget {
  expansionType: ExpansionType;
  product: OpportunityProduct;
  /** The unit concerned; null = the whole account. */
  businessUnitId: string | null;
  businessUnitName: string | null;
  /** The subscription expanded (seats, tier); null for a product or unit not licensed yet. */
  subscriptionId: string | null;
}

export function evidenceFromHealth(e: HealthEvidence): OpportunityEvidence {
  return { kind: e.kind, id: e.id, date: e.date, label: e.label, value: e.value };
}

export function personEvidence(
  person: { personId: string; name: string },
  label?: string,
): OpportunityEvidence {
  return { kind: 'PERSON', id: person.personId, date: null, label: label ?? person.name, value: null };
}

export function objectiveEvidence(o: ObjectiveFact): OpportunityEvidence {
  return { kind: 'OBJECTIVE', id: o.id, date: o.dueDate, label: o.title, value: o.targetValue };
}

export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS);
}

/** 0.0205 → "2.1%": one decimal, halves up (the epsilon absorbs binary representation error). */
export function pct(ratio: number): string {
  return `${Math.round(ratio * 1000 + 1e-9) / 10}%`;
}

/** 2500 → "2,500"; 364694.4 → "364,694.4". */
export function num(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function judgement(reasons: OpportunityReason[], missing: string): Judgement {
  const met = reasons.length > 0 && reasons.every((r) => r.met);
  return { met, reasons, missing: met ? null : missing, omitted: 0 };
}
