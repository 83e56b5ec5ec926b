import type { DepartureConfig } from '../config/analytics/threading';
import type { BuildNextReason, StakeholderRole } from '../domain/vocabulary';
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
}

/**
 * Whom to build next when `departed` leaves, strongest case first. Each person is there for
 * one or more reasons, each adding to their priority:
 *
 *   SUCCESSOR    the named successor, else the person in the same department one level below or
 *                at the same level with the most contact with us (direct reports first on a tie)
 *   MANAGER      their manager
 *   INFLUENCED   people they swayed (reason weight × influence weight)
 *   ACTIVE_USER  the most active users outside their team: END_USERs or people who raised
 *                tickets, by tickets raised + interactions in the activity window
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

  const activity = (p: RemainingPerson) => p.ticketsRaised + p.recentInteractions;
  remaining
    .filter(
      (p) =>
        p.id !== departed.id &&
        !departed.subtreeIds.has(p.id) &&
        (p.roles.includes('END_USER') || p.ticketsRaised > 0) &&
        activity(p) > 0,
    )
    .sort((a, b) => activity(b) - activity(a) || b.strength - a.strength || a.id.localeCompare(b.id))
    .slice(0, config.activeUsersToSuggest)
    .forEach((p) =>
      add(
        p.id,
        'ACTIVE_USER',
        `Active user outside ${departed.name}'s team: ${p.ticketsRaised} ticket(s) and ${p.recentInteractions} interaction(s) in the last ${config.activityWindowDays} days`,
      ),
    );

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
      };
    })
    .sort(
      (a, b) => b.priority - a.priority || b.strength - a.strength || a.personId.localeCompare(b.personId),
    );
  return { candidates, successorId, successorInferred, gaps };
}
