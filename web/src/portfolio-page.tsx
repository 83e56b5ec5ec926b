// The portfolio: accounts with ARR, health band, threading risk and next renewal; sorted and
// filtered by the server (name, ARR, …) or, for the computed columns, within the page shown.
import { useEffect, useMemo, useState } from 'react';
import { gql } from './api';
import { bandClass, formatMoney, humanise } from './format';
import { PORTFOLIO, type PortfolioData, type PortfolioRow } from './queries';
import { Link } from './router';

const PAGE_SIZE = 20;
type ServerSort = 'NAME' | 'ARR' | 'EMPLOYEE_COUNT' | 'CUSTOMER_SINCE';
type PageSort = 'HEALTH' | 'RISK' | 'RENEWAL';
type Sort = { field: ServerSort | PageSort; direction: 'ASC' | 'DESC' };
const PAGE_SORTS: readonly string[] = ['HEALTH', 'RISK', 'RENEWAL'];

/** The next renewal among the account's active subscriptions. */
export function nextRenewal(row: PortfolioRow): string | null {
  const dates = row.subscriptions
    .filter((s) => s.status === 'ACTIVE' && s.renewalDate)
    .map((s) => s.renewalDate!)
    .sort();
  return dates[0] ?? null;
}

function pageValue(row: PortfolioRow, field: PageSort): number | string {
  if (field === 'HEALTH') return row.health.score ?? -1;
  if (field === 'RISK') return row.threadingRisk.score;
  return nextRenewal(row) ?? '9999';
}

export function PortfolioPage() {
  const [sort, setSort] = useState<Sort>({ field: 'ARR', direction: 'DESC' });
  const [nameContains, setNameContains] = useState('');
  const [segment, setSegment] = useState('');
  const [industry, setIndustry] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [data, setData] = useState<PortfolioData['accounts'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const serverSort = PAGE_SORTS.includes(sort.field) ? { field: 'ARR', direction: 'DESC' } : sort;
  const after = cursors[cursors.length - 1] ?? null;
  const filter = useMemo(
    () => ({
      ...(nameContains.trim() ? { nameContains: nameContains.trim() } : {}),
      ...(segment ? { segment } : {}),
      ...(industry.trim() ? { industry: industry.trim() } : {}),
    }),
    [nameContains, segment, industry],
  );

  useEffect(() => {
    let live = true;
    setLoading(true);
    gql<PortfolioData>(PORTFOLIO, { first: PAGE_SIZE, after, filter, orderBy: serverSort })
      .then((d) => live && (setData(d.accounts), setError(null)))
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [after, filter, serverSort.field, serverSort.direction]);

  const rows = useMemo(() => {
    const list = data?.edges.map((e) => e.node) ?? [];
    if (!PAGE_SORTS.includes(sort.field)) return list;
    const sign = sort.direction === 'ASC' ? 1 : -1;
    return [...list].sort((a, b) => {
      const x = pageValue(a, sort.field as PageSort);
      const y = pageValue(b, sort.field as PageSort);
      return x < y ? -sign : x > y ? sign : 0;
    });
  }, [data, sort]);

  const resetPaging = () => setCursors([null]);
  const sortBy = (field: Sort['field']) => {
    setSort((s) => ({ field, direction: s.field === field && s.direction === 'DESC' ? 'ASC' : 'DESC' }));
    if (!PAGE_SORTS.includes(field)) resetPaging();
  };
  const header = (field: Sort['field'], label: string, note?: string) => (
    <th aria-sort={sort.field === field ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => sortBy(field)} title={note}>
        {label}
        {sort.field === field ? (sort.direction === 'ASC' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );

  return (
    <main className="portfolio">
      <h1>Portfolio</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Name
          <input
            type="search"
            value={nameContains}
            onChange={(e) => (setNameContains(e.target.value), resetPaging())}
            placeholder="contains…"
          />
        </label>
        <label>
          Segment
          <select value={segment} onChange={(e) => (setSegment(e.target.value), resetPaging())}>
            <option value="">all</option>
            <option value="ENTERPRISE">Enterprise</option>
            <option value="MID_MARKET">Mid-market</option>
            <option value="SMB">SMB</option>
          </select>
        </label>
        <label>
          Industry
          <input
            type="search"
            value={industry}
            onChange={(e) => (setIndustry(e.target.value), resetPaging())}
          />
        </label>
        {loading && <span className="muted">Loading…</span>}
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {data && (
        <>
          <p className="muted" data-total-count={data.totalCount}>
            {data.totalCount} accounts · page {cursors.length} of{' '}
            {Math.max(1, Math.ceil(data.totalCount / PAGE_SIZE))}
            {PAGE_SORTS.includes(sort.field) ? ' · health, risk and renewal sort within the page' : ''}
          </p>
          <table className="accounts">
            <thead>
              <tr>
                {header('NAME', 'Account')}
                <th>Segment</th>
                <th>Industry</th>
                {header('ARR', 'ARR')}
                {header('HEALTH', 'Health', 'Sorted within the page')}
                {header('RISK', 'Threading risk', 'Sorted within the page')}
                {header('RENEWAL', 'Next renewal', 'Sorted within the page')}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-account-id={row.id}>
                  <td>
                    <Link to={`/accounts/${encodeURIComponent(row.id)}`}>{row.name}</Link>
                    <span className="muted"> {row.id}</span>
                  </td>
                  <td>{row.segment ? humanise(row.segment) : '—'}</td>
                  <td>{row.industry ?? '—'}</td>
                  <td className="num">{formatMoney(row.arr)}</td>
                  <td>
                    <span className={bandClass(row.health.band)}>{row.health.band ?? 'no data'}</span>{' '}
                    {row.health.score ?? ''}
                  </td>
                  <td>
                    <span className={`risk risk-${row.threadingRisk.level.toLowerCase()}`}>
                      {row.threadingRisk.level}
                    </span>{' '}
                    {row.threadingRisk.score.toFixed(1)}
                  </td>
                  <td>{nextRenewal(row) ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Pages">
            <button
              type="button"
              disabled={cursors.length <= 1}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              ← Previous
            </button>
            <button
              type="button"
              disabled={!data.pageInfo.hasNextPage}
              onClick={() => setCursors((c) => [...c, data.pageInfo.endCursor])}
            >
              Next →
            </button>
          </nav>
        </>
      )}
    </main>
  );
}
