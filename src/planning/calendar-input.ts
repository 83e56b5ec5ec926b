import type { BusinessCalendar } from '../scoring/business-days';
import type { PlayStepKey } from '../config/analytics/plays';
import type {
  InteractionDirection,
  PlayKind,
  PlayTrigger,
  Segment,
  SeniorityLevel,
  StakeholderRole,
  SubscriptionStatus,
  TeamRole,
} from '../domain/vocabulary';

/** What the engagement calendar is planned from: facts read by the service, judged on `asOf`. */
export interface CalendarInput {
  account: { id: string; name: string; segment: Segment | null };
  /** The account's business days (weekends and its country's public holidays skipped). */
  days?: BusinessCalendar;
  /** The day people, roles and strengths are judged on; nothing is planned before it. */
  asOf: string;
  /** ISO instant strengths were measured at. */
  plannedAt: string;
  from: string;
  to: string;
  /** People at the account on asOf. */
  people: CalendarPerson[];
  /** People who were at the account and have left (they never get a touchpoint). */
  departed: { id: string; name: string; departedAt: string | null }[];
  team: CalendarTeamMember[];
  subscriptions: CalendarSubscription[];
  /** The latest QBR held before asOf; null when none is on record. */
  lastQbr: { id: string; occurredAt: string } | null;
  /** Plays whose steps go on the calendar (recorded open plays, else recommendations). */
  plays: CalendarPlay[];
  /** Gaps found while reading, passed through. */
  dataGaps: string[];
}

export interface CalendarPerson {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  seniority: SeniorityLevel | null;
  /** Depth in the org chart, 0 at the top. */
  orgDepth: number;
  roles: StakeholderRole[];
  /** Relationship strength 0..100 with our whole team on asOf. */
  strength: number;
  /** Truly engaged (threading's threshold and window). */
  engaged: boolean;
  /** Interactions with our team over the relationship lookback, any order. */
  contacts: { id: string; occurredAt: string; direction: InteractionDirection }[];
  /** Σ weight of their influence on others still at the account. */
  influenceWeight: number;
}

export interface CalendarTeamMember {
  teamMemberId: string;
  name: string;
  email: string | null;
  role: TeamRole;
}

export interface CalendarSubscription {
  id: string;
  productName: string;
  status: SubscriptionStatus;
  arr: number;
  renewalDate: string | null;
}

export interface CalendarPlayStep {
  key: PlayStepKey;
  order: number;
  title: string;
  detail: string;
  dueDate: string;
  ownerRole: TeamRole;
  /** Who owns it; null when nobody covers the role (or, recorded, the owner no longer covers the account). */
  ownerId: string | null;
  /** The people the step names (departed ones are dropped from the touchpoint). */
  people: { personId: string; name: string }[];
}

export interface CalendarPlay {
  source: 'RECOMMENDED' | 'RECORDED';
  playId: string | null;
  kind: PlayKind;
  trigger: PlayTrigger;
  title: string;
  startedOn: string;
  steps: CalendarPlayStep[];
}
