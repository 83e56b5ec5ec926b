import Holidays from 'date-holidays';
import { StartupError } from '../../domain/errors';

function knownCountry(country: string): boolean {
  return Object.keys(new Holidays().getCountries()).includes(country);
}

function knownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where an account's business days come from: its region's country (public holidays from the
 * `date-holidays` library) and time zone. Play steps, the plan and the calendar use the same days.
 */
export interface BusinessDaysConfig {
  /** Country (ISO 3166-1 alpha-2) and time zone of accounts with no region, or an unmapped one. */
  default: { country: string; timeZone: string };
  /** Per account region (as imported, e.g. "EMEA"): its country and time zone. */
  regions: Record<string, { country: string; timeZone: string }>;
}

export const DEFAULT_BUSINESS_DAYS_CONFIG: BusinessDaysConfig = {
  default: { country: 'US', timeZone: 'America/New_York' },
  regions: {
    'North America': { country: 'US', timeZone: 'America/New_York' },
    NA: { country: 'US', timeZone: 'America/New_York' },
    EMEA: { country: 'GB', timeZone: 'Europe/London' },
    APAC: { country: 'SG', timeZone: 'Asia/Singapore' },
    LATAM: { country: 'BR', timeZone: 'America/Sao_Paulo' },
  },
};

/** Refuses a country or time zone the libraries do not know; called once at start-up. */
export function checkBusinessDaysConfig(config: BusinessDaysConfig): void {
  for (const [path, place] of [
    ['businessDays.default', config.default] as const,
    ...Object.entries(config.regions).map(([region, p]) => [`businessDays.regions.${region}`, p] as const),
  ]) {
    if (!knownCountry(place.country))
      throw new StartupError(`${path}.country '${place.country}' is not a country date-holidays knows`);
    if (!knownTimeZone(place.timeZone))
      throw new StartupError(`${path}.timeZone '${place.timeZone}' is not an IANA time zone`);
  }
}

export function placeOf(
  config: BusinessDaysConfig,
  region: string | null,
): { country: string; timeZone: string } {
  return (region !== null ? config.regions[region] : undefined) ?? config.default;
}
