/**
 * Graph questions behind single-threading risk, on plain ids: who sits under whom, who can be
 * reached, and whose departure would cut our team off from the people who decide.
 */

export interface PersonLink {
  fromId: string;
  toId: string;
}

/** Undirected adjacency over `ids`; links to anyone outside `ids` are dropped. */
export function adjacency(ids: readonly string[], links: readonly PersonLink[]): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const { fromId, toId } of links) {
    if (fromId === toId) continue;
    const from = adj.get(fromId);
    const to = adj.get(toId);
    if (!from || !to) continue;
    from.add(toId);
    to.add(fromId);
  }
  return adj;
}

/** `roots` and everyone whose reporting chain passes through one of them. */
export function subtreeOf(
  roots: readonly string[],
  reportsTo: ReadonlyMap<string, string | null>,
): Set<string> {
  const rootSet = new Set(roots);
  const inside = new Set<string>();
  for (const id of reportsTo.keys()) {
    const seen = new Set<string>();
    for (let at: string | null | undefined = id; at && !seen.has(at); at = reportsTo.get(at)) {
      seen.add(at);
      if (rootSet.has(at)) {
        inside.add(id);
        break;
      }
    }
  }
  return inside;
}

/** Everyone reachable from `sources` without passing through `removed`. */
export function reachableFrom(
  adj: ReadonlyMap<string, ReadonlySet<string>>,
  sources: Iterable<string>,
  removed: string | null = null,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...sources].filter((id) => id !== removed && adj.has(id));
  for (const id of stack) seen.add(id);
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const next of adj.get(at) ?? []) {
      if (next === removed || seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return seen;
}

export interface Cut {
  personId: string;
  /** Targets our team reaches today and would no longer reach without this person (the person excluded). */
  lostTargetIds: string[];
}

const US = '\u0000our-team';

/**
 * People whose removal disconnects our team from targets it reaches today: the articulation
 * points between a single "our team" node (linked to `sources`) and the targets, found in one
 * depth-first search (Tarjan's low-link). A target's own departure is not counted as cutting
 * itself off: that is a role left empty, not a lost path.
 */
export function cutsBetween(
  adj: ReadonlyMap<string, ReadonlySet<string>>,
  sources: readonly string[],
  targets: readonly string[],
): { reachableTargetIds: string[]; cuts: Cut[] } {
  const graph = new Map<string, ReadonlySet<string>>(adj);
  const sourceSet = new Set(sources.filter((id) => adj.has(id)));
  graph.set(US, sourceSet);
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const size = new Map<string, number>();
  const visited: string[] = [];
  /** Child subtrees that hang on their parent alone: [parent, child]. */
  const separations: [string, string][] = [];

  // Iterative DFS so a long reporting chain cannot overflow the stack.
  const stack: { id: string; parent: string | null; neighbours: Iterator<string> }[] = [];
  const enter = (id: string, parent: string | null) => {
    order.set(id, visited.length);
    low.set(id, visited.length);
    visited.push(id);
    stack.push({ id, parent, neighbours: neighboursOf(graph, id, sourceSet)[Symbol.iterator]() });
  };
  enter(US, null);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const next = frame.neighbours.next();
    if (!next.done) {
      const n = next.value;
      if (!order.has(n)) enter(n, frame.id);
      else if (n !== frame.parent) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(n)!));
      continue;
    }
    stack.pop();
    size.set(frame.id, visited.length - order.get(frame.id)!);
    if (frame.parent !== null) {
      low.set(frame.parent, Math.min(low.get(frame.parent)!, low.get(frame.id)!));
      if (frame.parent !== US && low.get(frame.id)! >= order.get(frame.parent)!) {
        separations.push([frame.parent, frame.id]);
      }
    }
  }

  const targetSet = new Set(targets);
  const reachableTargetIds = targets.filter((id) => order.has(id));
  const lost = new Map<string, Set<string>>();
  for (const [cut, child] of separations) {
    const from = order.get(child)!;
    const to = from + size.get(child)!;
    for (const id of visited.slice(from, to)) {
      if (!targetSet.has(id)) continue;
      const set = lost.get(cut) ?? new Set<string>();
      set.add(id);
      lost.set(cut, set);
    }
  }
  const cuts = [...lost.entries()]
    .map(([personId, ids]) => ({ personId, lostTargetIds: [...ids].filter((id) => id !== personId).sort() }))
    .filter((cut) => cut.lostTargetIds.length > 0)
    .sort((a, b) => b.lostTargetIds.length - a.lostTargetIds.length || a.personId.localeCompare(b.personId));
  return { reachableTargetIds, cuts };
}

function neighboursOf(
  graph: ReadonlyMap<string, ReadonlySet<string>>,
  id: string,
  sources: ReadonlySet<string>,
): Iterable<string> {
  const own = graph.get(id) ?? new Set<string>();
  // Engaged people link back to our team, which the DFS needs to see as a back edge.
  return sources.has(id) ? [...own, US] : own;
}

/**
 * Alternative routes to targets a departure would cut off: everyone still connected to one of
 * `targetIds` once `removed` is gone (the targets themselves excluded), with their distance in
 * links to the nearest target. Engaging any of them reaches the targets without `removed`.
 */
export function routesAround(
  adj: ReadonlyMap<string, ReadonlySet<string>>,
  removed: string,
  targetIds: readonly string[],
): { personId: string; distance: number }[] {
  const targets = new Set(targetIds);
  const distance = new Map<string, number>();
  let frontier = targetIds.filter((id) => id !== removed && adj.has(id));
  for (const id of frontier) distance.set(id, 0);
  for (let d = 1; frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const n of adj.get(at) ?? []) {
        if (n === removed || distance.has(n)) continue;
        distance.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return [...distance.entries()]
    .filter(([id]) => !targets.has(id))
    .map(([personId, d]) => ({ personId, distance: d }));
}
