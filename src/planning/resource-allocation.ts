import type { PlanConfig } from '../config/analytics/plan';
import type { PlaysConfig } from '../config/analytics/plays';
import { EXPANSION_TYPES, type ExpansionType, type TeamRole } from '../domain/vocabulary';
import { ownerFor, type PlayOwner, type TeamCover } from '../scoring/play-steps';

/** A RACI letter filled by a role on our account team, and who covers it on this account. */
export interface RaciAssignee {
  role: TeamRole;
  /** Null when nobody covers the account in the role or any of its fallbacks. */
  teamMember: PlayOwner | null;
}

export interface RaciEntry {
  expansionType: ExpansionType;
  responsible: RaciAssignee;
  accountable: RaciAssignee;
  consulted: RaciAssignee[];
  informed: RaciAssignee[];
  /** The account's opportunities of this type, and their size in money. */
  opportunityIds: string[];
  pipelineValue: number;
}

/** What one member of our team carries on the account over the plan's horizon. */
export interface TeamLoad {
  teamMember: TeamCover;
  /** Expansion types they are Responsible or Accountable for that have opportunities. */
  leads: ExpansionType[];
  playSteps: number;
  touchpoints: number;
}

export interface ResourceAllocation {
  raci: RaciEntry[];
  team: TeamLoad[];
  /** RACI letters nobody on the account can fill. */
  gaps: string[];
}

export interface AllocationInput {
  team: readonly TeamCover[];
  opportunities: readonly { id: string; expansionType: ExpansionType; size: number | null }[];
  /** Owners of the plays' steps and of the calendar's touchpoints, by team member id. */
  playStepOwners: readonly string[];
  touchpointOwners: readonly string[];
}

/**
 * The expansion playbook's RACI per expansion type, resolved to the people who cover this account
 * (a role nobody covers falls back as plays do), and what each member of the team carries.
 */
export function resourceAllocation(
  input: AllocationInput,
  config: PlanConfig,
  fallbacks: PlaysConfig['ownerFallbacks'],
): ResourceAllocation {
  const gaps: string[] = [];
  const assign = (type: ExpansionType, letter: string, role: TeamRole): RaciAssignee => {
    const teamMember = ownerFor(role, input.team, fallbacks);
    if (teamMember === null) gaps.push(`${type}: nobody covers the account as ${role} (${letter})`);
    return { role, teamMember };
  };
  const raci = EXPANSION_TYPES.map((type): RaciEntry => {
    const r = config.raci[type];
    const mine = input.opportunities.filter((o) => o.expansionType === type);
    return {
      expansionType: type,
      responsible: assign(type, 'responsible', r.responsible),
      accountable: assign(type, 'accountable', r.accountable),
      consulted: r.consulted.map((role) => assign(type, 'consulted', role)),
      informed: r.informed.map((role) => assign(type, 'informed', role)),
      opportunityIds: mine.map((o) => o.id),
      pipelineValue: mine.reduce((sum, o) => sum + (o.size ?? 0), 0),
    };
  });
  const count = (ids: readonly string[], id: string) => ids.filter((x) => x === id).length;
  const team = [...input.team]
    .sort((a, b) => a.role.localeCompare(b.role) || a.teamMemberId.localeCompare(b.teamMemberId))
    .map((member) => ({
      teamMember: member,
      leads: raci
        .filter(
          (e) =>
            e.opportunityIds.length > 0 &&
            [e.responsible, e.accountable].some((a) => a.teamMember?.teamMemberId === member.teamMemberId),
        )
        .map((e) => e.expansionType),
      playSteps: count(input.playStepOwners, member.teamMemberId),
      touchpoints: count(input.touchpointOwners, member.teamMemberId),
    }));
  return { raci, team, gaps: [...new Set(gaps)] };
}
