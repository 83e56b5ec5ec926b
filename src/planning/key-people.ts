import type { PersonRecord } from '../domain/graph-records';
import type { StakeholderRole } from '../domain/vocabulary';
import type { ThreadingRisk } from '../scoring/threading-risk';

/** One row of the plan's stakeholder map: who they are, what they are to us, how strongly we hold them. */
export interface PlanPerson {
  personId: string;
  name: string;
  title: string | null;
  department: string | null;
  roles: StakeholderRole[];
  /** Our strongest relationship with them, 0..100; null when we have none on record. */
  strength: number | null;
  engaged: boolean;
  /** Their leaving alone would cut us off from people who decide. */
  critical: boolean;
  /** Nobody else engaged holds their role (for role holders). */
  withoutBackup: boolean;
}

const ROLE_ORDER: readonly StakeholderRole[] = [
  'ECONOMIC_BUYER',
  'EXECUTIVE_SPONSOR',
  'DECISION_MAKER',
  'CHAMPION',
  'TECHNICAL_EVALUATOR',
  'INFLUENCER',
  'BLOCKER',
  'DETRACTOR',
  'END_USER',
];

/**
 * The people the plan is about: whoever holds a role today, whoever we truly engage, whoever is
 * critical — buying roles first, then by strength. `limit` keeps a large account's map readable;
 * the full map is `stakeholderMap(accountId)`.
 */
export function keyPeople(
  risk: ThreadingRisk,
  people: ReadonlyMap<string, PersonRecord>,
  limit: number,
): { people: PlanPerson[]; more: number } {
  const roles = new Map<string, StakeholderRole[]>();
  const strength = new Map<string, number>();
  const withoutBackup = new Set<string>();
  for (const coverage of risk.roleCoverage)
    for (const holder of coverage.holders) {
      roles.set(holder.personId, [...(roles.get(holder.personId) ?? []), coverage.role]);
      strength.set(holder.personId, holder.strength);
      if (holder.backupIds.length === 0) withoutBackup.add(holder.personId);
    }
  const engaged = new Set(risk.engaged.map((e) => e.personId));
  for (const e of risk.engaged) strength.set(e.personId, Math.max(strength.get(e.personId) ?? 0, e.strength));
  const critical = new Set(risk.criticalPeople.map((c) => c.personId));
  const ids = [...new Set([...roles.keys(), ...engaged, ...critical])].filter((id) => people.has(id));
  const rank = (id: string) => {
    const held = roles.get(id) ?? [];
    return held.length === 0 ? ROLE_ORDER.length : Math.min(...held.map((r) => ROLE_ORDER.indexOf(r)));
  };
  const rows = ids
    .map((id): PlanPerson => {
      const person = people.get(id)!;
      return {
        personId: id,
        name: person.name,
        title: person.title,
        department: person.department,
        roles: [...(roles.get(id) ?? [])].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b)),
        strength: strength.get(id) ?? null,
        engaged: engaged.has(id),
        critical: critical.has(id),
        withoutBackup: withoutBackup.has(id),
      };
    })
    .sort(
      (a, b) =>
        rank(a.personId) - rank(b.personId) ||
        (b.strength ?? -1) - (a.strength ?? -1) ||
        a.personId.localeCompare(b.personId),
    );
  return { people: rows.slice(0, limit), more: Math.max(0, rows.length - limit) };
}
