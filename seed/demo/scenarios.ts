import { PRODUCT } from './catalog';
import { ids } from './ids';
import { SCENARIO_SETUPS, WHITESPACE_PEERS, type ScenarioKey } from './scenario-setups';
import type { AccountPlan, ScenarioSetup } from './types';

export type { ScenarioKey } from './scenario-setups';

/**
 * The situations the product exists for, each pinned to a fixed account number so tests, the
 * README and demos can point at them. Everything else in the portfolio is random but coherent.
 */
export interface DemoScenario {
  key: ScenarioKey;
  accountId: string;
  title: string;
  description: string;
  /** Other accounts the scenario relies on (e.g. the peers that define whitespace). */
  relatedAccountIds: string[];
}

const SCENARIO_INDEX: Record<ScenarioKey, number> = {
  'capacity-ceiling': 1,
  'multi-threaded-green': 3,
  'departed-champion': 5,
  'single-threaded': 7,
  'red-account': 9,
  whitespace: 11,
};

/** Ordinary accounts forced into the whitespace account's industry and segment, owning more. */
const WHITESPACE_PEER_INDEXES = [2, 8, 13];

/** child account number -> parent account number (SUBSIDIARY_OF). */
export const SUBSIDIARY_PARENTS: Readonly<Record<number, number>> = { 20: 1, 27: 3, 33: 9 };

export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    key: 'capacity-ceiling',
    accountId: ids.account(SCENARIO_INDEX['capacity-ceiling']),
    title: 'Near seat capacity at the largest account',
    description:
      'Largest account by ARR. Core Platform is at 2,300 of 2,500 seats (92%) after steady growth of ' +
      'about 50 seats a month, so 100% is a few months out. Analytics is licensed to two units: ' +
      'Finance uses 94% of its seats, Marketing 8%.',
    relatedAccountIds: [],
  },
  {
    key: 'multi-threaded-green',
    accountId: ids.account(SCENARIO_INDEX['multi-threaded-green']),
    title: 'Healthy, multi-threaded account',
    description:
      'Growing usage, high NPS, an engaged executive sponsor and economic buyer, and recent contact ' +
      'with many people across levels and departments; no single contact dominates.',
    relatedAccountIds: [],
  },
  {
    key: 'departed-champion',
    accountId: ids.account(SCENARIO_INDEX['departed-champion']),
    title: 'Champion left a ~$200K account',
    description:
      'About $200K ARR. The champion, a director, left 18 days ago (CHAMPION role ends the same day). ' +
      'Their manager is still there, as are a successor in the same department and active end users ' +
      "outside the champion's team.",
    relatedAccountIds: [],
  },
  {
    key: 'single-threaded',
    accountId: ids.account(SCENARIO_INDEX['single-threaded']),
    title: 'Single-threaded account',
    description:
      'Over the last six months nearly every interaction went to the champion alone; the economic ' +
      'buyer has not been engaged in that time and there is no executive sponsor.',
    relatedAccountIds: [],
  },
  {
    key: 'red-account',
    accountId: ids.account(SCENARIO_INDEX['red-account']),
    title: 'Red account ahead of renewal',
    description:
      'Core usage down 40% over six months, several escalated HIGH/URGENT tickets with negative ' +
      'sentiment in the last 90 days, low NPS, the executive sponsor left 70 days ago, and the ' +
      'renewal is 52 days out. A competitor for the core platform is in the account.',
    relatedAccountIds: [],
  },
  {
    key: 'whitespace',
    accountId: ids.account(SCENARIO_INDEX.whitespace),
    title: 'Clear whitespace',
    description:
      'A mid-market manufacturer that owns only the Core Platform, while most mid-market ' +
      'manufacturers own two or three more products; Lumina BI (an Analytics alternative) is used ' +
      'in its Finance unit.',
    relatedAccountIds: WHITESPACE_PEER_INDEXES.map((index) => ids.account(index)),
  },
];

/** The scenarios whose accounts exist in a portfolio of `accounts` accounts. */
export function scenariosFor(accounts: number): DemoScenario[] {
  return DEMO_SCENARIOS.filter((scenario) => SCENARIO_INDEX[scenario.key] <= accounts);
}

export function scenarioKeyAt(index: number): ScenarioKey | null {
  const entry = Object.entries(SCENARIO_INDEX).find(([, at]) => at === index);
  return entry ? (entry[0] as ScenarioKey) : null;
}

/** Whether account `index` is pinned by a scenario (and so must not be randomised away). */
export function isPinned(index: number): boolean {
  return (
    scenarioKeyAt(index) !== null || WHITESPACE_PEER_INDEXES.includes(index) || index in SUBSIDIARY_PARENTS
  );
}

export function setupFor(index: number): ScenarioSetup {
  const key = scenarioKeyAt(index);
  if (key) return SCENARIO_SETUPS[key];
  if (WHITESPACE_PEER_INDEXES.includes(index)) {
    return {
      ...WHITESPACE_PEERS,
      minProducts: 3,
      requiredProductIds: [PRODUCT.analytics, PRODUCT.automation],
    };
  }
  return {};
}

/**
 * Whitespace is only clear if the account's peers really do own more: any ordinary account that
 * lands in the same industry and segment is given at least three products.
 */
export function peerProductFloor(plan: AccountPlan): number {
  const isPeer = plan.industry === WHITESPACE_PEERS.industry && plan.segment === WHITESPACE_PEERS.segment;
  return isPeer && !plan.setup.subscriptions ? 3 : 1;
}
