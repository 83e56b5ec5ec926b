import type { PlayStepKey } from '../config/analytics/plays';
import type {
  EngagementLevel,
  LevelThreadState,
  PlayKind,
  PlayTrigger,
  Segment,
  SeniorityLevel,
  StakeholderRole,
  TeamRole,
  TouchpointChannel,
  TouchpointKind,
} from '../domain/vocabulary';

/**
 * The engagement calendar of one account over a window: the plain result the API, the .ics
 * export and the strategic account plan are built on. Dates are `YYYY-MM-DD`, instants ISO.
 */
export interface EngagementCalendar {
  accountId: string;
  accountName: string;
  segment: Segment | null;
  /** The day the calendar was planned on: people, roles, strengths and plays as of then. */
  asOf: string;
  /** The instant strengths were measured at (the end of asOf, or now for today). */
  plannedAt: string;
  /** The window, both days included. */
  from: string;
  to: string;
  /** Every touchpoint in the window, by date (then kind, then id). */
  touchpoints: Touchpoint[];
  /** Executive, management and practitioner threads: who is engaged, what the calendar plans. */
  threadsByLevel: LevelThread[];
  /** Levels the calendar cannot thread: nobody is known there. */
  uncoveredLevels: EngagementLevel[];
  byKind: { kind: TouchpointKind; count: number }[];
  /** Touchpoints per member of our team (unowned ones under `teamMemberId` null). */
  byOwner: OwnerLoad[];
  /** Role holders with no touchpoint of their own, and why. */
  notScheduled: NotScheduled[];
  /** What the calendar could not know or do (no QBR on record, a role nobody on our team covers…). */
  dataGaps: string[];
}

/** One of the customer's people on a touchpoint. */
export interface TouchpointPerson {
  personId: string;
  name: string;
  title: string | null;
  email: string | null;
  seniority: SeniorityLevel | null;
  level: EngagementLevel;
  /** Roles held on asOf. */
  roles: StakeholderRole[];
}

/** A member of our team on a touchpoint, with the role they cover the account in. */
export interface TouchpointTeamMember {
  teamMemberId: string;
  name: string;
  email: string | null;
  role: TeamRole;
  /** The role asked for, when nobody covers the account in it and this member stands in. */
  standsInFor: TeamRole | null;
}

export interface Touchpoint {
  /** Deterministic: the same touchpoint keeps its id from one day's calendar to the next. */
  id: string;
  date: string;
  kind: TouchpointKind;
  title: string;
  channel: TouchpointChannel;
  /** Suggested length. */
  durationMinutes: number;
  /** The most senior level among its people; null when no customer person takes part. */
  level: EngagementLevel | null;
  people: TouchpointPerson[];
  /** Who on our team owns it; null when nobody covers the role asked for or any fallback. */
  owner: TouchpointTeamMember | null;
  /** Others on our team who take part. */
  team: TouchpointTeamMember[];
  why: TouchpointWhy;
}

/** Why a touchpoint is on the calendar on its date, with the evidence; one section per kind. */
export interface TouchpointWhy {
  summary: string;
  /** The date the rule gives, before moving to the window or a working day. */
  ruleDate: string | null;
  /** Days the rule date lies before asOf (carried to the window's first working day); null when not overdue. */
  overdueDays: number | null;
  cadence: CadenceEvidence | null;
  qbr: QbrEvidence | null;
  renewal: RenewalEvidence | null;
  playStep: PlayStepEvidence | null;
  thread: ThreadEvidence | null;
  notes: string[];
}

/** How often a person is to be met, and why. */
export interface EffectiveCadence {
  /** The role whose cadence applies (the shortest base cadence among those held). */
  governingRole: StakeholderRole;
  baseCadenceDays: number;
  /** After the gap: max(min(base, floor), round(base × (1 − maxShortening × gap / desired))). */
  cadenceDays: number;
  desiredStrength: number;
  actualStrength: number;
  /** max(0, desired − actual). */
  strengthGap: number;
  formula: string;
}

export interface CadenceEvidence extends EffectiveCadence {
  personId: string;
  /** Last two-way contact (or any contact when one-way counts) with our team; null: none in the lookback. */
  lastContactAt: string | null;
  lastContactInteractionId: string | null;
  /** Last interaction of any direction. */
  lastInteractionAt: string | null;
  /** 1 for the next touchpoint with the person, 2 for the one after… */
  occurrence: number;
  /** What this occurrence counts from: the last contact, or a touchpoint earlier on the calendar. */
  countsFromDate: string | null;
  countsFromTouchpointId: string | null;
}

export interface QbrEvidence {
  segment: Segment | null;
  intervalDays: number;
  lastQbrAt: string | null;
  lastQbrId: string | null;
  occurrence: number;
  /** Attendee roles nobody holds today. */
  vacantRoles: StakeholderRole[];
}

export interface RenewalEvidence {
  renewalDate: string;
  subscriptionIds: string[];
  products: string[];
  arr: number;
  leadDays: number;
  milestone: string;
}

export interface PlayStepEvidence {
  source: 'RECOMMENDED' | 'RECORDED';
  /** The recorded play's id; null for a recommendation. */
  playId: string | null;
  playKind: PlayKind;
  playTrigger: PlayTrigger;
  playTitle: string;
  stepKey: PlayStepKey;
  stepOrder: number;
  dueDate: string;
  detail: string;
}

export interface ThreadEvidence {
  level: EngagementLevel;
  /** Why this person: the facts that ranked them first at the level. */
  reason: string;
  strength: number;
  roles: StakeholderRole[];
  /** The next best candidates at the level, in order. */
  alternativeIds: string[];
}

/** One level's thread: who is engaged there and what the calendar plans with people there. */
export interface LevelThread {
  level: EngagementLevel;
  state: LevelThreadState;
  /** People at the account at this level on asOf. */
  people: number;
  engaged: { personId: string; name: string; strength: number }[];
  /** Touchpoints in the window with someone at this level (TASKs excluded). */
  touchpoints: number;
  /** Their people at this level, by id. */
  peopleOnCalendar: string[];
  newThreadTouchpointId: string | null;
  summary: string;
}

export interface OwnerLoad {
  teamMemberId: string | null;
  name: string | null;
  /** The roles they cover the account in. */
  roles: TeamRole[];
  touchpoints: number;
}

export interface NotScheduled {
  personId: string;
  name: string;
  roles: StakeholderRole[];
  reason: string;
}
