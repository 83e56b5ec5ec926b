import { StartupError } from '../../domain/errors';
import {
  EXPANSION_TYPES,
  type BusinessCaseMetric,
  type ExpansionType,
  type OpportunityType,
  type StakeholderRole,
} from '../../domain/vocabulary';

/**
 * Expansion opportunities (`src/scoring/opportunity*.ts`): when a signal or a whitespace cell
 * becomes an opportunity (context, timing, stakeholder alignment), how readiness and intent are
 * told apart, and how the business case and its size are built. Who counts as engaged comes from
 * `threading` (engagedThreshold, engagedWindowDays), the capacity conversation's lead from
 * `signals.expansion.capacity.conversationLeadDays`, and the health gate from `plays`, so each
 * rule has one definition.
 */
export interface OpportunitiesConfig {
  /** Best-ranked open whitespace cells (OPEN or COMPETITOR) weighed per account besides its signals. */
  maxWhitespaceCells: number;
  context: {
    /** Seat growth counts as a cause when the rate was fitted over at least this many snapshots… */
    minGrowthSnapshots: number;
    /** …and adds at least this share of the licensed seats a month (0.01 = 1%). */
    minMonthlyGrowthShare: number;
  };
  timing: {
    /** A ceiling projected within this many days makes it time to talk. */
    ceilingHorizonDays: number;
    /** A renewal of the subscription concerned (for a product not owned: any renewal) this close… */
    renewalWithinDays: number;
    /** …is raised this many days before it, so the change lands in the renewal. */
    renewalLeadDays: number;
    /** A customer objective the opportunity serves, due within this many days. */
    objectiveDueWithinDays: number;
  };
  alignment: {
    /** Engaged holders of these roles care about any expansion at the account. */
    caringRoles: StakeholderRole[];
    /** Engaged people who care needed for alignment. */
    minPeople: number;
    /** At most this many are listed (the strongest), the rest counted. */
    maxListed: number;
  };
  intent: {
    /** Customer-initiated (INBOUND) interactions this recent can show intent. */
    windowDays: number;
    /** Open CRM opportunities of these types for the product show intent. */
    opportunityTypes: OpportunityType[];
    /**
     * Words in an inbound subject (case-insensitive, anywhere in it) that show a wish to buy, and
     * the kinds of expansion each speaks to. A subject that names a product speaks to that
     * product only; one that names none speaks to every product, unless the keyword is too
     * general to stand alone (`needsProductName`: "Pricing discussion" says nothing about what).
     */
    keywords: { keyword: string; expansionTypes: ExpansionType[]; needsProductName: boolean }[];
  };
  readiness: {
    /** The product's own utilisation at which the customer is successful with it (seats, units, tiers). */
    productSuccessUtilisation: number;
  };
  businessCase: {
    /** Seat options offered, as shares of the licensed seats (the seed: 25% to 50%, let them choose). */
    seatOptions: number[];
    /** Which option (index into seatOptions) sizes a seat expansion: the first, the smallest, by default. */
    sizeOption: number;
    /** A tier upgrade is sized at this share of the subscription's ARR (the catalog has no tier prices). */
    tierUpgradeUplift: number;
    /** The customer metric a product family's case is told in (seat expansions: CAPACITY_HEADROOM). */
    familyMetrics: Record<string, BusinessCaseMetric>;
    /** For a family not listed. */
    defaultMetric: BusinessCaseMetric;
    /**
     * Words linking a customer objective (title or metric, case-insensitive) to a product family:
     * the objective the product serves, its context and its business case.
     */
    objectiveKeywords: Record<string, string[]>;
  };
}

const ALL_TYPES: ExpansionType[] = [...EXPANSION_TYPES];

export const DEFAULT_OPPORTUNITIES_CONFIG: OpportunitiesConfig = {
  maxWhitespaceCells: 3,
  context: { minGrowthSnapshots: 3, minMonthlyGrowthShare: 0.01 },
  timing: {
    ceilingHorizonDays: 180,
    renewalWithinDays: 120,
    renewalLeadDays: 90,
    objectiveDueWithinDays: 180,
  },
  alignment: {
    caringRoles: ['ECONOMIC_BUYER', 'DECISION_MAKER', 'CHAMPION', 'EXECUTIVE_SPONSOR'],
    minPeople: 1,
    maxListed: 8,
  },
  intent: {
    windowDays: 60,
    opportunityTypes: ['EXPANSION'],
    keywords: [
      { keyword: 'seat', expansionTypes: ['SEAT_EXPANSION'], needsProductName: false },
      { keyword: 'true-up', expansionTypes: ['SEAT_EXPANSION'], needsProductName: false },
      { keyword: 'licen', expansionTypes: ['SEAT_EXPANSION'], needsProductName: false },
      { keyword: 'pricing', expansionTypes: ALL_TYPES, needsProductName: true },
      { keyword: 'quote', expansionTypes: ALL_TYPES, needsProductName: true },
      { keyword: 'expan', expansionTypes: ALL_TYPES, needsProductName: true },
      { keyword: 'upgrade', expansionTypes: ['TIER_UPGRADE'], needsProductName: true },
      { keyword: 'intro', expansionTypes: ['CROSS_SELL', 'NEW_UNIT'], needsProductName: true },
    ],
  },
  readiness: { productSuccessUtilisation: 0.6 },
  businessCase: {
    seatOptions: [0.25, 0.375, 0.5],
    sizeOption: 0,
    tierUpgradeUplift: 0.2,
    familyMetrics: {
      Platform: 'COST_AVOIDED',
      Analytics: 'TIME_SAVED',
      Automation: 'TIME_SAVED',
      Security: 'RISK_REDUCED',
      Services: 'TIME_SAVED',
    },
    defaultMetric: 'TIME_SAVED',
    // Only links a product really serves: Premium Support (Services) helps them run our product,
    // not their own objectives, so it has none.
    objectiveKeywords: {
      Platform: ['consolidat', 'retire', 'point tool', 'integrat'],
      Analytics: ['report', 'visibility', 'forecast', 'close the books', 'month-end'],
      Automation: ['automat', 'manual', 'cycle time', 'turnaround', 'approval', 'time-to-'],
      Security: ['audit', 'soc 2', 'compliance', 'security'],
    },
  },
};

/** Refuses settings no opportunity can be judged under; called once at start-up. */
export function checkOpportunitiesConfig(config: OpportunitiesConfig): void {
  const options = config.businessCase.seatOptions;
  if (options.length === 0 || options.some((o) => !(o > 0))) {
    throw new StartupError('opportunities.businessCase.seatOptions must be shares above 0');
  }
  const index = config.businessCase.sizeOption;
  if (!Number.isInteger(index) || index < 0 || index >= options.length) {
    throw new StartupError('opportunities.businessCase.sizeOption must index seatOptions');
  }
  if (config.intent.keywords.some((k) => k.keyword.trim() === '')) {
    throw new StartupError('opportunities.intent.keywords must not hold an empty keyword');
  }
  if (!Number.isInteger(config.alignment.minPeople) || config.alignment.minPeople < 1) {
    throw new StartupError('opportunities.alignment.minPeople must be a whole number, 1 or more');
  }
  if (!Number.isInteger(config.maxWhitespaceCells) || config.maxWhitespaceCells < 0) {
    throw new StartupError('opportunities.maxWhitespaceCells must be a whole number, 0 or more');
  }
}
