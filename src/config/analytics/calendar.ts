import { StartupError } from '../../domain/errors';
import {
  STAKEHOLDER_ROLES,
  type EngagementLevel,
  type SeniorityLevel,
  type StakeholderRole,
  type TeamRole,
  type TouchpointChannel,
} from '../../domain/vocabulary';
import type { PlayStepKey } from './plays';

/**
 * The engagement calendar (`src/planning/calendar-*.ts`): how often each stakeholder is touched,
 * how a relationship gap shortens that, when business reviews and renewal milestones fall, how
 * the plays' steps and new threads are put on the calendar. Owners are roles on our account team
 * (COVERS); a role nobody covers falls back as plays do (`plays.ownerFallbacks`).
 */

/** How one stakeholder role is kept warm. */
export interface RoleCadenceConfig {
  /** Days between touchpoints while the relationship is as strong as desired. */
  cadenceDays: number;
  /** Relationship strength (0..100) we want with the holder; below it the cadence shortens. */
  desiredStrength: number;
  /** Who on our team keeps this relationship. */
  ownerRole: TeamRole;
  channel: TouchpointChannel;
  durationMinutes: number;
}

/** One renewal milestone, `leadDays` before a renewal date. */
export interface RenewalMilestoneConfig {
  leadDays: number;
  title: string;
  detail: string;
  ownerRole: TeamRole;
  /** Others on our team who take part. */
  teamRoles: TeamRole[];
  /** Their people invited (current holders of these roles); empty for work on our side. */
  attendeeRoles: StakeholderRole[];
  channel: TouchpointChannel;
  durationMinutes: number;
}

export interface ChannelConfig {
  channel: TouchpointChannel;
  durationMinutes: number;
}

export interface CalendarConfig {
  window: {
    /** Without `to`, the calendar runs this many days from its start. */
    defaultDays: number;
    /** The longest window one request may ask for (from `from` to `to`, both included). */
    maxSpanDays: number;
  };
  /** Dates falling on a Saturday or Sunday move to a working day (starts forward, deadlines back). */
  workingDaysOnly: boolean;
  /** Cadence, desired strength, owner and channel per stakeholder role. */
  roles: Record<StakeholderRole, RoleCadenceConfig>;
  /**
   * When strength is below the desired strength, the cadence shortens in proportion to the gap:
   *   cadence = max(min(base, floorDays), round(base × (1 − maxShortening × gap / desired)))
   * so a relationship at zero is touched `1 / (1 − maxShortening)` times as often, never more often
   * than every `floorDays`. The touchpoint goes one channel deeper (EMAIL → CALL → MEETING).
   */
  gap: { maxShortening: number; floorDays: number; deeperChannel: boolean };
  /**
   * Whether our one-way outreach (an OUTBOUND interaction nobody answered) counts as the last
   * contact a cadence runs from. Off: a check-in nobody answered is not a conversation.
   */
  countOneWayContact: boolean;
  /**
   * A touchpoint already on the calendar with a person (a QBR, a renewal meeting, a play step,
   * not a TASK) counts as contact: a check-in due within this many days after it is not added,
   * and the cadence runs on from it.
   */
  absorbWithinDays: number;
  /**
   * END_USERs get a cadence only when they are in the active-user set: an interaction with our
   * team in the last `activeWithinDays`, the `maxPeople` with the most such interactions.
   */
  endUsers: { activeWithinDays: number; maxPeople: number };
  qbr: {
    /** Days between business reviews by segment (`unknown`: the account has none). */
    intervalDays: { ENTERPRISE: number; MID_MARKET: number; SMB: number; unknown: number };
    /** Their people invited: current holders of these roles… */
    attendeeRoles: StakeholderRole[];
    /** …or, when nobody holds any of them, of these. */
    fallbackRoles: StakeholderRole[];
    ownerRole: TeamRole;
    teamRoles: TeamRole[];
    durationMinutes: number;
    /**
     * An overdue QBR (or the first, with none on record) is planned this many days into the window,
     * not the next morning: time to prepare the value story and book the executives.
     */
    overdueLeadDays: number;
  };
  /** Renewal milestones before each renewal date of an active subscription, longest lead first. */
  renewalMilestones: RenewalMilestoneConfig[];
  plays: {
    /** A recorded play still OPEN is carried only if it started within this many days. */
    recordedWithinDays: number;
    /** How each step of a play happens. */
    steps: Record<PlayStepKey, ChannelConfig>;
  };
  levels: {
    bySeniority: Record<SeniorityLevel, EngagementLevel>;
    /** Without a seniority: depth 0..executiveMaxDepth is EXECUTIVE, up to managementMaxDepth MANAGEMENT. */
    byOrgDepth: { executiveMaxDepth: number; managementMaxDepth: number };
  };
  newThread: {
    /** A new thread is started this many days after the window opens (time for a warm introduction). */
    afterDays: number;
    byLevel: Record<EngagementLevel, ChannelConfig & { ownerRole: TeamRole }>;
  };
}

