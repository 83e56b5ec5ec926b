import type { Page } from '../../domain/read-models';
import type { PersonRow } from '../../repositories/signal.repository';
import { pageInMemory } from '../pagination/in-memory-page';

/**
 * A portfolio page of findings: accounts with at least one, most first (ties by id). Only the
 * page's accounts have their people loaded and attached, whatever the size of the portfolio.
 */
export async function pageFindings<F extends { accountId: string }, R>(
  findings: readonly F[],
  count: (finding: F) => number,
  first: number,
  after: string | null | undefined,
  loadPeople: (accountIds: string[]) => Promise<PersonRow[]>,
  resolve: (finding: F, people: readonly PersonRow[]) => R,
): Promise<Page<R>> {
  const ranked = findings
    .filter((f) => count(f) > 0)
    .sort((a, b) => count(b) - count(a) || a.accountId.localeCompare(b.accountId));
  const page = pageInMemory(ranked, first, after, (f) => f.accountId, count);
  const people = await loadPeople(page.items.map((f) => f.accountId));
  const items = page.items.map((f) => resolve(f, people));
  return { ...page, items, cursorOf: (item) => page.cursorOf(page.items[items.indexOf(item)]!) };
}
