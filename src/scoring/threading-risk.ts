import type { ThreadingConfig } from '../config/analytics/threading';
import {
  THREADING_COMPONENTS,
  type RoleCoverageState,
  type StakeholderRole,
  type ThreadingComponentName,
  type ThreadingRiskLevel,
} from '../domain/vocabulary';
import { clamp01, DAY_MS, round, weighScore, type ScoreComponent } from './score-parts';
import { adjacency, cutsBetween, routesAround, subtreeOf, type PersonLink } from './threading-risk-graph';

/** One of the account's people still there on `asOf`, with our relationship as of then. */
export interface ThreadingPerson {
  id: string;
  department: string | null;
  /** Depth in the org chart, 0 at the top. */
  level: number;
  /** The top-level branch of the org chart the person sits in (the level-1 leader's id, or their own at the top). */
  branchId: string;
  reportsToId: string | null;
  /** Roles held on `asOf`. */
  roles: StakeholderRole[];
  /** Relationship strength 0..100 with our whole team. */
  strength: number;
  /** Σ decayed interaction weight: this person's volume of contact. */
  contactVolume: number;
  lastTwoWayAt: string | null;
}

export interface ThreadingInput {
  accountId: string;
  people: readonly ThreadingPerson[];
  /** REPORTS_TO and INFLUENCES between them; direction does not matter here. */
  links: readonly PersonLink[];
  /** People who left on or before `asOf`, with the roles they held on their last day. */
  departures?: readonly { personId: string; name?: string; departedAt: string; roles: StakeholderRole[] }[];
}

/** A rule that held the risk up (threading.floors), with what triggered it. */
export interface ThreadingFloor {
  code: 'KEY_ROLE_UNCOVERED' | 'KEY_ROLE_DEPARTED';
  role: StakeholderRole;
  minLevel: ThreadingRiskLevel;
  minScore: number;
  /** The person who left (KEY_ROLE_DEPARTED). */
  personId: string | null;
  date: string | null;
  message: string;
}

export interface EngagedPerson {
  personId: string;
  strength: number;
  lastTwoWayAt: string;
}

export interface ContactShare {
  personId: string;
  contactVolume: number;
  share: number;
}

export interface RoleHolder {
  personId: string;
  strength: number;
  engaged: boolean;
  /** Engaged people next to them (manager, report, influence tie) or in their department. */
  backupIds: string[];
}

export interface RoleCoverage {
  role: StakeholderRole;
  state: RoleCoverageState;
  risk: number;
  holders: RoleHolder[];
}

export interface ThreadingStructure {
  championIds: string[];
  /** Engaged people who are a champion or report (directly or not) to one. */
  inChampionSubtreeIds: string[];
  /** Their share of all engaged people; null without a current champion. */
  championSubtreeShare: number | null;
  departments: string[];
  levels: number[];
  branchIds: string[];
  departmentRisk: number;
  levelRisk: number;
  branchRisk: number;
}

export interface CriticalPerson {
  personId: string;
  /** Decision makers and economic buyers we would no longer reach without them. */
  cutsOffIds: string[];
  /** No decision maker or economic buyer would be reachable at all. */
  cutsOffAll: boolean;
  engaged: boolean;
  /**
   * Alternative routes: people still connected to the decision people this person cuts off
   * without going through them (warmest relationship first, then nearest to a cut-off person).
   * Engaging one of them restores the path; not this person's own engaged neighbours.
   */
  backupIds: string[];
}

export interface ThreadingRisk {
  accountId: string;
  asOf: string;
  /** 0..100, higher is riskier: the weighted components, raised to the floor of any rule in `floors`. */
  score: number;
  /** Σ weight × component before any floor. */
  weightedScore: number;
  /** Rules that held the risk up (an uncovered key role, a recent departure with nobody engaged in the seat). */
  floors: ThreadingFloor[];
  level: ThreadingRiskLevel;
  components: ScoreComponent<ThreadingComponentName>[];
  engaged: EngagedPerson[];
  concentration: {
    contacts: ContactShare[];
    topPersonId: string | null;
    topShare: number | null;
    /** Σ share²: 1 when one person has all our contact, 1/n when n people share it evenly. */
    herfindahl: number | null;
  };
  roleCoverage: RoleCoverage[];
  structure: ThreadingStructure;
  decisionPeople: { targetIds: string[]; reachableIds: string[]; unreachableIds: string[] };
  criticalPeople: CriticalPerson[];
  dataGaps: string[];
}

