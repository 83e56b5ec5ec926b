import type { ObjectiveRecord, PersonRecord } from '../../src/domain/graph-records';
import type { ObjectiveStatus } from '../../src/domain/vocabulary';
import type { Unit } from './business-units';
import type { Cast } from './cast';
import { formatDay } from './dates';
import type { DepartmentKey } from './departments';
import { ids } from './ids';
import { isActive, levelOf } from './people';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

type Template = readonly [title: string, metric: string, target: number];

/** Objectives in the customer's words, each with the metric that shows it was met. */
const TEMPLATES: Record<DepartmentKey, readonly Template[]> = {
  finance: [
    ['Reduce month-end close from 10 to 5 days', 'Days to close the books', 5],
    ['Automate 70% of invoice approvals', 'Invoices approved without manual touch (%)', 70],
  ],
  operations: [
    ['Raise on-time delivery to 98%', 'On-time delivery rate (%)', 98],
    ['Cut order-to-ship cycle time by 30%', 'Order-to-ship cycle time reduction (%)', 30],
  ],
  engineering: [
    ['Ship weekly instead of monthly', 'Production releases per month', 4],
    ['Halve mean time to recovery', 'Mean time to recovery (minutes)', 30],
  ],
  it: [
    ['Retire 12 point tools by consolidating onto one platform', 'Tools retired', 12],
    ['Pass the SOC 2 Type II audit with no exceptions', 'Audit exceptions', 0],
  ],
  sales: [
    ['Lift pipeline coverage to 3x quota', 'Pipeline coverage (x quota)', 3],
    ['Cut quote turnaround to 24 hours', 'Quote turnaround (hours)', 24],
  ],
  marketing: [['Grow marketing-sourced pipeline by 25%', 'Marketing-sourced pipeline growth (%)', 25]],
  hr: [
    ['Cut time-to-hire to 30 days', 'Time to hire (days)', 30],
    ['Reduce regretted attrition to 8%', 'Regretted attrition (%)', 8],
  ],
  support: [
    ['Cut first-response time to under 2 hours', 'Median first response (hours)', 2],
    ['Raise CSAT to 92%', 'Customer satisfaction (%)', 92],
  ],
};

export function generateObjectives(
  ctx: GenerationContext,
  plan: AccountPlan,
  units: Unit[],
  people: PersonRecord[],
  cast: Cast,
  rng: Random,
): ObjectiveRecord[] {
  const departments = units.flatMap((unit) => (unit.department ? [unit.department] : []));
  const ordered = [
    plan.primaryDepartment,
    ...rng.shuffle(departments.filter((d) => d !== plan.primaryDepartment)),
  ];
  const count = { SMB: rng.int(1, 2), MID_MARKET: rng.int(1, 3), ENTERPRISE: rng.int(2, 4) }[plan.segment];
  return ordered.slice(0, count).map((department, i) => {
    const [title, metric, target] = rng.pick(TEMPLATES[department]);
    const unit = units.find((u) => u.department === department);
    const leaders = people.filter(
      (p) => isActive(p) && p.businessUnitId === unit?.record.id && levelOf(p) <= 2,
    );
    const owner = leaders.length > 0 ? rng.pick(leaders) : cast.champion;
    const dueInDays = rng.int(-200, 400);
    const status: ObjectiveStatus =
      dueInDays < 0
        ? rng.weighted<ObjectiveStatus>([
            ['ACHIEVED', 6],
            ['ACTIVE', 3],
            ['ABANDONED', 1],
          ])
        : rng.weighted<ObjectiveStatus>([
            ['ACTIVE', 3],
            ['PROPOSED', 1],
          ]);
    return {
      id: ids.objective(plan.index, i + 1),
      accountId: plan.id,
      ownerPersonId: owner.id,
      title,
      metric,
      targetValue: target,
      dueDate: formatDay(ctx.asOfDay + dueInDays),
      status,
    };
  });
}
