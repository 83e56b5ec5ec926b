// The stakeholder map as an SVG org chart: people boxes by reporting line inside their business
// unit, our team's links coloured by relationship strength, influence as dashed curves. Drawn
// with presentation attributes (not CSS classes) so that an exported SVG/PNG looks the same.
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type WheelEvent,
} from 'react';
import { ROLE_BADGES, TEAM_BADGES, strengthColour, STRENGTH_LEGEND, roleLabel } from './format';
import { isShown, layoutMap, PERSON_HEIGHT, PERSON_WIDTH, TEAM_GROUP, type Layout } from './layout';
import { downloadPng, downloadSvg } from './export';
import type { MapEdge, MapNode } from './queries';

export interface OrgChartProps {
  accountName: string;
  nodes: MapNode[];
  edges: MapEdge[];
  unitNames: Map<string, string>;
  /** Best relationship strength (0–100) our team has with each person. */
  strength: Map<string, number>;
  departedAt: Map<string, string>;
  critical: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

interface View {
  x: number;
  y: number;
  k: number;
}

const MAX_LEVEL_CHOICES = [1, 2, 3, 4, 5];

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

function activate(handler: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      handler();
    }
  };
}

export function OrgChart(props: OrgChartProps) {
  const { nodes, edges, unitNames } = props;
  const customerCount = nodes.filter((n) => n.side === 'CUSTOMER').length;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [maxLevel, setMaxLevel] = useState<number | null>(null);
  const [showInfluence, setShowInfluence] = useState(true);
  const [showLinks, setShowLinks] = useState(false);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);

  useEffect(() => {
    let live = true;
    layoutMap({ nodes, edges, unitNames, collapsedGroups: collapsed, maxLevel })
      .then((l) => live && setLayout(l))
      .catch((e: unknown) => live && setLayoutError(String(e)));
    return () => {
      live = false;
    };
  }, [nodes, edges, unitNames, collapsed, maxLevel]);

  const [canvasHeight, setCanvasHeight] = useState<number | null>(null);
  // Fit the whole picture; the canvas is only as tall as a picture fitted to its width needs,
  // between 360 px and the window's height, so a wide org chart leaves no empty band.
  const fit = () => {
    const svg = svgRef.current;
    if (!svg || !layout) return;
    const { width } = svg.getBoundingClientRect();
    const kWidth = Math.min(1.2, width / Math.max(layout.width, 1));
    const height = Math.min(
      Math.max(360, window.innerHeight - 320),
      Math.max(360, layout.height * kWidth + 24),
    );
    const k = Math.min(kWidth, (height - 12) / Math.max(layout.height, 1));
    setCanvasHeight(height);
    setView({ k, x: (width - layout.width * k) / 2, y: (height - layout.height * k) / 2 });
  };
  // Fit whenever the picture changes shape.
  useEffect(fit, [layout]);

  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const levels = useMemo(() => Math.max(0, ...nodes.map((n) => n.level ?? 0)), [nodes]);

  const zoom = (factor: number, cx?: number, cy?: number) => {
    const svg = svgRef.current;
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    const px = cx ?? rect.width / 2;
    const py = cy ?? rect.height / 2;
    setView((v) => {
      const k = Math.min(4, Math.max(0.1, v.k * factor));
      return { k, x: px - ((px - v.x) * k) / v.k, y: py - ((py - v.y) * k) / v.k };
    });
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - rect.left, e.clientY - rect.top);
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest('[data-person-id],[data-group-toggle]')) return;
    drag.current = { x: e.clientX, y: e.clientY, view };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    setView({ ...start.view, x: start.view.x + e.clientX - start.x, y: start.view.y + e.clientY - start.y });
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const toggleGroup = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const unitGroups = layout?.groups.filter((g) => g.id !== TEAM_GROUP) ?? [];

  const exportName = props.accountName.replace(/[^\w-]+/g, '-').toLowerCase();
  const exportSvg = () =>
    svgRef.current && layout && downloadSvg(svgRef.current, layout, `${exportName}-stakeholder-map.svg`);
  const exportPng = () =>
    svgRef.current && layout && void downloadPng(svgRef.current, layout, `${exportName}-stakeholder-map.png`);

  const center = (id: string) => {
    const box = layout?.placeOf.get(id);
    return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
  };

  return (
    <section className="chart" aria-label="Stakeholder map">
      <div className="chart-toolbar" role="toolbar" aria-label="Map controls">
        <button type="button" onClick={() => zoom(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={fit}>
          Fit
        </button>
        <label>
          Levels
          <select
            value={maxLevel ?? ''}
            onChange={(e) => setMaxLevel(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">all</option>
            {MAX_LEVEL_CHOICES.filter((l) => l < levels).map((l) => (
              <option key={l} value={l}>
                top {l}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setCollapsed(new Set(unitGroups.map((g) => g.id)))}>
          Collapse units
        </button>
        <button type="button" onClick={() => setCollapsed(new Set())}>
          Expand units
        </button>
        <label>
          <input
            type="checkbox"
            checked={showInfluence}
            onChange={(e) => setShowInfluence(e.target.checked)}
          />
          Influence
        </label>
        <label>
          <input type="checkbox" checked={showLinks} onChange={(e) => setShowLinks(e.target.checked)} />
          All our team's links
        </label>
        <span className="spacer" />
        <button type="button" onClick={exportSvg}>
          Download SVG
        </button>
        <button type="button" onClick={exportPng}>
          Download PNG
        </button>
      </div>
      <div className="legend" aria-label="Legend">
        <span>Strength of our best link:</span>
        {STRENGTH_LEGEND.map((l) => (
          <span key={l.label} className="legend-item">
            <span className="swatch" style={{ background: l.colour }} /> {l.label}
          </span>
        ))}
        <span className="legend-item">
          <span className="swatch critical" /> critical (their loss cuts us off)
        </span>
        <span className="legend-item">
          <span className="swatch departed" /> departed
        </span>
        <span className="legend-item">
          <span className="line influence" /> influence
        </span>
        <span className="legend-item">
          {Object.values(ROLE_BADGES)
            .map((b) => `${b.short} ${b.label}`)
            .join(' · ')}
        </span>
      </div>
      {layoutError && <p className="error">Could not lay the map out: {layoutError}</p>}
      <svg
        ref={svgRef}
        className="chart-canvas"
        style={canvasHeight === null ? undefined : { height: canvasHeight }}
        role="group"
        aria-label={`Stakeholder map of ${props.accountName}: ${customerCount} people`}
        data-layout-ready={layout ? 'true' : 'false'}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        xmlns="http://www.w3.org/2000/svg"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      >
        <defs>
          <marker
            id="arrow-influence"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#7c4dbd" />
          </marker>
        </defs>
        {layout && (
          <g data-content="" transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
            <rect
              data-export-background=""
              x={0}
              y={0}
              width={layout.width}
              height={layout.height}
              fill="#ffffff"
            />
            {layout.groups.map((g) => (
              <g key={g.id} data-group-id={g.id}>
                <rect
                  x={g.x}
                  y={g.y}
                  width={g.width}
                  height={g.height}
                  rx={8}
                  fill={g.id === TEAM_GROUP ? '#eef4ff' : '#f6f7f9'}
                  stroke="#d5dae1"
                />
                <text x={g.x + 10} y={g.y + 19} fontSize={13} fontWeight={600} fill="#3b4554">
                  {truncate(g.label, Math.max(8, Math.floor(g.width / 8) - 6))}
                  {g.collapsed ? '' : ` · ${g.size}`}
                </text>
                {g.id !== TEAM_GROUP && (
                  <g
                    data-group-toggle={g.id}
                    role="button"
                    tabIndex={0}
                    aria-label={`${g.collapsed ? 'Expand' : 'Collapse'} ${g.label} (${g.size} people)`}
                    aria-expanded={!g.collapsed}
                    className="focusable"
                    onClick={() => toggleGroup(g.id)}
                    onKeyDown={activate(() => toggleGroup(g.id))}
                    cursor="pointer"
                  >
                    {g.collapsed ? (
                      <>
                        <rect x={g.x} y={g.y} width={g.width} height={g.height} rx={8} fill="transparent" />
                        <text x={g.x + 10} y={g.y + 40} fontSize={12} fill="#1f6feb">
                          {g.size} people · expand
                        </text>
                      </>
                    ) : (
                      <>
                        <rect
                          x={g.x + g.width - 26}
                          y={g.y + 6}
                          width={20}
                          height={18}
                          rx={4}
                          fill="#e3e7ed"
                        />
                        <text
                          x={g.x + g.width - 16}
                          y={g.y + 20}
                          fontSize={14}
                          textAnchor="middle"
                          fill="#3b4554"
                        >
                          −
                        </text>
                      </>
                    )}
                  </g>
                )}
              </g>
            ))}
            {layout.edges.map((e) => (
              <path
                key={e.id}
                data-edge-kind="REPORTS_TO"
                d={pathOf(e.points)}
                fill="none"
                stroke="#7d8796"
                strokeWidth={1.4}
              />
            ))}
            {edges
              .filter(
                (e) =>
                  e.kind === 'RELATIONSHIP' &&
                  (showLinks || e.source === props.selectedId || e.target === props.selectedId),
              )
              .map((e) => {
                const a = layout.placeOf.get(e.source);
                const b = layout.placeOf.get(e.target);
                if (!a || !b || a === b) return null;
                const x1 = a.x + a.width / 2;
                const y1 = a.y + a.height;
                const x2 = b.x + b.width / 2;
                const y2 = b.y;
                // Colour: our best relationship strength with the person; width: contact volume.
                return (
                  <path
                    key={e.id}
                    data-edge-kind="RELATIONSHIP"
                    d={`M${x1},${y1} C${x1},${y1 + 80} ${x2},${y2 - 80} ${x2},${y2}`}
                    fill="none"
                    stroke={strengthColour(props.strength.get(e.target))}
                    strokeOpacity={0.8}
                    strokeWidth={1 + 3 * e.weight}
                  >
                    <title>
                      {`${byId.get(e.source)?.name ?? e.source} → ${byId.get(e.target)?.name ?? e.target}: ${e.interactionCount ?? 0} interactions`}
                    </title>
                  </path>
                );
              })}
            {showInfluence &&
              edges
                .filter((e) => e.kind === 'INFLUENCES')
                .map((e) => {
                  const a = center(e.source);
                  const b = center(e.target);
                  if (!a || !b || (a.x === b.x && a.y === b.y)) return null;
                  // A gentle curve so that influence never reads as a reporting line.
                  const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.2;
                  const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.2;
                  return (
                    <path
                      key={e.id}
                      data-edge-kind="INFLUENCES"
                      d={`M${a.x},${a.y} Q${mx},${my} ${b.x},${b.y}`}
                      fill="none"
                      stroke="#7c4dbd"
                      strokeOpacity={0.7}
                      strokeDasharray="5 4"
                      strokeWidth={1 + 2 * e.weight}
                      markerEnd="url(#arrow-influence)"
                    >
                      <title>
                        {`${byId.get(e.source)?.name ?? e.source} influences ${byId.get(e.target)?.name ?? e.target} (${e.influenceKind ?? ''} ${e.weight})`}
                      </title>
                    </path>
                  );
                })}
            {nodes
              .filter((n) => isShown(n, { collapsedGroups: collapsed, maxLevel }))
              .map((n) => {
                const box = layout.nodes.get(n.id);
                if (!box) return null;
                return (
                  <PersonBox
                    key={n.id}
                    node={n}
                    x={box.x}
                    y={box.y}
                    strength={props.strength.get(n.id)}
                    departedAt={props.departedAt.get(n.id) ?? null}
                    critical={props.critical.has(n.id)}
                    selected={props.selectedId === n.id}
                    onSelect={props.onSelect}
                  />
                );
              })}
          </g>
        )}
      </svg>
    </section>
  );
}

interface PersonBoxProps {
  node: MapNode;
  x: number;
  y: number;
  strength: number | undefined;
  departedAt: string | null;
  critical: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
}

function PersonBox({ node, x, y, strength, departedAt, critical, selected, onSelect }: PersonBoxProps) {
  const departed = node.status === 'DEPARTED';
  const team = node.side === 'OUR_TEAM';
  const label = [
    node.name,
    node.title,
    team ? `our team: ${node.teamRoles.map(roleLabel).join(', ')}` : node.roles.map(roleLabel).join(', '),
    departed ? `departed${departedAt ? ` ${departedAt}` : ''}` : null,
    critical ? 'critical: losing them cuts us off' : null,
    !team && strength !== undefined ? `relationship strength ${Math.round(strength)}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const stroke = critical ? '#c62828' : selected ? '#1f6feb' : departed ? '#a9b0bb' : '#c5ccd6';
  const textColour = departed ? '#8a94a3' : '#1b2430';
  const badges = team
    ? node.teamRoles.map((r) => TEAM_BADGES[r] ?? { short: r, label: r })
    : node.roles.map((r) => ROLE_BADGES[r] ?? { short: r, label: r });
  let badgeX = 14;
  return (
    <g
      data-person-id={node.id}
      data-side={node.side}
      data-status={node.status}
      data-critical={critical ? 'true' : 'false'}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      className="focusable person"
      transform={`translate(${x},${y})`}
      onClick={() => onSelect(node.id)}
      onKeyDown={activate(() => onSelect(node.id))}
      cursor="pointer"
      opacity={departed ? 0.75 : 1}
    >
      <title>{label}</title>
      <rect
        width={PERSON_WIDTH}
        height={PERSON_HEIGHT}
        rx={6}
        fill={departed ? '#e9ecf0' : team ? '#ffffff' : '#ffffff'}
        stroke={stroke}
        strokeWidth={critical || selected ? 3 : 1}
        strokeDasharray={departed && !critical ? '4 3' : undefined}
      />
      {!team && (
        <rect
          x={0}
          y={0}
          width={6}
          height={PERSON_HEIGHT}
          rx={3}
          fill={departed ? '#c3c8d0' : strengthColour(strength)}
        />
      )}
      <text
        x={14}
        y={20}
        fontSize={13}
        fontWeight={600}
        fill={textColour}
        textDecoration={departed ? 'line-through' : undefined}
      >
        {truncate(node.name, 24)}
      </text>
      <text x={14} y={36} fontSize={11} fill={departed ? '#9aa3af' : '#5b6573'}>
        {truncate(node.title ?? '', 32)}
      </text>
      {departed ? (
        <text x={14} y={58} fontSize={11} fontWeight={600} fill="#6b7480">
          {departedAt ? `Left ${departedAt}` : 'Left'}
        </text>
      ) : (
        badges.map((b) => {
          const width = Math.max(22, b.short.length * 7 + 8);
          const at = badgeX;
          badgeX += width + 4;
          const negative = b.short === 'DT' || b.short === 'BL';
          return (
            <g key={b.short}>
              <rect
                x={at}
                y={46}
                width={width}
                height={16}
                rx={8}
                fill={team ? '#dbe7ff' : negative ? '#fde2e2' : '#e6f0e6'}
              />
              <text
                x={at + width / 2}
                y={58}
                fontSize={10}
                fontWeight={600}
                textAnchor="middle"
                fill={negative ? '#a12626' : '#2f4a2f'}
              >
                {b.short}
                <title>{b.label}</title>
              </text>
            </g>
          );
        })
      )}
      {critical && (
        <g>
          <rect x={PERSON_WIDTH - 62} y={-9} width={58} height={17} rx={8} fill="#c62828" />
          <text x={PERSON_WIDTH - 33} y={4} fontSize={10} fontWeight={700} textAnchor="middle" fill="#ffffff">
            CRITICAL
          </text>
        </g>
      )}
      {!team && !departed && strength !== undefined && (
        <text x={PERSON_WIDTH - 8} y={20} fontSize={11} textAnchor="end" fill="#5b6573">
          {Math.round(strength)}
        </text>
      )}
    </g>
  );
}
