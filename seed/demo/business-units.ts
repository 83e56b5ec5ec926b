import type { BusinessUnitRecord } from '../../src/domain/graph-records';
import {
  businessUnitTitles,
  DEPARTMENT_KEYS,
  DEPARTMENTS,
  type DepartmentKey,
  type TitlesByLevel,
} from './departments';
import { ids } from './ids';
import { INDUSTRY_PROFILES } from './industries';
import type { Random } from './random';
import type { AccountPlan } from './types';

export interface Unit {
  record: BusinessUnitRecord;
  /** The department this unit is, or null for an industry division such as "Wealth Management". */
  department: DepartmentKey | null;
  /** The `department` its people carry. */
  departmentName: string;
  titles: TitlesByLevel;
  /** C-level title when the unit is headed by one; divisions are run by a general manager. */
  chief: string | null;
  weight: number;
}

const UNIT_COUNT = { SMB: [3, 4], MID_MARKET: [5, 7], ENTERPRISE: [7, 8] } as const;

export function generateBusinessUnits(plan: AccountPlan, rng: Random): Unit[] {
  const profile = INDUSTRY_PROFILES[plan.industry];
  const weightOf = (key: DepartmentKey): number =>
    DEPARTMENTS[key].weight * (profile.departmentBias[key] ?? 1);
  const required = new Set<DepartmentKey>([
    plan.primaryDepartment,
    'finance',
    ...(plan.setup.departments ?? []),
  ]);
  const [min, max] = UNIT_COUNT[plan.segment];
  const optional = DEPARTMENT_KEYS.filter((key) => !required.has(key));
  const extra = rng.weightedSample(
    optional.map((key) => [key, weightOf(key)] as const),
    Math.max(0, rng.int(min, max) - required.size),
  );
  const departments = DEPARTMENT_KEYS.filter((key) => required.has(key) || extra.includes(key));
  const divisions = plan.segment === 'ENTERPRISE' ? rng.sample(profile.businessUnits, rng.int(1, 2)) : [];

  const drafts: Omit<Unit, 'record'>[] = [
    ...departments.map((key) => ({
      department: key,
      departmentName: DEPARTMENTS[key].name,
      titles: DEPARTMENTS[key].titles,
      chief: DEPARTMENTS[key].chief,
      weight: weightOf(key),
    })),
    ...divisions.map((name) => ({
      department: null,
      departmentName: name,
      titles: businessUnitTitles(name),
      chief: null,
      weight: 2.5,
    })),
  ];
  const totalWeight = drafts.reduce((total, draft) => total + draft.weight, 0);
  // Not everyone sits in a unit we know about, hence less than the full employee count.
  const staffed = plan.employeeCount * 0.9;

  return drafts.map((draft, position) => ({
    ...draft,
    record: {
      id: ids.businessUnit(plan.index, position + 1),
      accountId: plan.id,
      name: draft.departmentName,
      kind: draft.department ? 'DEPARTMENT' : 'BUSINESS_UNIT',
      headcount: Math.max(2, Math.round(((staffed * draft.weight) / totalWeight) * rng.float(0.8, 1.2))),
    },
  }));
}

export function unitFor(units: readonly Unit[], department: DepartmentKey): Unit {
  const unit = units.find((candidate) => candidate.department === department);
  if (!unit) throw new Error(`No ${department} unit`);
  return unit;
}
