// A person's panel: roles with their history, strength trend, recent interactions, paths to
// power, and the edits the API offers (departure, role, influence, and - once the server has
// setReportingLine - their manager). Each edit reloads the map and scores.
import { useEffect, useState, type FormEvent } from 'react';
import { gql, hasMutation } from './api';
import { roleLabel, STAKEHOLDER_ROLES, TEAM_BADGES, today } from './format';
import {
  ADD_INFLUENCE,
  ASSIGN_ROLE,
  MARK_DEPARTED,
  PERSON,
  SET_REPORTING_LINE,
  type MapNode,
  type PersonDetail,
} from './queries';

interface Props {
  accountId: string;
  node: MapNode;
  /** The account's people, to choose a successor, an influence target or a manager from. */
  people: MapNode[];
  onClose: () => void;
  onChanged: () => void;
}

function Sparkline({ points }: { points: { asOf: string; score: number }[] }) {
  if (points.length < 2) return null;
  const w = 160;
  const h = 36;
  const d = points
    .map(
      (p, i) =>
        `${i === 0 ? 'M' : 'L'}${((i / (points.length - 1)) * w).toFixed(1)},${(h - (p.score / 100) * h).toFixed(1)}`,
    )
    .join(' ');
  return (
    <svg
      width={w}
      height={h}
      role="img"
      aria-label={`Strength trend: ${points.map((p) => Math.round(p.score)).join(', ')}`}
    >
      <rect width={w} height={h} fill="#f6f7f9" />
      <path d={d} fill="none" stroke="#1f6feb" strokeWidth={2} />
    </svg>
  );
}

