// One account: the stakeholder map drawn as an org chart, the single-threading gaps, health with
// its parts, the plays and the next touchpoints beside it; a person's panel on click.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { gql } from './api';
import { bandClass, formatMoney, humanise, roleLabel } from './format';
import { OrgChart } from './org-chart';
import { PersonPanel } from './person-panel';
import { ACCOUNT_PAGE, MORE_RELATIONSHIPS, type AccountData } from './queries';
import { Link } from './router';

type Relationships = AccountData['account']['relationships'];

/** Every relationship pair of the account (100 a page), for strength colouring. */
async function allRelationships(accountId: string, first: Relationships): Promise<Relationships['edges']> {
  const edges = [...first.edges];
  let page = first.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const more = await gql<{ account: { relationships: Relationships } }>(MORE_RELATIONSHIPS, {
      id: accountId,
      after: page.endCursor,
    });
    edges.push(...more.account.relationships.edges);
    page = more.account.relationships.pageInfo;
  }
  return edges;
}

interface Loaded {
  data: AccountData;
  strength: Map<string, number>;
  /** Counts the loads, so that a person's panel reloads with the map after an edit. */
  generation: number;
}

export function AccountPage({ accountId }: { accountId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      const data = await gql<AccountData>(ACCOUNT_PAGE, { id: accountId });
      const pairs = await allRelationships(accountId, data.account.relationships);
      const strength = new Map<string, number>();
      for (const { node } of pairs) {
        const id = node.stakeholder.id;
        strength.set(id, Math.max(strength.get(id) ?? 0, node.strength.score));
      }
      if (live) {
        setLoaded((previous) => ({ data, strength, generation: (previous?.generation ?? 0) + 1 }));
        setError(null);
      }
    })().catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [accountId, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const unitNames = useMemo(
    () => new Map((loaded?.data.account.businessUnits ?? []).map((u) => [u.id, u.name])),
    [loaded],
  );
  const departedAt = useMemo(
    () =>
      new Map(
        (loaded?.data.account.departed.edges ?? []).map((e) => [e.node.id, e.node.departedAt ?? ''] as const),
      ),
    [loaded],
  );
  const critical = useMemo(
    () => new Set((loaded?.data.threadingRisk.criticalPeople ?? []).map((c) => c.stakeholder.id)),
    [loaded],
  );

  if (error && !loaded) {
    return (
      <main className="account">
        <p>
          <Link to="/">← Portfolio</Link>
        </p>
        <p className="error" role="alert">
          {error}
        </p>
      </main>
    );
  }
  if (!loaded) return <main className="account">Loading the stakeholder map…</main>;
  const { data } = loaded;
  const { account, threadingRisk: risk, accountHealth: health, plays } = data;
  const map = data.stakeholderMap;
  const people = map.nodes.filter((n) => n.side === 'CUSTOMER');
  const selected = map.nodes.find((n) => n.id === selectedId) ?? null;

  return (
    <main className="account" data-account-id={account.id}>
      <header className="account-header">
        <p>
          <Link to="/">← Portfolio</Link>
        </p>
        <h1>{account.name}</h1>
        <p className="muted">
          {account.id} · {account.industry ?? 'industry unknown'} ·{' '}
          {account.segment ? humanise(account.segment) : ''} · {formatMoney(account.arr)} ARR ·{' '}
          {people.length} people ({departedAt.size} departed)
        </p>
        <p className="headline">
          <span className={bandClass(health.band)} data-health-band={health.band ?? ''}>
            Health {health.band ?? 'no data'} {health.score ?? ''}
          </span>
          <span className={`risk risk-${risk.level.toLowerCase()}`} data-threading-level={risk.level}>
            Threading risk {risk.level} {risk.score.toFixed(1)}
          </span>
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </header>
      <div className="account-body">
        <OrgChart
          accountName={account.name}
          nodes={map.nodes}
          edges={map.edges}
          unitNames={unitNames}
          strength={loaded.strength}
          departedAt={departedAt}
          critical={critical}
          selectedId={selectedId}
          onSelect={setSelectedId}
        />
        <aside className="side">
          {selected && (
            <PersonPanel
              key={`${selected.id}:${loaded.generation}`}
              accountId={account.id}
              node={selected}
              people={people}
              onClose={() => setSelectedId(null)}
              onChanged={reload}
            />
          )}
          <Gaps risk={risk} />
          <section aria-labelledby="health-title">
            <h2 id="health-title">Health {health.score ?? '—'}</h2>
            <table className="parts">
              <thead>
                <tr>
                  <th>Part</th>
                  <th>Score</th>
                  <th>Weight</th>
                  <th>Points</th>
                </tr>
              </thead>
              <tbody>
                {health.components.map((c) => (
                  <tr key={c.name}>
                    <td>{humanise(c.name)}</td>
                    <td className="num">
                      {c.missing || c.rawScore === null ? 'no data' : Math.round(c.rawScore)}
                    </td>
                    <td className="num">{Math.round(c.weight * 100)}%</td>
                    <td className="num">{c.contribution}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {health.redFlags.length > 0 && (
              <ul className="flags">
                {health.redFlags.map((f) => (
                  <li key={f.code}>{f.message}</li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="plays-title">
            <h2 id="plays-title">Plays</h2>
            {plays.plays.length === 0 && <p className="muted">No play applies today.</p>}
            {plays.plays.map((p) => (
              <details key={p.kind + p.title} open={plays.plays.length === 1}>
                <summary>
                  <strong>{p.title}</strong>
                </summary>
                <p>{p.why}</p>
                <ol>
                  {p.steps.slice(0, 6).map((s) => (
                    <li key={s.order}>
                      {s.title}{' '}
                      <span className="muted">
                        · {s.dueDate}
                        {s.owner ? ` · ${s.owner.name}` : ''}
                      </span>
                    </li>
                  ))}
                </ol>
              </details>
            ))}
          </section>
          <section aria-labelledby="touchpoints-title">
            <h2 id="touchpoints-title">Next touchpoints</h2>
            <ul className="touchpoints">
              {data.engagementCalendar.touchpoints.edges.map(({ node: t }) => (
                <li key={t.id}>
                  <strong>{t.date}</strong> {t.title}
                  <span className="muted">
                    {' '}
                    · {t.people.map((p) => p.name).join(', ')}
                    {t.owner ? ` · ${t.owner.name}` : ''}
                  </span>
                </li>
              ))}
            </ul>
            <p>
              <a href={`/accounts/${encodeURIComponent(account.id)}/engagement-calendar.ics`}>
                Calendar (.ics)
              </a>{' '}
              · <a href={`/accounts/${encodeURIComponent(account.id)}/account-plan.md`}>Account plan (.md)</a>
            </p>
          </section>
        </aside>
      </div>
    </main>
  );
}

/** The single-threading gaps, named: uncovered key roles, critical people, unreachable power. */
function Gaps({ risk }: { risk: AccountData['threadingRisk'] }) {
  const uncovered = risk.roleCoverage.filter((r) => r.state !== 'ENGAGED');
  return (
    <section aria-labelledby="gaps-title" className="gaps">
      <h2 id="gaps-title">Single-threading gaps</h2>
      <ul>
        {uncovered.map((r) => (
          <li key={r.role} data-gap={`ROLE_${r.state}`}>
            {roleLabel(r.role)}:{' '}
            {r.state === 'MISSING'
              ? 'nobody holds this role'
              : `${r.holders.map((h) => h.stakeholder.name).join(', ')} not engaged`}
          </li>
        ))}
        {risk.criticalPeople.map((c) => (
          <li key={c.stakeholder.id} data-gap="CRITICAL_PERSON">
            <strong>{c.stakeholder.name}</strong> is our only way to{' '}
            {c.cutsOffAll
              ? 'everyone we reach'
              : c.cutsOff.map((p) => p.name).join(', ') || 'part of the account'}
            {c.backups.length > 0 ? ` (backups: ${c.backups.map((b) => b.name).join(', ')})` : ' (no backup)'}
          </li>
        ))}
        {risk.decisionPeople.unreachable.length > 0 && (
          <li data-gap="UNREACHABLE_POWER">
            No route to {risk.decisionPeople.unreachable.map((p) => p.name).join(', ')}
          </li>
        )}
        {risk.dataGaps.map((g) => (
          <li key={g} className="muted">
            {g}
          </li>
        ))}
        {uncovered.length + risk.criticalPeople.length + risk.decisionPeople.unreachable.length === 0 && (
          <li className="muted">No gap: key roles engaged, nobody is a single point of contact.</li>
        )}
      </ul>
      <details>
        <summary>Risk components</summary>
        <ul>
          {risk.components.map((c) => (
            <li key={c.name}>
              {humanise(c.name)}: {c.points.toFixed(1)} points — {c.description}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
