import type { DepartureConfig } from '../config/analytics/threading';
import type { ActivityBasis, BuildNextReason, StakeholderRole } from '../domain/vocabulary';
import { round } from './score-parts';

/** Someone still at the account when a person leaves, with what we know of them. */
export interface RemainingPerson {
  id: string;
  name: string;
  department: string | null;
  level: number;
  reportsToId: string | null;
  roles: StakeholderRole[];
  strength: number;
  engaged: boolean;
  /** Support tickets raised and interactions with our team in the activity window. */
  ticketsRaised: number;
  recentInteractions: number;
  /** Their latest product-usage reading on the day; null when unknown (not zero). */
  usage: ProductUsage | null;
}

/** One person's product usage over a window (a per-user usage export row). */
export interface ProductUsage {
  /** The reading's id (evidence). */
  id: string;
  /** The day the reading was taken. */
  date: string;
  windowDays: number;
  activeDays: number;
  featureEvents: number | null;
  lastActiveOn: string | null;
}

/** One of the most active users, ranked, with what they were ranked by. */
export interface ActiveUser {
  personId: string;
  rank: number;
  basis: ActivityBasis;
  /** PRODUCT_USAGE: activeDays / windowDays; INTERACTIONS: tickets raised + interactions. */
  activity: number;
  usage: ProductUsage | null;
  ticketsRaised: number;
  recentInteractions: number;
  /** Reports (directly or not) to the person who left: kept in the ranking, marked. */
  inDepartedTeam: boolean;
}

export interface DepartingPerson {
  id: string;
  name: string;
  department: string | null;
  level: number;
  reportsToId: string | null;
  /** Their reports, direct or not: their team. */
  subtreeIds: ReadonlySet<string>;
  /** People they sway, with the influence weight. */
  influenced: readonly { personId: string; weight: number }[];
}

export interface BuildNextReasonDetail {
  reason: BuildNextReason;
  detail: string;
  /** What this reason adds to the priority. */
  priority: number;
}

export interface BuildNextCandidate {
  personId: string;
  /** Σ reason priorities + warmthWeight × strength / 100. */
  priority: number;
  reasons: BuildNextReasonDetail[];
  strength: number;
  engaged: boolean;
  roles: StakeholderRole[];
  department: string | null;
  level: number;
  ticketsRaised: number;
  recentInteractions: number;
  influenceWeight: number | null;
  /** Reports (directly or not) to the person who left. */
  inDepartedTeam: boolean;
  usage: ProductUsage | null;
}

/**
 * The most active users when `departed` leaves. By product usage (active share of the window,
 * then feature events, then the latest active day) when anyone still there has a usage reading;
 * only when nobody's usage is known, by tickets raised + interactions with our team, among END_USERs
 * and people who raised tickets. The departed person's own team stays in the ranking, marked.
 */
export function rankActiveUsers(
  departed: DepartingPerson,
  remaining: readonly RemainingPerson[],
): { basis: ActivityBasis; users: ActiveUser[]; unknownUsageIds: string[] } {
  const others = remaining.filter((p) => p.id !== departed.id);
  const known = others.filter((p) => p.usage !== null);
  const basis: ActivityBasis = known.length > 0 ? 'PRODUCT_USAGE' : 'INTERACTIONS';
  const share = (p: RemainingPerson) => (p.usage ? p.usage.activeDays / Math.max(1, p.usage.windowDays) : 0);
  const interactions = (p: RemainingPerson) => p.ticketsRaised + p.recentInteractions;
  const ranked =
    basis === 'PRODUCT_USAGE'
      ? known
          .filter((p) => p.usage!.activeDays > 0)
          .sort(
            (a, b) =>
              share(b) - share(a) ||
              (b.usage!.featureEvents ?? 0) - (a.usage!.featureEvents ?? 0) ||
              (b.usage!.lastActiveOn ?? '').localeCompare(a.usage!.lastActiveOn ?? '') ||
              b.strength - a.strength ||
              a.id.localeCompare(b.id),
          )
      : others
          .filter((p) => (p.roles.includes('END_USER') || p.ticketsRaised > 0) && interactions(p) > 0)
          .sort(
            (a, b) =>
              interactions(b) - interactions(a) || b.strength - a.strength || a.id.localeCompare(b.id),
          );
  return {
    basis,
    users: ranked.map((p, i) => ({
      personId: p.id,
      rank: i + 1,
      basis,
      activity: round(basis === 'PRODUCT_USAGE' ? share(p) : interactions(p)),
      usage: p.usage,
      ticketsRaised: p.ticketsRaised,
      recentInteractions: p.recentInteractions,
      inDepartedTeam: departed.subtreeIds.has(p.id),
    })),
    unknownUsageIds: basis === 'PRODUCT_USAGE' ? others.filter((p) => p.usage === null).map((p) => p.id) : [],
  };
}

function activeUserDetail(departed: DepartingPerson, user: ActiveUser, windowDays: number): string {
  const team = user.inDepartedTeam ? `in ${departed.name}'s team` : `outside ${departed.name}'s team`;
  if (user.basis === 'PRODUCT_USAGE' && user.usage) {
    const u = user.usage;
    return `Active user ${team} (product usage): active ${u.activeDays} of ${u.windowDays} days to ${u.date}${
      u.featureEvents === null ? '' : `, ${u.featureEvents} feature events`
    }${u.lastActiveOn ? `, last active ${u.lastActiveOn}` : ''}`;
  }
  return `Active user ${team} (interactions; no product usage known): ${user.ticketsRaised} ticket(s) and ${user.recentInteractions} interaction(s) in the last ${windowDays} days`;
}

