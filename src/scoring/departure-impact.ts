import type { DepartureConfig } from '../config/analytics/threading';
import type {
  ActivityBasis,
  StakeholderRole,
  ThreadingComponentName,
  ThreadingRiskLevel,
} from '../domain/vocabulary';
import {
  buildNext,
  type ActiveUser,
  type BuildNextCandidate,
  type DepartingPerson,
  type RemainingPerson,
} from './departure-build-next';
import { round } from './score-parts';
import type { ThreadingRisk } from './threading-risk';

export interface DepartureSubject extends DepartingPerson {
  businessUnitId: string | null;
  /** Roles held the day before they leave: the ones that end. */
  roles: StakeholderRole[];
  strength: number;
  engaged: boolean;
}

export interface PeopleOnAccount extends RemainingPerson {
  businessUnitId: string | null;
}

export interface OpenOpportunity {
  id: string;
  name: string;
  amount: number | null;
  stage: string;
  closeDate: string | null;
  contacts: { personId: string; role: StakeholderRole; isPrimary: boolean }[];
}

export interface OwnedObjective {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
}

export interface AccountSubscription {
  id: string;
  productId: string;
  productName: string;
  businessUnitId: string | null;
  arr: number;
}

export interface DepartureInput {
  departed: DepartureSubject;
  /** Everyone else there on the day, before the departure. */
  remaining: readonly PeopleOnAccount[];
  opportunities: readonly OpenOpportunity[];
  objectives: readonly OwnedObjective[];
  /** The account's active subscriptions. */
  subscriptions: readonly AccountSubscription[];
  namedSuccessorId: string | null;
  before: ThreadingRisk;
  after: ThreadingRisk;
}

export interface EndedRole {
  role: StakeholderRole;
  /** Others who still hold it. */
  stillHeldByIds: string[];
  leftEmpty: boolean;
}

export interface ThreadLoss {
  /** Engaged people still there who carry this thread. */
  remainingEngagedIds: string[];
  /** The departed person was engaged and nobody engaged is left on it. */
  losesOnlyEngagedThread: boolean;
}

export interface DepartureImpact {
  stakeholderId: string;
  rolesEnded: EndedRole[];
  rolesLeftEmpty: StakeholderRole[];
  opportunities: (ThreadLoss & { opportunity: OpenOpportunity; contactRole: StakeholderRole })[];
  objectives: { objective: OwnedObjective; candidateOwnerIds: string[] }[];
  subscriptions: (ThreadLoss & { subscription: AccountSubscription; scope: 'UNIT' | 'ACCOUNT' })[];
  department: (ThreadLoss & { name: string; engagedBefore: number }) | null;
  risk: {
    before: { score: number; level: ThreadingRiskLevel };
    after: { score: number; level: ThreadingRiskLevel };
    change: number;
    components: { name: ThreadingComponentName; before: number; after: number; change: number }[];
  };
  /**
   * Decision people (threading.decisionRoles) we reach through engaged people, before and after
   * the departure, over the same people (the departed excluded): losing the only path to an
   * economic buyer shows here even when a risk component was already at its maximum.
   */
  reachability: {
    decisionPeople: number;
    reachableBefore: number;
    reachableAfter: number;
    shareBefore: number | null;
    shareAfter: number | null;
    change: number | null;
    /** Reachable before, not after: the people the departure cuts us off from. */
    cutOffIds: string[];
  };
  buildNext: BuildNextCandidate[];
  /** What the active users were ranked by: per-person product usage, else interactions. */
  activityBasis: ActivityBasis;
  /** The most active users still there, ranked (their own team included, marked). */
  activeUsers: ActiveUser[];
  successorId: string | null;
  successorInferred: boolean;
  dataGaps: string[];
}

/** Decision people reachable before and after a departure, over the same people (the departed left out). */
export function reachabilityChange(
  departedId: string,
  before: ThreadingRisk,
  after: ThreadingRisk,
): DepartureImpact['reachability'] {
  const targets = before.decisionPeople.targetIds.filter((id) => id !== departedId);
  const reachedBefore = new Set(before.decisionPeople.reachableIds);
  const reachedAfter = new Set(after.decisionPeople.reachableIds);
  const nBefore = targets.filter((id) => reachedBefore.has(id)).length;
  const nAfter = targets.filter((id) => reachedAfter.has(id)).length;
  const share = (n: number) => (targets.length === 0 ? null : round(n / targets.length));
  const shareBefore = share(nBefore);
  const shareAfter = share(nAfter);
  return {
    decisionPeople: targets.length,
    reachableBefore: nBefore,
    reachableAfter: nAfter,
    shareBefore,
    shareAfter,
    change: shareBefore === null || shareAfter === null ? null : round(shareAfter - shareBefore),
    cutOffIds: targets.filter((id) => reachedBefore.has(id) && !reachedAfter.has(id)).sort(),
  };
}

