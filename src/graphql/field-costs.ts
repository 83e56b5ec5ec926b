/**
 * What each field costs, in the units of GRAPHQL_MAX_COMPLEXITY (default 10,000): roughly one
 * unit per Cypher statement row-set plus the scoring work behind it, measured against the demo
 * (bench:analytics). A plain property or a DataLoader-batched relation costs 1; the analytics
 * below run several statements and score in Node, so each is priced from what it really does.
 * A refusal is cheap: the price is computed from the document alone, before anything runs.
 */
import { TRAVERSAL_HARD_LIMITS } from '../config/analytics/traversal';

type Args = Record<string, unknown>;
type Price = number | ((args: Args) => number);

const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

/**
 * A traversal's frontier grows with its depth: priced at a branching of 10 per hop (a person
 * in a 1,000-person account reaches tens at one hop, hundreds at two, most of it at three).
 */
const traversal = (base: number, defaultDepth: number) => (args: Args) =>
  base * 10 ** Math.max(0, pricedDepth(num(args['depth'], defaultDepth)) - 1) + num(args['first'], 20);

/**
 * No traversal goes deeper than the Cypher files' hard ceiling: a deeper request is refused by
 * the traversal's own check, with a message that names the limit, before anything runs.
 */
const pricedDepth = (depth: number): number => Math.min(depth, TRAVERSAL_HARD_LIMITS.depth);

/** Per-account analytics: what one call for one account costs (reads plus scoring). */
export const ACCOUNT_ANALYTICS = {
  // The plan and the briefing run nearly every analytic below for their account: their sum.
  accountPlan: 1_000,
  executiveBriefing: 1_000,
  engagementCalendar: 150,
  expansionOpportunities: 150,
  plays: 100,
  departureImpact: 80,
  stakeholderMap: 60,
  whitespace: 60,
  accountHealth: 50,
  threadingRisk: 40,
  expansionSignals: 40,
  churnIndicators: 40,
} as const;

/**
 * Field prices by `Type.field`. Portfolio views score one account per row, so they cost their
 * page size (`first`) times the per-account price; the estimator adds what each row selects.
 */
export const FIELD_PRICES: Readonly<Record<string, Price>> = {
  ...Object.fromEntries(Object.entries(ACCOUNT_ANALYTICS).map(([field, cost]) => [`Query.${field}`, cost])),
  'Query.pathsToPower': (args) => 25 * num(args['maxHops'], 4) * Math.max(1, num(args['k'], 3)),
  'Query.revenueRetention': (args) => (typeof args['accountId'] === 'string' ? 30 : 200),
  'Query.neighbourhood': traversal(40, 1),
  'Query.influenceReach': traversal(40, 2),
  'Query.shortestPath': 50,
  'Query.strongestPath': (args) => 30 * num(args['first'], 3),
  'Query.portfolioHealth': (args) => num(args['first'], 20) * ACCOUNT_ANALYTICS.accountHealth,
  'Query.portfolioThreadingRisk': (args) => num(args['first'], 20) * ACCOUNT_ANALYTICS.threadingRisk,
  'Query.portfolioExpansionSignals': (args) => num(args['first'], 20) * ACCOUNT_ANALYTICS.expansionSignals,
  'Query.portfolioChurnIndicators': (args) => num(args['first'], 20) * ACCOUNT_ANALYTICS.churnIndicators,
  'Query.portfolioWhitespace': (args) => num(args['first'], 20) * ACCOUNT_ANALYTICS.whitespace,
  'Query.portfolioExpansionOpportunities': (args) =>
    num(args['first'], 20) * ACCOUNT_ANALYTICS.expansionOpportunities,
  // The same analytics reached from an account: once per account the query reaches.
  'Account.health': ACCOUNT_ANALYTICS.accountHealth,
  'Account.threadingRisk': ACCOUNT_ANALYTICS.threadingRisk,
  'Account.relationshipStrength': 30,
  'Account.strengthTrend': (args) => 30 * num(args['points'], 6),
  'Account.healthTrend': 10,
  'Stakeholder.relationshipStrength': 10,
  'Stakeholder.strengthTrend': (args) => 10 * num(args['points'], 6),
  'Stakeholder.reportingLine': 5,
};

export function priceOf(typeName: string, fieldName: string, args: Args): number | undefined {
  const price = FIELD_PRICES[`${typeName}.${fieldName}`];
  return typeof price === 'function' ? price(args) : price;
}
