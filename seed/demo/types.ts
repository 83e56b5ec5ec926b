import type { AccountRecord, PortfolioRecords } from '../../src/domain/graph-records';
import type { Segment, SeniorityLevel, SubscriptionStatus } from '../../src/domain/vocabulary';
import type { Catalog } from './catalog';
import type { Day } from './dates';
import type { DepartmentKey } from './departments';
import type { Industry } from './industries';
import type { Random } from './random';

/** What every account's generation shares; deliberately independent of how many accounts. */
export interface GenerationContext {
  readonly seed: number;
  readonly asOf: string;
  readonly asOfDay: Day;
  /** First day of the two years of history that end at asOf. */
  readonly windowStartDay: Day;
  readonly random: Random;
  readonly catalog: Catalog;
  /** Company-name stems in a per-seed order; account n takes stem n. */
  readonly companyStems: readonly string[];
}

/** Everything generated for one account; concatenating bundles gives the portfolio. */
export type AccountBundle = { account: AccountRecord } & Omit<
  PortfolioRecords,
  'products' | 'competitors' | 'teamMembers' | 'accounts'
>;

/** The account's trajectory, which usage, tickets, NPS and opportunities all follow. */
export type Story = 'growing' | 'steady' | 'declining' | 'ramping';
export type Engagement = 'normal' | 'multi-threaded' | 'single-threaded';
export type Region = 'North America' | 'EMEA' | 'APAC' | 'LATAM';
export type TermMonths = 12 | 24 | 36;

/** [months before asOf, active seats]: points a usage curve passes through exactly. */
export type UsageAnchor = readonly [monthsAgo: number, activeSeats: number];

export interface SubscriptionSpec {
  productId: string;
  /** Scopes the subscription to the account's unit for this department; null = account-wide. */
  department: DepartmentKey | null;
  seats: number;
  discount: number;
  termMonths: TermMonths;
  /** Days from asOf to the next renewal; negative for a subscription that has already ended. */
  renewalInDays: number;
  /** Whole terms between startDate and renewalDate. */
  termsCompleted: number;
  usage: readonly UsageAnchor[];
  status?: SubscriptionStatus;
  /** Month-to-month wobble around the curve, as a fraction of active seats. */
  noise?: number;
}

/** Knobs a scenario turns; generators read these, never the scenario's name. */
export interface ScenarioSetup {
  industry?: Industry;
  segment?: Segment;
  employeeCount?: number;
  region?: Region;
  story?: Story;
  engagement?: Engagement;
  knownPeople?: number;
  primaryDepartment?: DepartmentKey;
  /** Departments the account must have as units (subscriptions or objectives refer to them). */
  departments?: DepartmentKey[];
  /** Replaces the random subscriptions; the first one is the core contract. */
  subscriptions?: SubscriptionSpec[];
  /** Lower bound on distinct active products, and products that must be among them. */
  minProducts?: number;
  requiredProductIds?: string[];
  sponsor?: 'required' | 'none';
  championLevel?: SeniorityLevel;
  championDepartsDaysAgo?: number;
  sponsorDepartsDaysAgo?: number;
  /** Extra escalated HIGH/URGENT tickets with negative sentiment in the last 90 days. */
  escalatedTickets?: number;
  nps?: 'low' | 'high';
  competitor?: { competitorId: string; department: DepartmentKey | null; sinceDaysAgo: number };
  /** False keeps open expansion opportunities off the account, leaving the signal to be found. */
  openExpansion?: boolean;
  /**
   * The economic buyer writes in about seats this many days before the demo day: the intent
   * behind a capacity signal, there whatever day the portfolio is generated for.
   */
  seatRequestDaysAgo?: number;
}

export interface CoreContract {
  termMonths: TermMonths;
  renewalInDays: number;
  termsCompleted: number;
}

export interface AccountPlan {
  index: number;
  id: string;
  name: string;
  domain: string;
  industry: Industry;
  segment: Segment;
  region: Region;
  employeeCount: number;
  annualRevenue: number;
  parentId: string | null;
  core: CoreContract;
  customerSinceDay: Day;
  story: Story;
  engagement: Engagement;
  knownPeople: number;
  primaryDepartment: DepartmentKey;
  setup: ScenarioSetup;
}