const role = (
  cadenceDays: number,
  desiredStrength: number,
  ownerRole: TeamRole,
  channel: TouchpointChannel,
  durationMinutes: number,
): RoleCadenceConfig => ({ cadenceDays, desiredStrength, ownerRole, channel, durationMinutes });

const via = (channel: TouchpointChannel, durationMinutes: number): ChannelConfig => ({
  channel,
  durationMinutes,
});

export const DEFAULT_CALENDAR_CONFIG: CalendarConfig = {
  window: { defaultDays: 90, maxSpanDays: 366 },
  workingDaysOnly: true,
  roles: {
    // The champion sells for us inside: a fortnightly call keeps them armed (and tells us first
    // when they are about to leave). Our strongest relationship, so the highest desired strength.
    CHAMPION: role(14, 70, 'CSM', 'CALL', 30),
    // Budget holders and deciders want fewer, weightier meetings: every two months and six weeks.
    ECONOMIC_BUYER: role(60, 60, 'ACCOUNT_OWNER', 'MEETING', 45),
    DECISION_MAKER: role(45, 55, 'ACCOUNT_OWNER', 'MEETING', 45),
    // Executive to executive, once a quarter between the QBRs they also attend.
    EXECUTIVE_SPONSOR: role(90, 60, 'EXECUTIVE_SPONSOR', 'MEETING', 30),
    // Monthly: influencers and evaluators shape opinion and technical fit between decisions.
    INFLUENCER: role(30, 50, 'CSM', 'CALL', 30),
    TECHNICAL_EVALUATOR: role(30, 50, 'SOLUTIONS_ENGINEER', 'CALL', 45),
    // Active end users: a short call every two months to hear how the product lands day to day.
    END_USER: role(60, 40, 'CSM', 'CALL', 20),
    // Hear a detractor out monthly before the objection spreads; a blocker through the owner.
    DETRACTOR: role(30, 40, 'CSM', 'CALL', 30),
    BLOCKER: role(45, 40, 'ACCOUNT_OWNER', 'MEETING', 30),
  },
  gap: { maxShortening: 0.5, floorDays: 7, deeperChannel: true },
  countOneWayContact: false,
  absorbWithinDays: 7,
  endUsers: { activeWithinDays: 90, maxPeople: 5 },
  qbr: {
    intervalDays: { ENTERPRISE: 91, MID_MARKET: 182, SMB: 365, unknown: 182 },
    attendeeRoles: ['EXECUTIVE_SPONSOR', 'ECONOMIC_BUYER', 'CHAMPION'],
    fallbackRoles: ['DECISION_MAKER'],
    ownerRole: 'ACCOUNT_OWNER',
    teamRoles: ['EXECUTIVE_SPONSOR', 'CSM'],
    durationMinutes: 90,
    overdueLeadDays: 14,
  },
  renewalMilestones: [
    {
      leadDays: 120,
      title: 'Renewal plan',
      detail: 'On our side: the renewal risks, who signs, the value story and the options to offer',
      ownerRole: 'ACCOUNT_OWNER',
      teamRoles: ['CSM'],
      attendeeRoles: [],
      channel: 'TASK',
      durationMinutes: 60,
    },
    {
      leadDays: 90,
      title: 'Value review',
      detail: 'The value delivered since the last renewal, in their numbers, with the champion and the buyer',
      ownerRole: 'CSM',
      teamRoles: ['ACCOUNT_OWNER'],
      attendeeRoles: ['CHAMPION', 'ECONOMIC_BUYER'],
      channel: 'MEETING',
      durationMinutes: 60,
    },
    {
      leadDays: 60,
      title: 'Renewal proposal',
      detail: 'The proposal and its options to the economic buyer and the decision makers',
      ownerRole: 'ACCOUNT_OWNER',
      teamRoles: [],
      attendeeRoles: ['ECONOMIC_BUYER', 'DECISION_MAKER'],
      channel: 'MEETING',
      durationMinutes: 45,
    },
    {
      leadDays: 30,
      title: 'Renewal paperwork',
      detail: 'Order form, procurement and signature',
      ownerRole: 'ACCOUNT_OWNER',
      teamRoles: [],
      attendeeRoles: ['ECONOMIC_BUYER'],
      channel: 'EMAIL',
      durationMinutes: 15,
    },
  ],
  plays: {
    recordedWithinDays: 120,
    steps: {
      EXPANSION_CONFIRM_VALUE: via('CALL', 30),
      EXPANSION_QUALIFY_SIGNAL: via('CALL', 30),
      EXPANSION_BUSINESS_CASE: via('MEETING', 60),
      EXPANSION_EXECUTIVE_ALIGNMENT: via('MEETING', 45),
      EXPANSION_PROPOSE_OPTIONS: via('MEETING', 45),
      STABILISE_HEALTH_REVIEW: via('TASK', 60),
      STABILISE_SUPPORT: via('CALL', 30),
      STABILISE_ADOPTION: via('MEETING', 45),
      STABILISE_RELATIONSHIPS: via('MEETING', 45),
      STABILISE_RENEWAL: via('MEETING', 45),
      STABILISE_RECHECK: via('TASK', 30),
      RESCUE_EXECUTIVE_CALL: via('CALL', 30),
      RESCUE_GET_WELL_PLAN: via('MEETING', 60),
      RESCUE_USAGE_RECOVERY: via('MEETING', 60),
      RESCUE_SPONSOR: via('MEETING', 45),
      RESCUE_RENEWAL_RISK: via('TASK', 45),
      RESCUE_WEEKLY_CHECK: via('CALL', 30),
      CHAMPION_MAP_CONTACTS: via('TASK', 60),
      CHAMPION_REACH_FORMER: via('EMAIL', 15),
      CHAMPION_MEET_MANAGER: via('MEETING', 30),
      CHAMPION_PEER_THREAD: via('CALL', 30),
      CHAMPION_EXECUTIVE_THREAD: via('MEETING', 30),
      CHAMPION_VALUE_REVIEW: via('MEETING', 45),
    },
  },
  levels: {
    bySeniority: {
      C_LEVEL: 'EXECUTIVE',
      VP: 'EXECUTIVE',
      DIRECTOR: 'MANAGEMENT',
      MANAGER: 'MANAGEMENT',
      INDIVIDUAL_CONTRIBUTOR: 'PRACTITIONER',
    },
    byOrgDepth: { executiveMaxDepth: 1, managementMaxDepth: 3 },
  },
  newThread: {
    afterDays: 7,
    byLevel: {
      EXECUTIVE: { ownerRole: 'EXECUTIVE_SPONSOR', channel: 'MEETING', durationMinutes: 30 },
      MANAGEMENT: { ownerRole: 'ACCOUNT_OWNER', channel: 'MEETING', durationMinutes: 30 },
      PRACTITIONER: { ownerRole: 'CSM', channel: 'CALL', durationMinutes: 30 },
    },
  },
};