export function PersonPanel({ accountId, node, people, onClose, onChanged }: Props) {
  const [detail, setDetail] = useState<PersonDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [canSetManager, setCanSetManager] = useState(false);
  const customer = node.side === 'CUSTOMER';
  const active = node.status === 'ACTIVE';

  useEffect(() => {
    if (!customer) return;
    let live = true;
    gql<PersonDetail>(PERSON, { id: node.id, accountId, paths: active })
      .then((d) => live && setDetail(d))
      .catch((e: Error) => live && setError(e.message));
    void hasMutation('setReportingLine').then((has) => live && setCanSetManager(has));
    return () => {
      live = false;
    };
  }, [node.id, accountId, customer, active]);

  const run = async (label: string, query: string, variables: Record<string, unknown>) => {
    setError(null);
    setMessage(null);
    try {
      await gql(query, variables);
      setMessage(`${label}: saved`);
      onChanged();
    } catch (e) {
      setError(`${label}: ${(e as Error).message}`);
    }
  };
  const others = people.filter((p) => p.id !== node.id && p.status === 'ACTIVE');

  return (
    <section className="person-panel" aria-labelledby="person-title" data-panel-person-id={node.id}>
      <div className="panel-head">
        <h2 id="person-title">{node.name}</h2>
        <button type="button" onClick={onClose} aria-label="Close the person's panel">
          ×
        </button>
      </div>
      <p className="muted">
        {node.title ?? ''}
        {node.department ? ` · ${node.department}` : ''}
        {node.level !== null ? ` · level ${node.level}` : ''}
      </p>
      {!customer && <p>Our team: {node.teamRoles.map((r) => TEAM_BADGES[r]?.label ?? r).join(', ')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="ok" role="status">
          {message}
        </p>
      )}
      {customer && !detail && !error && <p className="muted">Loading…</p>}
      {detail && (
        <>
          {detail.stakeholder.status === 'DEPARTED' && (
            <p className="departed-note">Left on {detail.stakeholder.departedAt}</p>
          )}
          {detail.stakeholder.manager && <p>Reports to {detail.stakeholder.manager.name}</p>}
          <h3>Roles</h3>
          {detail.stakeholder.roles.length === 0 ? (
            <p className="muted">No role recorded.</p>
          ) : (
            <ul>
              {detail.stakeholder.roles.map((r) => (
                <li key={r.role + r.since}>
                  {roleLabel(r.role)}{' '}
                  <span className="muted">
                    since {r.since}
                    {r.until ? `, until ${r.until}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3>Relationship strength {Math.round(detail.stakeholder.relationshipStrength.overall.score)}</h3>
          <Sparkline points={detail.stakeholder.strengthTrend} />
          <h3>Recent interactions</h3>
          {detail.stakeholder.relationshipStrength.overall.interactions.length === 0 ? (
            <p className="muted">None in the lookback window.</p>
          ) : (
            <ul>
              {detail.stakeholder.relationshipStrength.overall.interactions.map((i) => (
                <li key={i.id}>
                  {i.occurredAt.slice(0, 10)} {i.type.toLowerCase()}{' '}
                  <span className="muted">({i.direction.toLowerCase()})</span>
                </li>
              ))}
            </ul>
          )}
          {detail.pathsToPower && (
            <>
              <h3>Paths to them</h3>
              {detail.pathsToPower.targets.flatMap((t) => t.paths).length === 0 ? (
                <p className="muted">No route from our team.</p>
              ) : (
                <ol>
                  {detail.pathsToPower.targets
                    .flatMap((t) => t.paths)
                    .map((p, i) => (
                      <li key={i}>
                        {p.introduction} <span className="muted">(strength {p.strength.toFixed(2)})</span>
                      </li>
                    ))}
                </ol>
              )}
            </>
          )}
        </>
      )}
      {customer && active && (
        <div className="edits">
          <h3>Edit</h3>
          <DepartureForm
            others={others}
            onSubmit={(v) =>
              void run('Departure', MARK_DEPARTED, { input: { stakeholderId: node.id, ...v } })
            }
          />
          <RoleForm
            onSubmit={(v) =>
              void run('Role', ASSIGN_ROLE, { input: { stakeholderId: node.id, accountId, ...v } })
            }
          />
          <InfluenceForm
            others={others}
            onSubmit={(v) =>
              void run('Influence', ADD_INFLUENCE, { input: { fromStakeholderId: node.id, ...v } })
            }
          />
          {canSetManager && (
            <ManagerForm
              others={others}
              onSubmit={(managerId) =>
                void run('Manager', SET_REPORTING_LINE, { stakeholderId: node.id, managerId })
              }
            />
          )}
        </div>
      )}
    </section>
  );
}

function submit(handler: () => void) {
  return (e: FormEvent) => {
    e.preventDefault();
    handler();
  };
}

function PersonSelect({
  label,
  people,
  value,
  onChange,
  optional,
}: {
  label: string;
  people: MapNode[];
  value: string;
  onChange: (v: string) => void;
  optional?: boolean;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} required={!optional}>
        <option value="">{optional ? 'none' : 'choose…'}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.title ? ` (${p.title})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

function DepartureForm({
  others,
  onSubmit,
}: {
  others: MapNode[];
  onSubmit: (v: { departedAt: string; successorId?: string }) => void;
}) {
  const [date, setDate] = useState(today());
  const [successor, setSuccessor] = useState('');
  return (
    <form
      aria-label="Record a departure"
      data-form="departure"
      onSubmit={submit(() =>
        onSubmit({ departedAt: date, ...(successor ? { successorId: successor } : {}) }),
      )}
    >
      <fieldset>
        <legend>Record a departure</legend>
        <label>
          Left on
          <input type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <PersonSelect label="Successor" people={others} value={successor} onChange={setSuccessor} optional />
        <button type="submit">Record departure</button>
      </fieldset>
    </form>
  );
}

function RoleForm({ onSubmit }: { onSubmit: (v: { role: string; since: string }) => void }) {
  const [role, setRole] = useState('CHAMPION');
  const [since, setSince] = useState(today());
  return (
    <form aria-label="Assign a role" data-form="role" onSubmit={submit(() => onSubmit({ role, since }))}>
      <fieldset>
        <legend>Assign a role</legend>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            {STAKEHOLDER_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Since
          <input
            type="date"
            value={since}
            max={today()}
            onChange={(e) => setSince(e.target.value)}
            required
          />
        </label>
        <button type="submit">Assign role</button>
      </fieldset>
    </form>
  );
}

function InfluenceForm({
  others,
  onSubmit,
}: {
  others: MapNode[];
  onSubmit: (v: { toStakeholderId: string; weight: number; kind: string }) => void;
}) {
  const [to, setTo] = useState('');
  const [weight, setWeight] = useState('0.5');
  const [kind, setKind] = useState('INFORMAL');
  return (
    <form
      aria-label="Add an influence"
      data-form="influence"
      onSubmit={submit(() => onSubmit({ toStakeholderId: to, weight: Number(weight), kind }))}
    >
      <fieldset>
        <legend>Add influence over…</legend>
        <PersonSelect label="Whom" people={others} value={to} onChange={setTo} />
        <label>
          Weight
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
            required
          />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="INFORMAL">informal</option>
            <option value="FORMAL">formal</option>
          </select>
        </label>
        <button type="submit">Add influence</button>
      </fieldset>
    </form>
  );
}

function ManagerForm({ others, onSubmit }: { others: MapNode[]; onSubmit: (managerId: string) => void }) {
  const [manager, setManager] = useState('');
  return (
    <form aria-label="Set the manager" data-form="manager" onSubmit={submit(() => onSubmit(manager))}>
      <fieldset>
        <legend>Set the manager</legend>
        <PersonSelect label="Manager" people={others} value={manager} onChange={setManager} />
        <button type="submit">Set manager</button>
      </fieldset>
    </form>
  );
}
