import { readFileSync } from 'node:fs';
import { StartupError } from '../../domain/errors';
import { DEFAULT_BUSINESS_DAYS_CONFIG, type BusinessDaysConfig } from './business-days';
import { DEFAULT_CALENDAR_CONFIG, type CalendarConfig } from './calendar';
import { DEFAULT_HEALTH_CONFIG, type HealthConfig } from './health';
import { DEFAULT_OPPORTUNITIES_CONFIG, type OpportunitiesConfig } from './opportunities';
import { DEFAULT_PATHS_CONFIG, type PathsConfig } from './paths';
import { DEFAULT_PLAN_CONFIG, type PlanConfig } from './plan';
import { DEFAULT_PLAYS_CONFIG, type PlaysConfig } from './plays';
import { DEFAULT_RELATIONSHIPS_CONFIG, type RelationshipsConfig } from './relationships';
import { DEFAULT_THREADING_CONFIG, type ThreadingConfig } from './threading';
import { DEFAULT_SIGNALS_CONFIG, type SignalsConfig } from './signals';
import { DEFAULT_TRAVERSAL_CONFIG, type TraversalConfig } from './traversal';
import { DEFAULT_WHITESPACE_CONFIG, type WhitespaceConfig } from './whitespace';

/**
 * Weights, thresholds and windows of every score and finding: configuration with documented
 * defaults (see README, "Analytics configuration"), overridable per deployment by a JSON file
 * (ANALYTICS_CONFIG_FILE) that only needs the values it changes.
 *
 * Each concern keeps its defaults in its own file in this folder and is registered here.
 */
export interface AnalyticsConfig {
  /** Placeholder section so the shape is never empty; concerns add their own sections. */
  version: number;
  relationships: RelationshipsConfig;
  threading: ThreadingConfig;
  paths: PathsConfig;
  health: HealthConfig;
  plays: PlaysConfig;
  whitespace: WhitespaceConfig;
  signals: SignalsConfig;
  traversal: TraversalConfig;
  opportunities: OpportunitiesConfig;
  plan: PlanConfig;
  calendar: CalendarConfig;
  businessDays: BusinessDaysConfig;
}

export const DEFAULT_ANALYTICS_CONFIG: AnalyticsConfig = {
  version: 1,
  relationships: DEFAULT_RELATIONSHIPS_CONFIG,
  threading: DEFAULT_THREADING_CONFIG,
  paths: DEFAULT_PATHS_CONFIG,
  health: DEFAULT_HEALTH_CONFIG,
  plays: DEFAULT_PLAYS_CONFIG,
  whitespace: DEFAULT_WHITESPACE_CONFIG,
  signals: DEFAULT_SIGNALS_CONFIG,
  traversal: DEFAULT_TRAVERSAL_CONFIG,
  opportunities: DEFAULT_OPPORTUNITIES_CONFIG,
  plan: DEFAULT_PLAN_CONFIG,
  calendar: DEFAULT_CALENDAR_CONFIG,
  businessDays: DEFAULT_BUSINESS_DAYS_CONFIG,
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Overrides merged onto defaults; an unknown key or a value of the wrong type is an error. */
export function mergeConfig<T>(defaults: T, overrides: unknown, path = 'analytics'): T {
  if (overrides === undefined) return defaults;
  if (isObject(defaults)) {
    if (!isObject(overrides)) throw new StartupError(`${path} must be an object`);
    const merged: Record<string, unknown> = { ...defaults };
    for (const [key, value] of Object.entries(overrides)) {
      if (!(key in defaults)) throw new StartupError(`${path}.${key} is not a known setting`);
      merged[key] = mergeConfig((defaults as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
    return merged as T;
  }
  if (typeof defaults !== typeof overrides || Array.isArray(defaults) !== Array.isArray(overrides)) {
    throw new StartupError(`${path} must be a ${Array.isArray(defaults) ? 'list' : typeof defaults}`);
  }
  return overrides as T;
}

export function loadAnalyticsConfig(file: string | undefined): AnalyticsConfig {
  if (file === undefined) return DEFAULT_ANALYTICS_CONFIG;
  let overrides: Json;
  try {
    overrides = JSON.parse(readFileSync(file, 'utf8')) as Json;
  } catch (error) {
    throw new StartupError(`Cannot read ANALYTICS_CONFIG_FILE ${file}: ${(error as Error).message}`);
  }
  return mergeConfig(DEFAULT_ANALYTICS_CONFIG, overrides);
}