/** Refuses settings the rules cannot work with; called once at start-up. */
export function checkCalendarConfig(config: CalendarConfig): void {
  const fail = (message: string): never => {
    throw new StartupError(`calendar.${message}`);
  };
  if (!(config.window.defaultDays >= 1)) fail('window.defaultDays must be at least 1');
  if (!(config.window.maxSpanDays >= config.window.defaultDays)) {
    fail('window.maxSpanDays must be at least window.defaultDays');
  }
  for (const r of STAKEHOLDER_ROLES) {
    const c = config.roles[r];
    if (!(c.cadenceDays >= 1)) fail(`roles.${r}.cadenceDays must be at least 1`);
    if (!(c.desiredStrength > 0 && c.desiredStrength <= 100)) {
      fail(`roles.${r}.desiredStrength must be in (0, 100]`);
    }
  }
  if (!(config.gap.maxShortening >= 0 && config.gap.maxShortening < 1)) {
    fail('gap.maxShortening must be in [0, 1)');
  }
  if (!(config.gap.floorDays >= 1)) fail('gap.floorDays must be at least 1');
  for (const [segment, days] of Object.entries(config.qbr.intervalDays)) {
    if (!(days >= 1)) fail(`qbr.intervalDays.${segment} must be at least 1`);
  }
  const leads = config.renewalMilestones.map((m) => m.leadDays);
  if (leads.some((d) => !(d >= 0)) || new Set(leads).size !== leads.length) {
    fail('renewalMilestones need distinct, non-negative leadDays');
  }
}
