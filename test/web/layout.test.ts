import { layoutMap, type LayoutInput } from '../../web/src/layout';
import type { MapEdge, MapNode } from '../../web/src/queries';

function person(
  id: string,
  unit: string | null,
  level: number,
  status: 'ACTIVE' | 'DEPARTED' = 'ACTIVE',
): MapNode {
  return {
    id,
    side: 'CUSTOMER',
    name: id,
    title: null,
    department: null,
    businessUnitId: unit,
    status,
    level,
    roles: [],
    teamRoles: [],
  };
}

function reportsTo(report: string, manager: string): MapEdge {
  return {
    id: `${report}>${manager}`,
    kind: 'REPORTS_TO',
    source: report,
    target: manager,
    weight: 1,
    influenceKind: null,
    interactionCount: null,
    lastInteractionAt: null,
  };
}

/** A CEO with a VP in unit u1 and six analysts (who manage nobody) under the VP; one of our team. */
function input(overrides: Partial<LayoutInput> = {}): LayoutInput {
  const analysts = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
  return {
    nodes: [
      person('ceo', null, 1),
      person('vp', 'u1', 2),
      ...analysts.map((a) => person(a, 'u1', 3)),
      { ...person('tm', null, 0), side: 'OUR_TEAM', level: null, teamRoles: ['CSM'] },
    ],
    edges: [reportsTo('vp', 'ceo'), ...analysts.map((a) => reportsTo(a, 'vp'))],
    unitNames: new Map([['u1', 'Operations']]),
    collapsedGroups: new Set(),
    maxLevel: null,
    ...overrides,
  };
}

describe('stakeholder map layout', () => {
  it('places every person, managers above reports, our team on top, units as groups', async () => {
    const layout = await layoutMap(input());
    expect([...layout.nodes.keys()].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'ceo', 'tm', 'vp']);
    const at = (id: string) => layout.nodes.get(id)!;
    expect(at('ceo').y).toBeLessThan(at('vp').y);
    expect(at('vp').y).toBeLessThan(at('a1').y);
    expect(at('tm').y).toBeLessThan(at('ceo').y);
    const unit = layout.groups.find((g) => g.id === 'group:u1')!;
    expect(unit.label).toBe('Operations');
    for (const id of ['vp', 'a1', 'a6']) {
      expect(at(id).x).toBeGreaterThanOrEqual(unit.x);
      expect(at(id).x + at(id).width).toBeLessThanOrEqual(unit.x + unit.width);
    }
  });

  it('stacks six reports who manage nobody in two columns rather than one row of six', async () => {
    const layout = await layoutMap(input());
    const xs = new Set(['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((a) => layout.nodes.get(a)!.x));
    expect(xs.size).toBe(2);
    // Each of the six still has its reporting line drawn (routed, or along its column's spine).
    const lines = layout.edges.filter((e) => e.kind === 'REPORTS_TO').map((e) => e.edge.source);
    expect(lines.sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'vp']);
  });

  it('folds a collapsed unit into one box that stands in for its people', async () => {
    const layout = await layoutMap(input({ collapsedGroups: new Set(['group:u1']) }));
    expect([...layout.nodes.keys()].sort()).toEqual(['ceo', 'tm']);
    const unit = layout.groups.find((g) => g.id === 'group:u1')!;
    expect(unit.collapsed).toBe(true);
    expect(unit.size).toBe(7);
    expect(layout.placeOf.get('a3')).toBe(unit);
    expect(layout.placeOf.get('ceo')).toBe(layout.nodes.get('ceo'));
  });

  it('folds people below the chosen level into their manager', async () => {
    const layout = await layoutMap(input({ maxLevel: 2 }));
    expect(layout.nodes.has('a1')).toBe(false);
    expect(layout.placeOf.get('a1')).toBe(layout.nodes.get('vp'));
  });
});
