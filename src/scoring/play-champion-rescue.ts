import type { BusinessCalendar } from './business-days';
import type { PlaysConfig } from '../config/analytics/plays';
import type { ActivityBasis, BuildNextReason, StakeholderRole } from '../domain/vocabulary';
import { daysBetween, shiftDay } from './health-parts';
import { named, scheduleSteps, type Play, type PlayPerson, type TeamCover } from './play-steps';

/** Someone still at the account who could carry a new thread. */
export interface RescueCandidate {
  personId: string;
  name: string;
  title: string | null;
  /** Org-chart depth, 0 at the top. */
  level: number;
  roles: StakeholderRole[];
  /** Relationship strength 0..100. */
  strength: number;
  /** Why the departure analysis suggests them (empty for executives it does not name). */
  reasons: { reason: BuildNextReason; detail: string }[];
  /** Reports (directly or not) to the champion who left. */
  inChampionTeam?: boolean;
  /** Their place in the departure analysis's most-active-users ranking (1 = most active). */
  activityRank?: number | null;
}

export interface ChampionRescueInput {
  accountName: string;
  asOfDay: string;
  /** The day the account is judged on (health's day), for "N days ago"; default asOfDay. */
  judgedOn?: string;
  champion: { personId: string; name: string; title: string | null; departedAt: string };
  /** Whom to build next after the departure, strongest case first, still there on asOf. */
  candidates: RescueCandidate[];
  /** What the active users among the candidates were ranked by. */
  activityBasis?: ActivityBasis;
  /** People in the top two levels of the org chart still there: candidates for the executive thread. */
  executives: RescueCandidate[];
  /** People whose departure today would cut us off from everyone who decides. */
  criticalPeople: PlayPerson[];
  team: TeamCover[];
  gaps: string[];
  /** Relationship strength from which someone counts as engaged (threading.engagedThreshold; default 50). */
  engagedThreshold?: number;
  /** The account's business days (weekends and its country's public holidays skipped). */
  days?: BusinessCalendar;
}

/** Executive thread preference: the sponsor, then the buyer, then a decision maker, then anyone senior. */
const EXECUTIVE_ROLES: StakeholderRole[] = ['EXECUTIVE_SPONSOR', 'ECONOMIC_BUYER', 'DECISION_MAKER'];

function person(c: RescueCandidate, why: string): PlayPerson {
  return { personId: c.personId, name: c.name, title: c.title, why };
}

/** An active user, marked when they sit in the champion's own team (kept, not dropped). */
function activeUser(c: RescueCandidate, why: string): PlayPerson {
  return { ...person(c, why), inChampionTeam: c.inChampionTeam ?? false };
}

function withReason(candidates: readonly RescueCandidate[], reason: BuildNextReason): RescueCandidate[] {
  return candidates.filter((c) => c.reasons.some((r) => r.reason === reason));
}

function detailOf(c: RescueCandidate, reason: BuildNextReason): string {
  return c.reasons.find((r) => r.reason === reason)?.detail ?? reason;
}

/**
 * The seed's sequence when a champion leaves. Week 1: map the remaining contacts (the most
 * active users outside the champion's team, the likely successor), reach the former champion,
 * meet their manager. Weeks 2–4: two new threads at different levels (a peer-level user who
 * benefits daily, an executive who sees the strategic value) and an informal value review.
 * Goal: within championRescueGoalDays no single departure threatens the account.
 */
