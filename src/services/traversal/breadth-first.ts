import type { TraversalKind } from '../../domain/vocabulary';
import type { NeighbourRow } from '../../repositories/traversal.repository';

export type TraversalSide = 'CUSTOMER' | 'OUR_TEAM';

export interface TraversalLink {
  kind: TraversalKind;
  /** The link as walked: from the node nearer the start to the next one. */
  fromId: string;
  toId: string;
  /** The stored direction: who reports to, influences, or (our team member) works with whom. */
  sourceId: string;
  targetId: string;
  weight: number | null;
  interactionCount: number | null;
  lastInteractionAt: string | null;
}

export interface TraversalNode {
  id: string;
  side: TraversalSide;
  name: string;
  title: string | null;
  accountId: string | null;
  /** Hops from the start. */
  distance: number;
  /** The link it was first reached by (null for the start). */
  via: TraversalLink | null;
}

/** One breadth-first step: every neighbour of the frontier, as rows. */
export type Step = (frontier: readonly TraversalNode[]) => Promise<NeighbourRow[]>;

export const keyOf = (node: { id: string; side: TraversalSide }): string => `${node.side}:${node.id}`;

function linkOf(row: NeighbourRow): TraversalLink {
  return {
    kind: row.kind,
    fromId: row.fromId,
    toId: row.toId,
    sourceId: row.fromIsSource ? row.fromId : row.toId,
    targetId: row.fromIsSource ? row.toId : row.fromId,
    weight: row.weight,
    interactionCount: row.interactionCount,
    lastInteractionAt: row.lastInteractionAt,
  };
}

/** The side of the node a row starts from: its neighbour is the other side only for WORKS_WITH_TEAM. */
function fromSide(row: NeighbourRow): TraversalSide {
  if (row.kind !== 'WORKS_WITH_TEAM') return row.side;
  return row.side === 'OUR_TEAM' ? 'CUSTOMER' : 'OUR_TEAM';
}

function nodeOf(row: NeighbourRow, distance: number): TraversalNode {
  return {
    id: row.toId,
    side: row.side,
    name: row.name,
    title: row.title,
    accountId: row.accountId,
    distance,
    via: linkOf(row),
  };
}

/**
 * Everyone within `depth` hops of the start, each once at their smallest distance, reached by
 * the first link found (rows come ordered, so the answer is stable). Stops growing at `maxNodes`
 * and says so.
 */
export async function neighbourhood(
  start: TraversalNode,
  depth: number,
  maxNodes: number,
  step: Step,
): Promise<{ nodes: TraversalNode[]; truncated: boolean }> {
  const seen = new Map<string, TraversalNode>([[keyOf(start), start]]);
  let frontier: TraversalNode[] = [start];
  let truncated = false;
  for (let distance = 1; distance <= depth && frontier.length > 0 && !truncated; distance += 1) {
    const rows = await step(frontier);
    const sides = new Map(frontier.map((n) => [n.id, n.side]));
    const next: TraversalNode[] = [];
    for (const row of rows) {
      if (sides.get(row.fromId) !== fromSide(row)) continue;
      const node = nodeOf(row, distance);
      if (seen.has(keyOf(node))) continue;
      if (seen.size - 1 >= maxNodes) {
        truncated = true;
        break;
      }
      seen.set(keyOf(node), node);
      next.push(node);
    }
    frontier = next;
  }
  seen.delete(keyOf(start));
  return { nodes: [...seen.values()], truncated };
}

interface Visit {
  node: TraversalNode;
  parent: string | null;
  link: TraversalLink | null;
}

/**
 * A fewest-hops path between two nodes, searched from both ends at once (the smaller frontier
 * grows first), at most `maxLength` hops: one query per level grown. Null when there is none within that length.
 */
export async function shortestPath(
  from: TraversalNode,
  to: TraversalNode,
  maxLength: number,
  step: Step,
): Promise<{ nodes: TraversalNode[]; links: TraversalLink[] } | null> {
  if (keyOf(from) === keyOf(to)) return { nodes: [from], links: [] };
  const forward = new Map<string, Visit>([[keyOf(from), { node: from, parent: null, link: null }]]);
  const backward = new Map<string, Visit>([[keyOf(to), { node: to, parent: null, link: null }]]);
  let forwardFrontier = [from];
  let backwardFrontier = [to];
  let forwardLevels = 0;
  let backwardLevels = 0;
  for (let hops = 0; hops < maxLength; hops += 1) {
    if (forwardFrontier.length === 0 || backwardFrontier.length === 0) return null;
    // The smaller frontier grows; on a tie, the side that has grown fewer levels.
    const growForward =
      forwardFrontier.length < backwardFrontier.length ||
      (forwardFrontier.length === backwardFrontier.length && forwardLevels <= backwardLevels);
    const [visits, others, frontier] = growForward
      ? [forward, backward, forwardFrontier]
      : [backward, forward, backwardFrontier];
    const rows = await step(frontier);
    const sides = new Map(frontier.map((n) => [n.id, n.side]));
    const next: TraversalNode[] = [];
    let meeting: string | null = null;
    for (const row of rows) {
      if (sides.get(row.fromId) !== fromSide(row)) continue;
      const node = nodeOf(row, 0);
      const key = keyOf(node);
      if (visits.has(key)) continue;
      visits.set(key, { node, parent: keyOf({ id: row.fromId, side: fromSide(row) }), link: node.via });
      next.push(node);
      if (meeting === null && others.has(key)) meeting = key;
    }
    if (meeting !== null) return joinPath(meeting, forward, backward);
    if (growForward) {
      forwardFrontier = next;
      forwardLevels += 1;
    } else {
      backwardFrontier = next;
      backwardLevels += 1;
    }
  }
  return null;
}

function chainTo(key: string, visits: Map<string, Visit>): Visit[] {
  const chain: Visit[] = [];
  for (let at: string | null = key; at !== null;) {
    const visit: Visit = visits.get(at)!;
    chain.push(visit);
    at = visit.parent;
  }
  return chain;
}

/** Start … meeting point … end, with each link turned to point along the path. */
function joinPath(
  meeting: string,
  forward: Map<string, Visit>,
  backward: Map<string, Visit>,
): { nodes: TraversalNode[]; links: TraversalLink[] } {
  const head = chainTo(meeting, forward).reverse(); // start … meeting
  const tail = chainTo(meeting, backward); // meeting … end
  const visits = [...head, ...tail.slice(1)];
  const nodes = visits.map((v, i) => ({ ...v.node, distance: i, via: null }));
  const links: TraversalLink[] = [];
  for (let i = 1; i < visits.length; i += 1) {
    // Forward visits hold the link that reached them; backward ones the link to their parent.
    const link = i < head.length ? head[i]!.link! : tail[i - head.length]!.link!;
    links.push({ ...link, fromId: nodes[i - 1]!.id, toId: nodes[i]!.id });
  }
  return { nodes: nodes.map((n, i) => ({ ...n, via: i === 0 ? null : links[i - 1]! })), links };
}
