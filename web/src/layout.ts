// Turns the stakeholder map into positioned boxes and routed lines with elkjs (layered, top-down):
// managers above their reports, people grouped by business unit. Our team sits in a row above.
// Only reporting lines shape the layout: influence and our team's links cut across the org chart
// and would pull it out of shape, so they are drawn afterwards between the boxes they join.
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { MapEdge, MapNode } from './queries';

export const PERSON_WIDTH = 200;
export const PERSON_HEIGHT = 70;
const GROUP_HEADER = 28;
/** Reports who manage nobody are stacked when a manager has more than STACK_FROM of them in a unit… */
const STACK_FROM = 1;
/** …in columns of at most this many. */
const STACK = 4;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedGroup extends Box {
  id: string;
  label: string;
  collapsed: boolean;
  /** People in the group (all of them, drawn or not). */
  size: number;
}

export interface PlacedEdge {
  id: string;
  kind: MapEdge['kind'];
  points: { x: number; y: number }[];
  edge: MapEdge;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, Box>;
  /** Where each person of the map is drawn: their own box, or the box standing in for them. */
  placeOf: Map<string, Box>;
  groups: PlacedGroup[];
  edges: PlacedEdge[];
}

export interface LayoutInput {
  nodes: MapNode[];
  edges: MapEdge[];
  unitNames: Map<string, string>;
  /** Business-unit group ids drawn as one box. */
  collapsedGroups: ReadonlySet<string>;
  /** People below this org-chart level are folded into their group (null: show every level). */
  maxLevel: number | null;
}

export const TEAM_GROUP = 'group:our-team';
const NO_UNIT_GROUP = 'group:no-unit';

export function groupOf(node: MapNode): string {
  if (node.side === 'OUR_TEAM') return TEAM_GROUP;
  return node.businessUnitId ? `group:${node.businessUnitId}` : NO_UNIT_GROUP;
}

/** Whether a node is drawn as a box of its own (not folded into a collapsed unit or level). */
export function isShown(node: MapNode, input: Pick<LayoutInput, 'collapsedGroups' | 'maxLevel'>): boolean {
  if (node.side === 'OUR_TEAM') return true;
  if (input.collapsedGroups.has(groupOf(node))) return false;
  return input.maxLevel === null || node.level === null || node.level <= input.maxLevel;
}

function groupLabel(id: string, unitNames: Map<string, string>): string {
  if (id === TEAM_GROUP) return 'Our team';
  if (id === NO_UNIT_GROUP) return 'No business unit';
  return unitNames.get(id.slice('group:'.length)) ?? id.slice('group:'.length);
}

const elk = new ELK();

