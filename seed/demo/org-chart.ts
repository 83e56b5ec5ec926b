import type { PersonRecord } from '../../src/domain/graph-records';
import { SENIORITY_LEVELS } from '../../src/domain/vocabulary';
import type { Unit } from './business-units';
import { formatDay } from './dates';
import { markRandomDepartures } from './departures';
import type { TitleLevel } from './departments';
import { ids } from './ids';
import { personNamer } from './names';
import { clamp } from './numbers';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

const C_LEVEL = 0;
const VP = 1;
const DIRECTOR = 2;
const MANAGER = 3;
const IC = 4;

/** Relative headcount of each level below a unit's head, among the people we know. */
const LEVEL_SHARE: Record<number, number> = { [VP]: 0.07, [DIRECTOR]: 0.14, [MANAGER]: 0.22, [IC]: 0.57 };

/**
 * The known people at an account as one reporting tree under the CEO: each unit has a head
 * (C-level down to manager, by company size) and levels below it, thinner at the top. People are
 * numbered parents-first, so reportsToId always points at a smaller id.
 */
export function generatePeople(
  ctx: GenerationContext,
  plan: AccountPlan,
  units: Unit[],
  rng: Random,
): PersonRecord[] {
  const people: PersonRecord[] = [];
  const nameFor = personNamer(plan.domain, rng.fork('names'));
  const add = (unit: Unit | null, level: number, title: string, reportsToId: string | null): PersonRecord => {
    const person: PersonRecord = {
      id: ids.person(plan.index, people.length + 1),
      accountId: plan.id,
      businessUnitId: unit ? unit.record.id : null,
      ...nameFor(),
      title,
      seniority: SENIORITY_LEVELS[level] ?? 'INDIVIDUAL_CONTRIBUTOR',
      department: unit ? unit.departmentName : 'Executive',
      reportsToId,
      status: 'ACTIVE',
      startedAt: formatDay(ctx.asOfDay - tenureDays(level, rng)),
      departedAt: null,
    };
    people.push(person);
    return person;
  };

  const ceoTitle = plan.segment === 'SMB' && rng.chance(0.4) ? 'Founder & CEO' : 'Chief Executive Officer';
  const ceo = add(null, C_LEVEL, ceoTitle, null);
  const budgets = allocateBudgets(plan, units, plan.knownPeople - 1, rng);
  const headLevels = units.map((unit, i) => headLevelFor(plan, unit, budgets[i] ?? 1, rng));
  const titles = units.map((unit) => titlePicker(unit, rng));
  const heads = units.map((unit, i) => {
    const level = headLevels[i] ?? DIRECTOR;
    return add(unit, level, titles[i]?.(level) ?? unit.departmentName, ceo.id);
  });
  // Divisions and support usually roll up to the COO when there is one.
  const coo = heads.find((head) => head.title === 'Chief Operating Officer');
  heads.forEach((head, i) => {
    const department = units[i]?.department;
    const rollsUp = department === null || department === 'support';
    if (coo && head.seniority !== 'C_LEVEL' && rollsUp) head.reportsToId = coo.id;
  });
  units.forEach((unit, i) => {
    const head = heads[i];
    const title = titles[i];
    if (!head || !title) return;
    fillUnit(unit, head, { level: headLevels[i] ?? DIRECTOR, budget: budgets[i] ?? 1, title }, rng, add);
  });
  markRandomDepartures(ctx, people, rng);
  return people;
}

