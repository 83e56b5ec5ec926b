import type { AccountRecord } from '../../src/domain/graph-records';
import type { Segment } from '../../src/domain/vocabulary';
import { addMonths, formatDay } from './dates';
import { DEPARTMENTS } from './departments';
import { ids } from './ids';
import { INDUSTRIES, INDUSTRY_PROFILES, type Industry } from './industries';
import { companyStem, emailPart } from './names';
import { clamp, roundSignificant } from './numbers';
import type { Random } from './random';
import { isPinned, setupFor, SUBSIDIARY_PARENTS } from './scenarios';
import { sampleRenewalInDays } from './subscription-plans';
import type {
  AccountPlan,
  CoreContract,
  GenerationContext,
  Region,
  ScenarioSetup,
  Story,
  TermMonths,
} from './types';

const SEGMENT_EMPLOYEES: Record<Segment, readonly [number, number]> = {
  SMB: [25, 249],
  MID_MARKET: [250, 2_499],
  ENTERPRISE: [2_500, 150_000],
};

const REGIONS: ReadonlyArray<readonly [Region, number]> = [
  ['North America', 55],
  ['EMEA', 25],
  ['APAC', 14],
  ['LATAM', 6],
];

export function accountRandom(ctx: GenerationContext, index: number): Random {
  return ctx.random.fork(`account:${index}`);
}

export function segmentFor(employeeCount: number): Segment {
  if (employeeCount >= SEGMENT_EMPLOYEES.ENTERPRISE[0]) return 'ENTERPRISE';
  return employeeCount >= SEGMENT_EMPLOYEES.MID_MARKET[0] ? 'MID_MARKET' : 'SMB';
}

interface BaseProfile {
  industry: Industry;
  employeeCount: number;
  segment: Segment;
}

/**
 * Industry and size only: cheap and free of cross-account lookups, so another account can ask
 * "is account j an enterprise?" when choosing a parent without recursion.
 */
function baseProfile(ctx: GenerationContext, index: number): BaseProfile {
  const rng = accountRandom(ctx, index).fork('base');
  const setup = setupFor(index);
  const industry = setup.industry ?? rng.pick(INDUSTRIES);
  let employeeCount = setup.employeeCount;
  if (employeeCount === undefined && setup.segment) {
    const [min, max] = SEGMENT_EMPLOYEES[setup.segment];
    employeeCount = Math.round(Math.exp(rng.float(Math.log(min), Math.log(max + 1))));
  }
  // Company sizes are long-tailed: many small and mid-sized customers, a few giants.
  employeeCount ??= Math.round(clamp(rng.logNormal(700, 1.6), 25, 150_000));
  return { industry, employeeCount, segment: segmentFor(employeeCount) };
}

function parentFor(ctx: GenerationContext, index: number, rng: Random): number | null {
  const forced = SUBSIDIARY_PARENTS[index];
  if (forced !== undefined) return forced;
  if (index <= 12 || isPinned(index) || !rng.chance(0.07)) return null;
  const candidate = rng.int(1, Math.min(index - 1, 40));
  return baseProfile(ctx, candidate).segment === 'ENTERPRISE' && !isPinned(candidate) ? candidate : null;
}

function knownPeopleFor(segment: Segment, employeeCount: number, rng: Random): number {
  const [min, max] = SEGMENT_EMPLOYEES[segment];
  const position = clamp(Math.log(employeeCount / min) / Math.log(max / min), 0, 1);
  const [low, high] = segment === 'SMB' ? [6, 15] : segment === 'MID_MARKET' ? [18, 45] : [45, 120];
  return Math.round(clamp((low + (high - low) * position) * rng.float(0.9, 1.1), low, high));
}

function coreContractFor(story: Story, setup: ScenarioSetup, rng: Random): CoreContract {
  const explicit = setup.subscriptions?.[0];
  if (explicit) return { ...explicit };
  if (story === 'ramping') return { termMonths: 12, renewalInDays: rng.int(120, 330), termsCompleted: 1 };
  const termMonths = rng.weighted<TermMonths>([
    [12, 5],
    [24, 2],
    [36, 3],
  ]);
  const yearsAsCustomer = rng.float(1.5, 6);
  const termsCompleted = Math.max(1, Math.round((yearsAsCustomer * 12) / termMonths));
  // Renewals are spread over the coming year; a first term must have started 6+ months ago.
  const maxRenewal = termsCompleted === 1 ? Math.min(termMonths * 30 - 180, 365) : 365;
  return { termMonths, renewalInDays: sampleRenewalInDays(rng, maxRenewal), termsCompleted };
}

export function planAccount(ctx: GenerationContext, index: number): AccountPlan {
  const rng = accountRandom(ctx, index).fork('profile');
  const setup = setupFor(index);
  const base = baseProfile(ctx, index);
  const parentIndex = parentFor(ctx, index, rng);
  const parent = parentIndex === null ? null : baseProfile(ctx, parentIndex);
  const industry = parent && !setup.industry && rng.chance(0.85) ? parent.industry : base.industry;
  const profile = INDUSTRY_PROFILES[industry];

  const stem = companyStem(ctx.companyStems, index);
  const suffix = rng.pick(profile.nameSuffixes);
  const story =
    setup.story ??
    rng.weighted<Story>([
      ['growing', 30],
      ['steady', 40],
      ['declining', 15],
      ['ramping', 15],
    ]);
  const core = coreContractFor(story, setup, rng);
  const renewalDay = ctx.asOfDay + core.renewalInDays;
  const revenue = base.employeeCount * profile.revenuePerEmployee * rng.logNormal(1, 0.3);

  return {
    index,
    id: ids.account(index),
    name: `${stem} ${suffix}`,
    domain: `${emailPart(stem)}${emailPart(suffix)}.example`,
    industry,
    segment: base.segment,
    region: setup.region ?? rng.weighted(REGIONS),
    employeeCount: base.employeeCount,
    annualRevenue: roundSignificant(revenue, 3),
    parentId: parentIndex === null ? null : ids.account(parentIndex),
    core,
    customerSinceDay: addMonths(renewalDay, -core.termMonths * core.termsCompleted),
    story,
    engagement: setup.engagement ?? 'normal',
    knownPeople: setup.knownPeople ?? knownPeopleFor(base.segment, base.employeeCount, rng),
    primaryDepartment: setup.primaryDepartment ?? rng.weighted(profile.primaryDepartments),
    setup,
  };
}

export function accountRecord(plan: AccountPlan): AccountRecord {
  return {
    id: plan.id,
    name: plan.name,
    industry: plan.industry,
    segment: plan.segment,
    region: plan.region,
    employeeCount: plan.employeeCount,
    annualRevenue: plan.annualRevenue,
    website: `https://www.${plan.domain}`,
    parentId: plan.parentId,
    customerSince: formatDay(plan.customerSinceDay),
  };
}

export const primaryDepartmentName = (plan: AccountPlan): string => DEPARTMENTS[plan.primaryDepartment].name;
