import { daysBefore, isoDate, type Clock } from '../../domain/clock';
import { NotFoundError } from '../../domain/errors';
import type { StakeholderMap, StakeholderMapEdge, StakeholderMapNode } from '../../domain/stakeholder-map';
import type { Caller } from '../../domain/tenant';
import type { TeamRole } from '../../domain/vocabulary';
import type { StakeholderMapRepository } from '../../repositories/stakeholder-map.repository';
import { orgLevels } from './org-levels';

/** How far back our team's contact counts when no window is asked for. */
export const DEFAULT_RELATIONSHIP_WINDOW_DAYS = 365;

export class StakeholderMapService {
  constructor(
    private readonly maps: StakeholderMapRepository,
    private readonly clock: Clock,
  ) {}

  /** One statement, whatever the size of the account. */
  async build(caller: Caller, accountId: string, interactionsSince?: string | null): Promise<StakeholderMap> {
    const now = this.clock();
    const since = interactionsSince ?? isoDate(daysBefore(now, DEFAULT_RELATIONSHIP_WINDOW_DAYS));
    const facts = await this.maps.facts(caller.tenantId, accountId, isoDate(now), since);
    if (!facts) throw new NotFoundError('Account', accountId);
    const { account, people, influence, relationships, coverage } = facts;

    const levels = orgLevels(people);
    const nodes: StakeholderMapNode[] = people.map((p) => ({
      id: p.id,
      side: 'CUSTOMER',
      name: p.name,
      title: p.title,
      seniority: p.seniority,
      department: p.department,
      businessUnitId: p.businessUnitId,
      status: p.status,
      level: levels.get(p.id) ?? 0,
      roles: p.roles,
      teamRoles: [],
    }));

    const team = new Map<string, StakeholderMapNode>();
    const teamNode = (id: string, name: string, title: string | null): StakeholderMapNode => {
      const node = team.get(id) ?? {
        id,
        side: 'OUR_TEAM' as const,
        name,
        title,
        seniority: null,
        department: null,
        businessUnitId: null,
        status: 'ACTIVE' as const,
        level: null,
        roles: [],
        teamRoles: [] as TeamRole[],
      };
      team.set(id, node);
      return node;
    };
    for (const c of coverage)
      teamNode(c.teamMember.id, c.teamMember.name, c.teamMember.title).teamRoles.push(c.role);
    for (const r of relationships) teamNode(r.teamMemberId, r.teamMemberName, r.teamMemberTitle);

    const known = new Set(people.map((p) => p.id));
    const edges: StakeholderMapEdge[] = [];
    for (const p of people) {
      if (p.reportsToId !== null && known.has(p.reportsToId)) {
        edges.push(edge('REPORTS_TO', p.id, p.reportsToId, 1));
      }
    }
    for (const i of influence) {
      edges.push({ ...edge('INFLUENCES', i.fromPersonId, i.toPersonId, i.weight), influenceKind: i.kind });
    }
    const busiest = Math.max(1, ...relationships.map((r) => r.interactionCount));
    for (const r of relationships) {
      edges.push({
        ...edge('RELATIONSHIP', r.teamMemberId, r.personId, r.interactionCount / busiest),
        interactionCount: r.interactionCount,
        twoWayCount: r.twoWayCount,
        lastInteractionAt: r.lastInteractionAt,
      });
    }
    return { account, interactionsSince: since, nodes: [...nodes, ...team.values()], edges };
  }
}

function edge(
  kind: StakeholderMapEdge['kind'],
  source: string,
  target: string,
  weight: number,
): StakeholderMapEdge {
  return {
    id: `${kind}:${source}->${target}`,
    kind,
    source,
    target,
    weight: Math.round(weight * 1000) / 1000,
    influenceKind: null,
    interactionCount: null,
    twoWayCount: null,
    lastInteractionAt: null,
  };
}