function fillUnit(
  unit: Unit,
  head: PersonRecord,
  { level: headLevel, budget, title }: { level: number; budget: number; title: (level: number) => string },
  rng: Random,
  add: (unit: Unit, level: number, title: string, reportsToId: string) => PersonRecord,
): void {
  const remaining = budget - 1;
  const below = [VP, DIRECTOR, MANAGER, IC].filter((level) => level > headLevel);
  const shares = below.map((level) => (LEVEL_SHARE[level] ?? 0) * (level === IC ? 1 : rng.float(0.75, 1.25)));
  const totalShare = shares.reduce((total, share) => total + share, 0);
  const counts = below.map((level, i) =>
    level === IC ? 0 : Math.round((remaining * (shares[i] ?? 0)) / totalShare),
  );
  while (counts.reduce((total, count) => total + count, 0) > remaining) {
    const largest = counts.indexOf(Math.max(...counts));
    counts[largest] = (counts[largest] ?? 1) - 1;
  }
  counts[counts.length - 1] = remaining - counts.slice(0, -1).reduce((total, count) => total + count, 0);

  let managers = [head];
  below.forEach((level, i) => {
    const count = counts[i] ?? 0;
    if (count <= 0) return;
    // Uneven spans of control: some managers have many known reports, some one.
    const spans = managers.map((manager) => [manager, rng.float(0.4, 1.6)] as const);
    const created: PersonRecord[] = [];
    for (let n = 0; n < count; n += 1) created.push(add(unit, level, title(level), rng.weighted(spans).id));
    managers = created;
  });
}

function headLevelFor(plan: AccountPlan, unit: Unit, budget: number, rng: Random): number {
  if (!unit.department) return VP;
  const isFinance = unit.department === 'finance';
  const isPrimary = unit.department === plan.primaryDepartment;
  if (plan.segment === 'ENTERPRISE') {
    if (budget >= 5 && (isFinance || rng.chance(0.55))) return C_LEVEL;
    return budget >= 3 ? VP : DIRECTOR;
  }
  if (plan.segment === 'MID_MARKET') {
    if ((isFinance && rng.chance(0.8)) || (isPrimary && budget >= 6 && rng.chance(0.3))) return C_LEVEL;
    return budget >= 4 ? VP : DIRECTOR;
  }
  if (isFinance && rng.chance(0.3)) return C_LEVEL;
  if (isPrimary && budget >= 4 && rng.chance(0.3)) return VP;
  return budget >= 4 ? DIRECTOR : MANAGER;
}

function allocateBudgets(plan: AccountPlan, units: Unit[], total: number, rng: Random): number[] {
  // We know more people where our product is used.
  const weights = units.map(
    (unit) => unit.weight * (unit.department === plan.primaryDepartment ? 2.2 : 1) * rng.float(0.8, 1.25),
  );
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.max(1, Math.round((total * weight) / totalWeight)));
}

const TERRITORIES = ['Americas', 'EMEA', 'APAC', 'East', 'West', 'Central'];

/** Senior titles cycle through a shuffled list so two VPs rarely share one; others repeat freely. */
function titlePicker(unit: Unit, rng: Random): (level: number) => string {
  const cursors = new Map<TitleLevel, { titles: string[]; next: number }>();
  return (level) => {
    if (level === C_LEVEL) return unit.chief ?? unit.titles.VP[0] ?? unit.departmentName;
    const key = (SENIORITY_LEVELS[level] ?? 'INDIVIDUAL_CONTRIBUTOR') as TitleLevel;
    if (key === 'MANAGER' || key === 'INDIVIDUAL_CONTRIBUTOR') return rng.pick(unit.titles[key]);
    const cursor = cursors.get(key) ?? { titles: rng.shuffle(unit.titles[key]), next: 0 };
    cursors.set(key, cursor);
    const title = cursor.titles[cursor.next % cursor.titles.length] ?? rng.pick(unit.titles[key]);
    const round = Math.floor(cursor.next / cursor.titles.length);
    cursor.next += 1;
    // Big units have several directors of the same thing, split by territory.
    return round === 0
      ? title
      : `${title}, ${TERRITORIES[(round - 1) % TERRITORIES.length] ?? 'International'}`;
  };
}

function tenureDays(level: number, rng: Random): number {
  const median = level <= VP ? 4.5 * 365 : 3 * 365;
  return Math.round(clamp(rng.logNormal(median, 0.75), 45, 22 * 365));
}