/**
 * What a departure costs: the roles it leaves empty, the open opportunities, objectives,
 * subscriptions and department whose only engaged thread it was, the change in threading risk,
 * and whom to build next. `before` and `after` are the account's threading risk with and without
 * the person on the same day.
 */
export function departureImpact(input: DepartureInput, config: DepartureConfig): DepartureImpact {
  const { departed, remaining } = input;
  const gaps: string[] = [];
  const engaged = remaining.filter((p) => p.engaged);
  const loss = (carriers: readonly PeopleOnAccount[]): ThreadLoss => {
    const remainingEngagedIds = carriers.filter((p) => p.engaged).map((p) => p.id);
    return {
      remainingEngagedIds,
      losesOnlyEngagedThread: departed.engaged && remainingEngagedIds.length === 0,
    };
  };

  const rolesEnded = departed.roles.map((role) => {
    const stillHeldByIds = remaining.filter((p) => p.roles.includes(role)).map((p) => p.id);
    return { role, stillHeldByIds, leftEmpty: stillHeldByIds.length === 0 };
  });

  const byId = new Map(remaining.map((p) => [p.id, p]));
  const opportunities = input.opportunities.flatMap((opportunity) => {
    const own = opportunity.contacts.find((c) => c.personId === departed.id);
    if (!own) return [];
    const carriers = opportunity.contacts.flatMap((c) => {
      const person = c.personId === departed.id ? undefined : byId.get(c.personId);
      return person ? [person] : [];
    });
    return [{ opportunity, contactRole: own.role, ...loss(carriers) }];
  });

  const objectives = input.objectives.map((objective) => ({
    objective,
    candidateOwnerIds: engaged
      .filter((p) => departed.department !== null && p.department === departed.department)
      .map((p) => p.id),
  }));

  const unitPeople = remaining.filter(
    (p) => departed.businessUnitId !== null && p.businessUnitId === departed.businessUnitId,
  );
  const accountLoss = loss(remaining);
  const subscriptions = input.subscriptions.flatMap((subscription): DepartureImpact['subscriptions'] => {
    if (subscription.businessUnitId === null) {
      return accountLoss.losesOnlyEngagedThread
        ? [{ subscription, scope: 'ACCOUNT' as const, ...accountLoss }]
        : [];
    }
    if (subscription.businessUnitId !== departed.businessUnitId) return [];
    return [{ subscription, scope: 'UNIT' as const, ...loss(unitPeople) }];
  });
  if (departed.businessUnitId === null)
    gaps.push(`${departed.name} belongs to no business unit in the graph`);

  let department: DepartureImpact['department'] = null;
  if (departed.department === null) {
    gaps.push(`${departed.name} has no department`);
  } else {
    const colleagues = remaining.filter((p) => p.department === departed.department);
    department = {
      name: departed.department,
      engagedBefore: colleagues.filter((p) => p.engaged).length + (departed.engaged ? 1 : 0),
      ...loss(colleagues),
    };
  }

  const next = buildNext(departed, remaining, input.namedSuccessorId, config);
  const afterByName = new Map(input.after.components.map((c) => [c.name, c.value]));
  return {
    stakeholderId: departed.id,
    rolesEnded,
    rolesLeftEmpty: rolesEnded.filter((r) => r.leftEmpty).map((r) => r.role),
    opportunities,
    objectives,
    subscriptions,
    department,
    risk: {
      before: { score: input.before.score, level: input.before.level },
      after: { score: input.after.score, level: input.after.level },
      change: round(input.after.score - input.before.score, 1),
      components: input.before.components.map((c) => {
        const after = afterByName.get(c.name) ?? c.value;
        return { name: c.name, before: c.value, after, change: round(after - c.value) };
      }),
    },
    reachability: reachabilityChange(departed.id, input.before, input.after),
    buildNext: next.candidates,
    activityBasis: next.activityBasis,
    activeUsers: next.activeUsers,
    successorId: next.successorId,
    successorInferred: next.successorInferred,
    dataGaps: [...gaps, ...next.gaps],
  };
}
