/**
 * Depth of each person in the org chart (0 for the top), so a front end can lay people out in
 * rows. People whose manager is unknown start a tree of their own; members of a reporting
 * cycle (bad data) are placed at the depth where the cycle was entered, or 0.
 */
export function orgLevels(
  people: readonly { id: string; reportsToId: string | null }[],
): Map<string, number> {
  const known = new Set(people.map((p) => p.id));
  const reports = new Map<string, string[]>();
  const roots: string[] = [];
  for (const person of people) {
    if (person.reportsToId === null || !known.has(person.reportsToId) || person.reportsToId === person.id) {
      roots.push(person.id);
    } else {
      reports.set(person.reportsToId, [...(reports.get(person.reportsToId) ?? []), person.id]);
    }
  }
  const levels = new Map<string, number>();
  let frontier = roots;
  for (let depth = 0; frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      if (levels.has(id)) continue;
      levels.set(id, depth);
      next.push(...(reports.get(id) ?? []));
    }
    frontier = next;
  }
  for (const person of people) if (!levels.has(person.id)) levels.set(person.id, 0);
  return levels;
}