/** Risk of having `count` of something when `target` of them carry none: 1 at one or fewer. */
export function spreadRisk(count: number, target: number): number {
  if (count >= target) return 0;
  if (count <= 1 || target <= 1) return 1;
  return (target - count) / (target - 1);
}

export function isEngaged(
  person: { strength: number; lastTwoWayAt: string | null },
  now: Date,
  config: ThreadingConfig,
): boolean {
  return (
    person.strength >= config.engagedThreshold &&
    person.lastTwoWayAt !== null &&
    now.getTime() - Date.parse(person.lastTwoWayAt) <= config.engagedWindowDays * DAY_MS
  );
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 1 : values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * How exposed an account is to one relationship walking out of the door, 0..100:
 *
 *   BREADTH         spreadRisk(engaged people, breadthTarget)
 *   CONCENTRATION   mean of the top contact's share of our decayed contact and the Herfindahl
 *                   index of it over their people (1 with no contact, or nobody truly engaged)
 *   ROLE_COVERAGE   mean over key roles of roleStateRisk[ENGAGED | NOT_ENGAGED | MISSING]
 *   STRUCTURE       mean of the champion-subtree share of engaged people (when there is a
 *                   champion) and spreadRisk over their departments, levels and branches
 *   CRITICAL_PEOPLE 1 − the share of decision people we would still reach after the worst
 *                   single departure (a departing target is not counted against itself)
 *
 * An account with no engaged person scores every component at 1: missing is never healthy.
 */
export function threadingRisk(input: ThreadingInput, now: Date, config: ThreadingConfig): ThreadingRisk {
  const dataGaps: string[] = [];
  const people = [...input.people].sort((a, b) => a.id.localeCompare(b.id));
  if (people.length === 0) dataGaps.push('No people are known at this account');
  const byId = new Map(people.map((p) => [p.id, p]));
  const engagedPeople = people
    .filter((p) => isEngaged(p, now, config))
    .sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id));
  const engagedIds = new Set(engagedPeople.map((p) => p.id));
  const adj = adjacency(
    people.map((p) => p.id),
    input.links,
  );
  const backupsOf = (id: string): string[] => {
    const person = byId.get(id);
    return engagedPeople
      .filter(
        (other) =>
          other.id !== id &&
          ((adj.get(id)?.has(other.id) ?? false) ||
            (person?.department != null && other.department === person.department)),
      )
      .map((other) => other.id);
  };

  // Concentration of our contact.
  const contacted = people.filter((p) => p.contactVolume > 0);
  const totalVolume = contacted.reduce((sum, p) => sum + p.contactVolume, 0);
  const contacts = contacted
    .map((p) => ({
      personId: p.id,
      contactVolume: round(p.contactVolume),
      share: p.contactVolume / totalVolume,
    }))
    .sort((a, b) => b.share - a.share || a.personId.localeCompare(b.personId));
  const herfindahl = contacts.length === 0 ? null : contacts.reduce((sum, c) => sum + c.share ** 2, 0);
  if (contacts.length === 0) dataGaps.push('No contact with anyone at this account in the lookback window');

  // Key roles.
  const roleCoverage = config.keyRoles.map((role): RoleCoverage => {
    const holders = people
      .filter((p) => p.roles.includes(role))
      .map((p) => ({
        personId: p.id,
        strength: p.strength,
        engaged: engagedIds.has(p.id),
        backupIds: backupsOf(p.id),
      }));
    const state: RoleCoverageState =
      holders.length === 0 ? 'MISSING' : holders.some((h) => h.engaged) ? 'ENGAGED' : 'NOT_ENGAGED';
    return { role, state, risk: config.roleStateRisk[state], holders };
  });

  // Structure: a tree is not a web.
  const championIds = people.filter((p) => p.roles.includes('CHAMPION')).map((p) => p.id);
  const subtree = subtreeOf(championIds, new Map(people.map((p) => [p.id, p.reportsToId])));
  const inChampionSubtreeIds = engagedPeople.filter((p) => subtree.has(p.id)).map((p) => p.id);
  const championSubtreeShare =
    championIds.length === 0 || engagedPeople.length === 0
      ? null
      : inChampionSubtreeIds.length / engagedPeople.length;
  if (championIds.length === 0) dataGaps.push('No current champion: the champion-subtree share is left out');
  const departments = [...new Set(engagedPeople.flatMap((p) => (p.department ? [p.department] : [])))].sort();
  if (engagedPeople.some((p) => p.department === null)) {
    dataGaps.push('Some engaged people have no department: they are not counted as a department');
  }
  const levels = [...new Set(engagedPeople.map((p) => p.level))].sort((a, b) => a - b);
  const branchIds = [...new Set(engagedPeople.map((p) => p.branchId))].sort();
  const structure: ThreadingStructure = {
    championIds,
    inChampionSubtreeIds,
    championSubtreeShare: championSubtreeShare === null ? null : round(championSubtreeShare),
    departments,
    levels,
    branchIds,
    departmentRisk: round(spreadRisk(departments.length, config.spreadTargets.departments)),
    levelRisk: round(spreadRisk(levels.length, config.spreadTargets.levels)),
    branchRisk: round(spreadRisk(branchIds.length, config.spreadTargets.branches)),
  };
  const structureParts = [
    ...(championSubtreeShare === null ? [] : [championSubtreeShare]),
    structure.departmentRisk,
    structure.levelRisk,
    structure.branchRisk,
  ];

  // Critical people between our team and the people who decide.
  const targetIds = people
    .filter((p) => p.roles.some((r) => config.decisionRoles.includes(r)))
    .map((p) => p.id);
  const { reachableTargetIds, cuts } = cutsBetween(
    adj,
    engagedPeople.map((p) => p.id),
    targetIds,
  );
  const reachable = new Set(reachableTargetIds);
  let worstShare = targetIds.length === 0 ? 0 : reachable.size / targetIds.length;
  const criticalPeople = cuts.map((cut): CriticalPerson => {
    const others = targetIds.filter((id) => id !== cut.personId);
    const stillReached = others.filter((id) => reachable.has(id) && !cut.lostTargetIds.includes(id));
    if (others.length > 0) worstShare = Math.min(worstShare, stillReached.length / others.length);
    return {
      personId: cut.personId,
      cutsOffIds: cut.lostTargetIds,
      cutsOffAll: stillReached.length === 0,
      engaged: engagedIds.has(cut.personId),
      backupIds: routesAround(adj, cut.personId, cut.lostTargetIds)
        .sort(
          (a, b) =>
            (byId.get(b.personId)?.strength ?? 0) - (byId.get(a.personId)?.strength ?? 0) ||
            a.distance - b.distance ||
            a.personId.localeCompare(b.personId),
        )
        .map((r) => r.personId),
    };
  });
  if (targetIds.length === 0) {
    dataGaps.push(`Nobody holds ${config.decisionRoles.join(' or ')}: there is no one who decides to reach`);
  }

  const w = config.componentWeights;
  const { score, components } = weighScore(
    THREADING_COMPONENTS,
    {
      BREADTH: spreadRisk(engagedPeople.length, config.breadthTarget),
      // With nobody truly engaged there is no thread for contact to be spread over.
      CONCENTRATION:
        herfindahl === null || engagedPeople.length === 0 ? 1 : (herfindahl + (contacts[0]?.share ?? 1)) / 2,
      ROLE_COVERAGE: mean(roleCoverage.map((r) => r.risk)),
      STRUCTURE: engagedPeople.length === 0 ? 1 : mean(structureParts),
      CRITICAL_PEOPLE: clamp01(1 - worstShare),
    },
    {
      BREADTH: w.breadth,
      CONCENTRATION: w.concentration,
      ROLE_COVERAGE: w.roleCoverage,
      STRUCTURE: w.structure,
      CRITICAL_PEOPLE: w.criticalPeople,
    },
    DESCRIPTIONS,
  );
  const floors = threadingFloors(input, roleCoverage, now, config);
  const floored = floors.reduce((max, f) => Math.max(max, f.minScore), score);
  return {
    accountId: input.accountId,
    asOf: now.toISOString(),
    score: floored,
    weightedScore: score,
    floors,
    level:
      floored >= config.levels.highFrom ? 'HIGH' : floored >= config.levels.mediumFrom ? 'MEDIUM' : 'LOW',
    components,
    engaged: engagedPeople.map((p) => ({
      personId: p.id,
      strength: p.strength,
      lastTwoWayAt: p.lastTwoWayAt!,
    })),
    concentration: {
      contacts: contacts.map((c) => ({ ...c, share: round(c.share) })),
      topPersonId: contacts[0]?.personId ?? null,
      topShare: contacts[0] ? round(contacts[0].share) : null,
      herfindahl: herfindahl === null ? null : round(herfindahl),
    },
    roleCoverage,
    structure,
    decisionPeople: {
      targetIds,
      reachableIds: reachableTargetIds,
      unreachableIds: targetIds.filter((id) => !reachable.has(id)),
    },
    criticalPeople,
    dataGaps,
  };
}