/**
 * Whom to build next when `departed` leaves, strongest case first. Each person is there for
 * one or more reasons, each adding to their priority:
 *
 *   SUCCESSOR    the named successor, else the person in the same department one level below or
 *                at the same level with the most contact with us (direct reports first on a tie)
 *   MANAGER      their manager
 *   INFLUENCED   people they swayed (reason weight × influence weight)
 *   ACTIVE_USER  the most active users (rankActiveUsers): by product usage per person, else by
 *                tickets raised + interactions; their own team is ranked too, marked
 *
 * plus warmthWeight × strength / 100, since a warm relationship is quicker to build on.
 */
export function buildNext(
  departed: DepartingPerson,
  remaining: readonly RemainingPerson[],
  namedSuccessorId: string | null,
  config: DepartureConfig,
): {
  candidates: BuildNextCandidate[];
  successorId: string | null;
  successorInferred: boolean;
  activityBasis: ActivityBasis;
  activeUsers: ActiveUser[];
  gaps: string[];
} {
  const gaps: string[] = [];
  const byId = new Map(remaining.map((p) => [p.id, p]));
  const reasons = new Map<string, BuildNextReasonDetail[]>();
  const add = (personId: string, reason: BuildNextReason, detail: string, factor = 1) => {
    if (personId === departed.id || !byId.has(personId)) return;
    const list = reasons.get(personId) ?? [];
    list.push({ reason, detail, priority: round(config.reasonWeights[reason] * factor) });
    reasons.set(personId, list);
  };

  let successorId = namedSuccessorId !== null && byId.has(namedSuccessorId) ? namedSuccessorId : null;
  const successorInferred = successorId === null;
  if (successorId !== null) {
    add(successorId, 'SUCCESSOR', `Named as ${departed.name}'s successor`);
  } else if (departed.department === null) {
    gaps.push(`${departed.name} has no department: no successor can be inferred`);
  } else {
    const candidates = remaining
      .filter(
        (p) =>
          p.id !== departed.reportsToId &&
          p.department === departed.department &&
          (p.level === departed.level + 1 || p.level === departed.level),
      )
      .sort(
        (a, b) =>
          b.strength - a.strength ||
          Number(b.reportsToId === departed.id) - Number(a.reportsToId === departed.id) ||
          b.level - a.level ||
          a.id.localeCompare(b.id),
      );
    const pick = candidates[0];
    if (pick) {
      successorId = pick.id;
      const where = pick.level === departed.level ? 'a peer at the same level' : 'one level below';
      add(
        pick.id,
        'SUCCESSOR',
        `Likely successor: ${departed.department}, ${where}, the most contact with us of ${candidates.length} candidate(s) (strength ${pick.strength})`,
      );
    } else {
      gaps.push(
        `Nobody in ${departed.department} at or one level below ${departed.name}: no successor inferred`,
      );
    }
  }

  if (departed.reportsToId !== null && byId.has(departed.reportsToId)) {
    add(departed.reportsToId, 'MANAGER', `${departed.name}'s manager`);
  } else {
    gaps.push(`${departed.name}'s manager is unknown or no longer there`);
  }

  const influenceOf = new Map(departed.influenced.map((i) => [i.personId, i.weight]));
  for (const { personId, weight } of departed.influenced) {
    add(personId, 'INFLUENCED', `Was swayed by ${departed.name} (influence ${weight})`, weight);
  }

  const active = rankActiveUsers(departed, remaining);
  if (active.basis === 'INTERACTIONS') {
    gaps.push(
      'No product usage per person is known here: most active users are ranked by interactions and tickets',
    );
  } else if (active.unknownUsageIds.length > 0) {
    gaps.push(
      `${active.unknownUsageIds.length} person(s) have no product usage reading: not ranked as active users`,
    );
  }
  active.users
    .slice(0, config.activeUsersToSuggest)
    .forEach((u) => add(u.personId, 'ACTIVE_USER', activeUserDetail(departed, u, config.activityWindowDays)));

  const candidates = [...reasons.entries()]
    .map(([personId, list]): BuildNextCandidate => {
      const p = byId.get(personId)!;
      const priority =
        list.reduce((sum, r) => sum + r.priority, 0) + (config.warmthWeight * p.strength) / 100;
      return {
        personId,
        priority: round(priority),
        reasons: list,
        strength: p.strength,
        engaged: p.engaged,
        roles: p.roles,
        department: p.department,
        level: p.level,
        ticketsRaised: p.ticketsRaised,
        recentInteractions: p.recentInteractions,
        influenceWeight: influenceOf.get(personId) ?? null,
        inDepartedTeam: departed.subtreeIds.has(personId),
        usage: p.usage,
      };
    })
    .sort(
      (a, b) => b.priority - a.priority || b.strength - a.strength || a.personId.localeCompare(b.personId),
    );
  return {
    candidates,
    successorId,
    successorInferred,
    activityBasis: active.basis,
    activeUsers: active.users,
    gaps,
  };
}