export async function layoutMap(input: LayoutInput): Promise<Layout> {
  const members = new Map<string, MapNode[]>();
  for (const node of input.nodes) {
    const group = groupOf(node);
    members.set(group, [...(members.get(group) ?? []), node]);
  }
  // A hidden person's lines attach to the box that stands for them: their collapsed unit, or
  // (folded by level) their nearest shown manager, else their unit.
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const managerOf = new Map<string, string>();
  for (const e of input.edges) if (e.kind === 'REPORTS_TO') managerOf.set(e.source, e.target);
  const standIn = (id: string): string | null => {
    let current = byId.get(id);
    const seen = new Set<string>();
    while (current && !isShown(current, input) && !seen.has(current.id)) {
      seen.add(current.id);
      if (input.collapsedGroups.has(groupOf(current))) return groupOf(current);
      const manager = managerOf.get(current.id);
      current = manager ? byId.get(manager) : undefined;
    }
    return current && isShown(current, input) ? current.id : null;
  };

  const team = members.get(TEAM_GROUP) ?? [];
  members.delete(TEAM_GROUP);
  const children: ElkNode[] = [...members.entries()].map(([group, people]) => {
    const collapsed = input.collapsedGroups.has(group);
    return {
      id: group,
      labels: [{ text: groupLabel(group, input.unitNames) }],
      ...(collapsed
        ? { width: PERSON_WIDTH, height: 54 }
        : {
            layoutOptions: { 'elk.padding': `[top=${GROUP_HEADER + 8},left=12,bottom=12,right=12]` },
            children: people
              .filter((p) => isShown(p, input))
              .map((p) => ({ id: p.id, width: PERSON_WIDTH, height: PERSON_HEIGHT })),
          }),
    };
  });

  // Reporting lines between the boxes drawn (a folded person's line goes to whoever stands in).
  const lines: { edge: MapEdge; manager: string; report: string }[] = [];
  const seenPairs = new Set<string>();
  for (const e of input.edges) {
    if (e.kind !== 'REPORTS_TO') continue;
    const manager = standIn(e.target);
    const report = standIn(e.source);
    if (!manager || !report || manager === report || seenPairs.has(`${manager}>${report}`)) continue;
    seenPairs.add(`${manager}>${report}`);
    lines.push({ edge: e, manager, report });
  }
  // A flat team would make one very wide row: a manager's reports who manage nobody are stacked
  // in columns of at most STACK (per unit), each column a chain of layout-only edges, and drawn
  // with a spine from the column's head, as printed org charts list them.
  const managesSomeone = new Set(lines.map((l) => l.manager));
  const leafSets = new Map<string, typeof lines>();
  for (const line of lines) {
    if (managesSomeone.has(line.report) || !byId.has(line.report)) continue;
    const key = `${line.manager}|${groupOf(byId.get(line.report)!)}`;
    leafSets.set(key, [...(leafSets.get(key) ?? []), line]);
  }
  const stackedUnder = new Map<string, string>(); // report -> head of its column
  const elkEdges: ElkExtendedEdge[] = [];
  for (const set of leafSets.values()) {
    if (set.length <= STACK_FROM) continue;
    const columns = Math.ceil(set.length / STACK);
    const perColumn = Math.ceil(set.length / columns);
    for (let c = 0; c < columns; c += 1) {
      const column = set.slice(c * perColumn, (c + 1) * perColumn);
      column.forEach((line, i) => {
        if (i === 0) return;
        stackedUnder.set(line.report, column[0]!.report);
        elkEdges.push({
          id: `stack:${line.report}`,
          sources: [column[i - 1]!.report],
          targets: [line.report],
        });
      });
    }
  }
  const laidOut: MapEdge[] = [];
  for (const line of lines) {
    if (stackedUnder.has(line.report)) continue;
    // Managers above reports: the layered direction runs from the manager to the report.
    elkEdges.push({ id: line.edge.id, sources: [line.manager], targets: [line.report] });
    laidOut.push(line.edge);
  }

  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      'elk.spacing.componentComponent': '40',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children,
    edges: elkEdges,
  };
  const graph = await elk.layout(root);

  // Our team in one row above the chart, centred.
  const teamWidth = team.length * (PERSON_WIDTH + 16) - 16 + 24;
  const width = Math.max(graph.width ?? 0, teamWidth + 32);
  const teamHeight = team.length ? PERSON_HEIGHT + GROUP_HEADER + 20 : 0;
  const dy = team.length ? 16 + teamHeight + 24 : 0;
  const dx = (width - (graph.width ?? 0)) / 2;
  const nodes = new Map<string, Box>();
  const groups: PlacedGroup[] = [];
  if (team.length) {
    const x0 = (width - teamWidth) / 2;
    groups.push({
      id: TEAM_GROUP,
      label: groupLabel(TEAM_GROUP, input.unitNames),
      collapsed: false,
      size: team.length,
      x: x0,
      y: 16,
      width: teamWidth,
      height: teamHeight,
    });
    team.forEach((member, i) => {
      const x = x0 + 12 + i * (PERSON_WIDTH + 16);
      nodes.set(member.id, { x, y: 16 + GROUP_HEADER + 8, width: PERSON_WIDTH, height: PERSON_HEIGHT });
    });
  }
  for (const group of graph.children ?? []) {
    groups.push({
      id: group.id,
      label: groupLabel(group.id, input.unitNames),
      collapsed: input.collapsedGroups.has(group.id),
      size: members.get(group.id)?.length ?? 0,
      x: (group.x ?? 0) + dx,
      y: (group.y ?? 0) + dy,
      width: group.width ?? 0,
      height: group.height ?? 0,
    });
    for (const child of group.children ?? []) {
      const box = { width: child.width ?? 0, height: child.height ?? 0 };
      nodes.set(child.id, { x: (child.x ?? 0) + dx, y: (child.y ?? 0) + dy, ...box });
    }
  }
  const edgeById = new Map(laidOut.map((e) => [e.id, e]));
  const edges: PlacedEdge[] = [];
  const collect = (n: ElkNode) => {
    for (const e of n.edges ?? []) {
      const edge = edgeById.get(e.id);
      if (!edge) continue;
      const points = (e.sections ?? [])
        .flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint])
        .map((p) => ({ x: p.x + dx, y: p.y + dy }));
      edges.push({ id: e.id, kind: edge.kind, points, edge });
    }
    for (const c of n.children ?? []) collect(c);
  };
  collect(graph);
  // The spine of each stacked column: from its head down the left side to each member.
  for (const [report, head] of stackedUnder) {
    const a = nodes.get(head);
    const b = nodes.get(report);
    const line = lines.find((l) => l.report === report);
    if (!a || !b || !line) continue;
    const x = a.x - 10;
    edges.push({
      id: `spine:${report}`,
      kind: 'REPORTS_TO',
      points: [
        { x: a.x, y: a.y + 14 },
        { x, y: a.y + 14 },
        { x, y: b.y + 14 },
        { x: b.x, y: b.y + 14 },
      ],
      edge: line.edge,
    });
  }
  const placeOf = new Map<string, Box>();
  for (const node of input.nodes) {
    const at = standIn(node.id);
    const box = at ? (nodes.get(at) ?? groups.find((g) => g.id === at)) : undefined;
    if (box) placeOf.set(node.id, box);
  }
  return { width, height: (graph.height ?? 0) + dy, nodes, placeOf, groups, edges };
}