const ROLE_LABELS: Partial<Record<StakeholderRole, string>> = {
  CHAMPION: 'Champion',
  ECONOMIC_BUYER: 'Economic buyer',
  EXECUTIVE_SPONSOR: 'Executive sponsor',
  DECISION_MAKER: 'Decision maker',
};

/**
 * threading.floors: a key role held by nobody (default champion, economic buyer) keeps the risk
 * at least MEDIUM; a holder of a watched role (champion, economic buyer, executive sponsor) who
 * left in the last 90 days, with nobody engaged holding the role now, keeps it at least HIGH.
 * The weighted components alone let an account whose champion just left read LOW while its own
 * gaps said "Champion: nobody holds this role"; health's departure cap and the rescue play
 * read the same facts.
 */
export function threadingFloors(
  input: ThreadingInput,
  roleCoverage: readonly RoleCoverage[],
  now: Date,
  config: ThreadingConfig,
): ThreadingFloor[] {
  const f = config.floors;
  const minScore = (level: 'MEDIUM' | 'HIGH') =>
    level === 'HIGH' ? config.levels.highFrom : config.levels.mediumFrom;
  const label = (role: StakeholderRole) => ROLE_LABELS[role] ?? role;
  const today = now.toISOString().slice(0, 10);
  const holders = (role: StakeholderRole) => input.people.filter((p) => p.roles.includes(role));
  const engagedHolder = (role: StakeholderRole) => holders(role).some((p) => isEngaged(p, now, config));
  const uncovered = f.uncoveredRoles
    .filter((role) => holders(role).length === 0)
    .map((role): ThreadingFloor => ({
      code: 'KEY_ROLE_UNCOVERED',
      role,
      minLevel: f.uncoveredMinLevel,
      minScore: minScore(f.uncoveredMinLevel),
      personId: null,
      date: null,
      message: `${label(role)}: nobody holds this role, so the risk is at least ${f.uncoveredMinLevel}`,
    }));
  const departed = (input.departures ?? [])
    .filter(
      (d) =>
        d.departedAt <= today && (now.getTime() - Date.parse(d.departedAt)) / DAY_MS <= f.departureWithinDays,
    )
    .flatMap((d) =>
      d.roles
        .filter((role) => f.departureRoles.includes(role) && !engagedHolder(role))
        .map((role): ThreadingFloor => {
          const ago = Math.floor((now.getTime() - Date.parse(d.departedAt)) / DAY_MS);
          const seat =
            holders(role).length === 0 ? 'nobody holds the role now' : 'nobody engaged holds the role now';
          return {
            code: 'KEY_ROLE_DEPARTED',
            role,
            minLevel: f.departureMinLevel,
            minScore: minScore(f.departureMinLevel),
            personId: d.personId,
            date: d.departedAt,
            message: `${label(role)} ${d.name ?? d.personId} left on ${d.departedAt} (${ago} days ago) and ${seat}, so the risk is at least ${f.departureMinLevel} until ${f.departureWithinDays} days after`,
          };
        }),
    )
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.role.localeCompare(b.role));
  return [...departed, ...uncovered];
}

const DESCRIPTIONS: Record<ThreadingComponentName, string> = {
  BREADTH: 'Few truly engaged people: 1 with one (or none), 0 at the breadth target',
  CONCENTRATION:
    "Mean of the top contact's share and the Herfindahl index: 1 when one person gets all our contact",
  ROLE_COVERAGE: 'Key roles held by nobody we engage (half) or by nobody at all (full)',
  STRUCTURE: 'Engaged people bunched under the champion, in few departments, levels or branches',
  CRITICAL_PEOPLE: 'Share of decision makers and economic buyers lost after the worst single departure',
};