export function championRescuePlay(input: ChampionRescueInput, config: PlaysConfig): Play {
  const { champion } = input;
  const gaps = [...input.gaps];
  const first = champion.name.split(' ')[0] ?? champion.name;
  // Most active first, as the departure analysis ranked them (not by build-next priority).
  const activeUsers = withReason(input.candidates, 'ACTIVE_USER').sort(
    (a, b) => (a.activityRank ?? Infinity) - (b.activityRank ?? Infinity),
  );
  const successor = withReason(input.candidates, 'SUCCESSOR')[0] ?? null;
  const manager = withReason(input.candidates, 'MANAGER')[0] ?? null;
  const executiveIds = new Set(input.executives.map((e) => e.personId));
  // The new peer thread is a second thread: someone outside the champion's team before anyone in it.
  const outsideFirst = [...activeUsers].sort(
    (a, b) => Number(a.inChampionTeam ?? false) - Number(b.inChampionTeam ?? false),
  );
  const peer =
    [...outsideFirst, ...(successor ? [successor] : [])].find(
      (c) => !executiveIds.has(c.personId) && c.level > 1,
    ) ?? null;
  const rank = (c: RescueCandidate) => {
    const i = EXECUTIVE_ROLES.findIndex((r) => c.roles.includes(r));
    return i === -1 ? EXECUTIVE_ROLES.length : i;
  };
  // The goal is reaching everyone who decides: a decider we do not engage yet (the gap) comes
  // before one we already talk with, then the role order, then the strongest relationship.
  const threshold = input.engagedThreshold ?? 50;
  const isDecider = (c: RescueCandidate) => rank(c) < EXECUTIVE_ROLES.length;
  const closesGap = (c: RescueCandidate) => (isDecider(c) && c.strength < threshold ? 0 : 1);
  const executive =
    [...input.executives]
      .filter((c) => c.personId !== peer?.personId && (peer === null || c.level !== peer.level))
      .sort(
        (a, b) =>
          closesGap(a) - closesGap(b) ||
          rank(a) - rank(b) ||
          b.strength - a.strength ||
          a.personId.localeCompare(b.personId),
      )[0] ?? null;
  // A successor with no contact with us is a gap to close, not a thread we hold.
  const successorUnreached = successor !== null && successor.strength === 0;
  if (successor !== null && successorUnreached) {
    gaps.push(
      `Likely successor ${successor.name} has no contact with us: a gap to close (ask for an introduction), not a thread`,
    );
  }
  if (activeUsers.length === 0)
    gaps.push(`No active users were found at the account after ${champion.name} left`);
  else if (activeUsers.every((c) => c.inChampionTeam))
    gaps.push(`Every active user found is in ${champion.name}'s own team: no thread outside it yet`);
  if (manager === null) gaps.push(`${champion.name}'s manager is unknown or has left`);
  if (peer === null) gaps.push('No peer-level user to build a new thread with');
  if (executive === null) gaps.push('No executive still at the account to build a new thread with');

  const formerChampion: PlayPerson = {
    personId: champion.personId,
    name: champion.name,
    title: champion.title,
    why: `Former champion, left on ${champion.departedAt}`,
  };
  const successorWhy = successor
    ? `${detailOf(successor, 'SUCCESSOR')}${successorUnreached ? '; no contact with us yet: a gap to close, not a thread' : ''}`
    : '';
  // Each person once: a successor who is also an active user is listed there, with both reasons.
  const mapped = [
    ...activeUsers.map((c) =>
      activeUser(
        c,
        c.personId === successor?.personId
          ? `${detailOf(c, 'ACTIVE_USER')}; ${successorWhy}`
          : detailOf(c, 'ACTIVE_USER'),
      ),
    ),
    ...(successor && !activeUsers.some((c) => c.personId === successor.personId)
      ? [person(successor, successorWhy)]
      : []),
  ];
  const peerPerson = peer ? person(peer, 'Peer-level user who benefits daily') : null;
  const executivePerson = executive
    ? person(
        executive,
        closesGap(executive) === 0
          ? `Decides (${executive.roles.join(', ')}) and is not engaged with us yet (strength ${executive.strength}): the gap this thread closes`
          : `Executive who sees the strategic value${executive.roles.length ? ` (${executive.roles.join(', ')})` : ''}`,
      )
    : null;
  const reviewers = [
    peerPerson,
    executivePerson,
    successor ? person(successor, 'Likely successor') : null,
  ].filter(
    (p, i, all): p is PlayPerson => p !== null && all.findIndex((q) => q?.personId === p.personId) === i,
  );

  const scheduled = scheduleSteps(
    [
      {
        key: 'CHAMPION_MAP_CONTACTS',
        title: 'Map the remaining contacts',
        detail: `Who else has used the product and seen value? Most active users (by ${
          input.activityBasis === 'PRODUCT_USAGE' ? 'product usage' : 'interactions; no product usage known'
        }), outside ${first}'s team first: ${
          activeUsers.length
            ? named(
                outsideFirst.map((c) => ({
                  ...person(c, ''),
                  title: c.inChampionTeam
                    ? [c.title, `in ${first}'s team`].filter(Boolean).join(', ')
                    : c.title,
                })),
              )
            : 'none found'
        }${successor ? `; likely successor: ${named([person(successor, '')])}` : ''}`,
        people: mapped,
      },
      {
        key: 'CHAMPION_REACH_FORMER',
        title: `Reach out to ${champion.name}, the former champion`,
        detail: `${first} left on ${champion.departedAt}: ask (e.g. on LinkedIn) for an introduction to the successor or a recommendation before the transition is complete`,
        people: [formerChampion],
      },
      {
        key: 'CHAMPION_MEET_MANAGER',
        title: `Request a meeting with ${manager ? manager.name : `${first}'s manager`}`,
        detail: `To ensure continuity of the partnership: framed as service, not sales${
          manager ? ` (${detailOf(manager, 'MANAGER')})` : ''
        }`,
        people: manager ? [person(manager, detailOf(manager, 'MANAGER'))] : [],
      },
      {
        key: 'CHAMPION_PEER_THREAD',
        title: `New thread at peer level${peer ? `: ${peer.name}` : ''}`,
        detail: 'One peer-level user who benefits from the product every day',
        people: peerPerson ? [peerPerson] : [],
      },
      {
        key: 'CHAMPION_EXECUTIVE_THREAD',
        title: `New thread at executive level${executive ? `: ${executive.name}` : ''}`,
        detail: 'One executive who sees the strategic value, at a different level from the peer thread',
        people: executivePerson ? [executivePerson] : [],
      },
      {
        key: 'CHAMPION_VALUE_REVIEW',
        title: 'Informal value review (not a QBR)',
        detail:
          'Specific ROI metrics from the last 6 months: the new stakeholders need to see value immediately',
        people: reviewers,
      },
    ],
    input.asOfDay,
    input.team,
    config,
    input.days,
  );
  const goalDay = shiftDay(input.asOfDay, config.championRescueGoalDays);
  const today = input.criticalPeople.length
    ? `Today the departure of ${named(input.criticalPeople)} would cut us off from everyone who decides`
    : 'Today no single departure cuts us off from everyone who decides';
  return {
    kind: 'RESCUE',
    trigger: 'CHAMPION_DEPARTED',
    title: `Champion departure rescue for ${input.accountName}`,
    why: `Champion ${champion.name}${champion.title ? ` (${champion.title})` : ''} left on ${champion.departedAt}, ${daysBetween(champion.departedAt, input.judgedOn ?? input.asOfDay)} days ago: a critical single-threading risk`,
    goal: `Within ${config.championRescueGoalDays} days (by ${goalDay}) no single person's departure threatens the account relationship. ${today}`,
    steps: scheduled.steps,
    gaps: [...gaps, ...scheduled.gaps],
    activityBasis: input.activityBasis ?? 'INTERACTIONS',
  };
}
