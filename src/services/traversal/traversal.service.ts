import { TRAVERSAL_HARD_LIMITS, type TraversalConfig } from '../../config/analytics/traversal';
import { BadInputError } from '../../domain/errors';
import type { Page, Stakeholder } from '../../domain/read-models';
import type { Caller } from '../../domain/tenant';
import { TRAVERSAL_KINDS, type TraversalKind } from '../../domain/vocabulary';
import type { TraversalRepository } from '../../repositories/traversal.repository';
import { pageInMemory } from '../pagination/in-memory-page';
import type { StakeholderService } from '../stakeholders/stakeholder.service';
import {
  keyOf,
  neighbourhood,
  shortestPath,
  type Step,
  type TraversalLink,
  type TraversalNode,
} from './breadth-first';
import { influenceReach, strongestChains, type ReachedPerson, type ScoredChain } from './influence-chains';

export interface NeighbourhoodResult {
  start: TraversalNode;
  depth: number;
  kinds: TraversalKind[];
  /** True when the neighbourhood reached `maxNodes` and stopped growing. */
  truncated: boolean;
  page: Page<TraversalNode>;
}

export interface ShortestPathResult {
  kinds: TraversalKind[];
  maxLength: number;
  found: boolean;
  hops: number | null;
  nodes: TraversalNode[];
  links: TraversalLink[];
}

export interface StrongestPathResult {
  maxLength: number;
  paths: ScoredChain[];
}

export interface InfluenceReachResult {
  start: TraversalNode;
  depth: number;
  hopDecay: number;
  minStrength: number;
  page: Page<ReachedPerson>;
}

/**
 * Bounded traversals for analysts. Each step is one Cypher query run under the traversal time
 * limit; depth and path length are capped by configuration and by the Cypher files themselves.
 */
export class TraversalService {
  constructor(
    private readonly traversals: TraversalRepository,
    private readonly stakeholders: StakeholderService,
    private readonly config: TraversalConfig,
  ) {}

  async neighbourhood(
    caller: Caller,
    input: {
      personId: string;
      depth: number;
      kinds?: readonly TraversalKind[] | null;
      first: number;
      after?: string | null;
    },
  ): Promise<NeighbourhoodResult> {
    this.checkDepth(input.depth);
    const kinds = this.kindsOf(input.kinds);
    const start = startNode(await this.stakeholders.get(caller, input.personId));
    const step = this.step(caller, kinds);
    const { nodes, truncated } = await neighbourhood(start, input.depth, this.config.maxNodes, step);
    const ordered = nodes.sort((a, b) => a.distance - b.distance || keyOf(a).localeCompare(keyOf(b)));
    return {
      start,
      depth: input.depth,
      kinds,
      truncated: truncated || step.capped(),
      page: pageInMemory(ordered, input.first, input.after, keyOf, (n) => n.distance),
    };
  }

  async shortestPath(
    caller: Caller,
    input: { fromId: string; toId: string; kinds?: readonly TraversalKind[] | null },
  ): Promise<ShortestPathResult> {
    const kinds = this.kindsOf(input.kinds);
    const [from, to] = await Promise.all([
      this.stakeholders.get(caller, input.fromId),
      this.stakeholders.get(caller, input.toId),
    ]);
    const maxLength = this.config.maxPathLength;
    const path = await shortestPath(startNode(from), startNode(to), maxLength, this.step(caller, kinds));
    return {
      kinds,
      maxLength,
      found: path !== null,
      hops: path === null ? null : path.links.length,
      nodes: path?.nodes ?? [],
      links: path?.links ?? [],
    };
  }

  async strongestPath(
    caller: Caller,
    input: { fromId: string; toId: string; first: number },
  ): Promise<StrongestPathResult> {
    await Promise.all([
      this.stakeholders.get(caller, input.fromId),
      this.stakeholders.get(caller, input.toId),
    ]);
    const maxLength = Math.min(this.config.maxInfluenceChain, TRAVERSAL_HARD_LIMITS.influenceChain);
    const chains = await this.traversals.influencePaths(caller.tenantId, input.fromId, input.toId, maxLength);
    return { maxLength, paths: strongestChains(chains, input.first) };
  }

  async influenceReach(
    caller: Caller,
    input: { personId: string; depth: number; first: number; after?: string | null },
  ): Promise<InfluenceReachResult> {
    this.checkDepth(input.depth);
    const start = startNode(await this.stakeholders.get(caller, input.personId));
    const chains = await this.traversals.influenceReach(caller.tenantId, input.personId, input.depth);
    const { hopDecay, minReachStrength } = this.config;
    const reached = influenceReach(chains, hopDecay, minReachStrength);
    return {
      start,
      depth: input.depth,
      hopDecay,
      minStrength: minReachStrength,
      page: pageInMemory(
        reached,
        input.first,
        input.after,
        (r) => r.personId,
        (r) => r.strength,
      ),
    };
  }

  private checkDepth(depth: number): void {
    const max = Math.min(this.config.maxDepth, TRAVERSAL_HARD_LIMITS.depth);
    if (!Number.isInteger(depth) || depth < 1 || depth > max) {
      throw new BadInputError(`depth must be between 1 and ${max}`, { field: 'depth' });
    }
  }

  private kindsOf(kinds: readonly TraversalKind[] | null | undefined): TraversalKind[] {
    if (kinds === null || kinds === undefined) return [...TRAVERSAL_KINDS];
    if (kinds.length === 0) throw new BadInputError('kinds must name at least one kind', { field: 'kinds' });
    return TRAVERSAL_KINDS.filter((k) => kinds.includes(k));
  }

  /** A step that also tells whether any query hit its row limit (the answer is then incomplete). */
  private step(caller: Caller, kinds: readonly TraversalKind[]): Step & { capped(): boolean } {
    // A step returns rows, not people: a frontier's rows may repeat people, hence the margin.
    const limit = this.config.maxNodes * 5;
    let capped = false;
    const step: Step = async (frontier) => {
      const rows = await this.traversals.neighbours(
        caller.tenantId,
        {
          personIds: frontier.filter((n) => n.side === 'CUSTOMER').map((n) => n.id),
          teamMemberIds: frontier.filter((n) => n.side === 'OUR_TEAM').map((n) => n.id),
        },
        kinds,
        limit,
      );
      if (rows.length >= limit) capped = true;
      return rows;
    };
    return Object.assign(step, { capped: () => capped });
  }
}

function startNode(person: Stakeholder): TraversalNode {
  return {
    id: person.id,
    side: 'CUSTOMER',
    name: person.name,
    title: person.title,
    accountId: person.accountId,
    distance: 0,
    via: null,
  };
}
