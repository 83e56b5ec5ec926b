import { emptyPortfolioRecords, type PortfolioRecords } from '../../src/domain/graph-records';
import { accountRandom, accountRecord, planAccount } from './account-profile';
import { generateBusinessUnits } from './business-units';
import { castStakeholders } from './cast';
import { buildCatalog, productById } from './catalog';
import { generateCompetitorPresence } from './competition';
import { generateCoverage } from './coverage';
import { parseDay } from './dates';
import { applyScenarioDepartures } from './departures';
import { generateInfluence } from './influence';
import { generateInteractions } from './interactions';
import { COMPANY_STEMS } from './names';
import { generateNps } from './nps';
import { generateObjectives } from './objectives';
import { generateOpportunities } from './opportunities';
import { generatePeople } from './org-chart';
import { Random } from './random';
import { assignRoles } from './roles';
import { generateSubscriptions } from './subscriptions';
import { generateTickets } from './tickets';
import type { AccountBundle, GenerationContext } from './types';
import { generateUsage } from './usage';

export type { AccountBundle, GenerationContext } from './types';

export interface DemoPortfolioOptions {
  seed: number;
  /** How many accounts. Scenarios are pinned to acc-0001..acc-0013 (DEMO_SCENARIOS); fewer drops some. */
  accounts: number;
  /** The last day of the two years of history, YYYY-MM-DD. */
  asOf: string;
}

export const DEFAULT_DEMO_ACCOUNTS = 36;
export const DEFAULT_DEMO_SEED = 42;

/** Two years of history end at asOf. */
const HISTORY_DAYS = 730;

/** The part shared by every account: build once, then generate accounts in any order. */
export function createGenerationContext(options: { seed: number; asOf: string }): GenerationContext {
  const asOfDay = parseDay(options.asOf);
  const random = Random.fromSeed(options.seed);
  return {
    seed: options.seed,
    asOf: options.asOf,
    asOfDay,
    windowStartDay: asOfDay - HISTORY_DAYS,
    random,
    catalog: buildCatalog(),
    companyStems: random.fork('company-stems').shuffle(COMPANY_STEMS),
  };
}

/**
 * Every record of account `index` (1-based). Depends only on the context and the index, so an
 * importer can generate accounts one at a time, in parallel, or resume half-way.
 */
export function generateAccount(ctx: GenerationContext, index: number): AccountBundle {
  if (!Number.isInteger(index) || index < 1) throw new Error(`Account index must be 1 or more, got ${index}`);
  const plan = planAccount(ctx, index);
  const rng = accountRandom(ctx, index);
  // Contact starts with the sales cycle, but never before the two-year window.
  const firstContactDay = Math.max(ctx.windowStartDay, plan.customerSinceDay - 150);

  const units = generateBusinessUnits(plan, rng.fork('units'));
  const people = generatePeople(ctx, plan, units, rng.fork('people'));
  const cast = castStakeholders(ctx, plan, people, rng.fork('cast'));
  applyScenarioDepartures(ctx, plan, cast);
  const roles = assignRoles(ctx, plan, people, cast, rng.fork('roles'));
  const subscriptions = generateSubscriptions(ctx, plan, units, rng.fork('subscriptions'));
  const active = subscriptions.filter((s) => s.record.status === 'ACTIVE').map((s) => s.record);
  const arr = active.reduce((total, s) => total + s.arr, 0);
  const coverage = generateCoverage(ctx, plan, arr, firstContactDay, rng.fork('coverage'));
  const interactions = generateInteractions(
    ctx,
    plan,
    {
      people,
      roles,
      coverage,
      productNames: active.map((s) => productById(ctx.catalog, s.productId).name),
      holdsQbrs: plan.engagement !== 'single-threaded' && (plan.segment === 'ENTERPRISE' || arr >= 100_000),
      firstContactDay,
    },
    rng.fork('interactions'),
  );
  const { opportunities, contactRoles } = generateOpportunities(
    ctx,
    plan,
    {
      subscriptions,
      people,
      roles,
      ownerId: coverage.find((c) => c.role === 'ACCOUNT_OWNER')?.teamMemberId ?? null,
      csmId: coverage.find((c) => c.role === 'CSM')?.teamMemberId ?? null,
      firstContactDay,
    },
    rng.fork('opportunities'),
  );

  return {
    account: accountRecord(plan),
    businessUnits: units.map((unit) => unit.record),
    people,
    roleAssignments: roles,
    influences: generateInfluence(plan, people, cast, rng.fork('influence')),
    coverage,
    interactions,
    subscriptions: subscriptions.map((s) => s.record),
    usageSnapshots: generateUsage(ctx, subscriptions, rng.fork('usage')),
    tickets: generateTickets(
      ctx,
      plan,
      people,
      Math.max(ctx.windowStartDay, plan.customerSinceDay),
      rng.fork('tickets'),
    ),
    npsResponses: generateNps(ctx, plan, people, rng.fork('nps')),
    // The demo has no per-user usage export: its rescues rank by interactions, and say so.
    personUsage: [],
    opportunities,
    opportunityContactRoles: contactRoles,
    competitorPresence: generateCompetitorPresence(ctx, plan, units, subscriptions, rng.fork('competition')),
    objectives: generateObjectives(ctx, plan, units, people, cast, rng.fork('objectives')),
  };
}

/** A whole demo tenant. Same options, same records: no clock, no Math.random. */
export function generateDemoPortfolio(options: DemoPortfolioOptions): PortfolioRecords {
  if (!Number.isInteger(options.accounts) || options.accounts < 0) {
    throw new Error(`accounts must be a whole number, got ${options.accounts}`);
  }
  const ctx = createGenerationContext(options);
  const portfolio: PortfolioRecords = { ...emptyPortfolioRecords(), ...ctx.catalog };
  for (let index = 1; index <= options.accounts; index += 1) {
    const { account, ...records } = generateAccount(ctx, index);
    portfolio.accounts.push(account);
    for (const key of Object.keys(records) as (keyof typeof records)[]) {
      (portfolio[key] as unknown[]).push(...records[key]);
    }
  }
  return portfolio;
}
