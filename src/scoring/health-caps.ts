import type { HealthCapsConfig } from '../config/analytics/health';
import type { HealthBand, HealthComponentName, StakeholderRole } from '../domain/vocabulary';
import {
  daysBetween,
  shiftDay,
  type HealthAsOf,
  type HealthEvidence,
  type HealthRedFlag,
} from './health-parts';
import { holdsOn, personEvidence, roleLosses, type KeyPerson } from './health-people';

/**
 * A rule that holds the band down whatever the weighted score says: a recent departure of someone
 * who decides with nobody engaged in their seat, or a frustrated customer.
 */
export interface BandCap {
  kind: 'DEPARTURE' | 'SENTIMENT';
  /** The band is no better than this. */
  maxBand: HealthBand;
  /** The last day the cap holds (a departure's window), or null while its cause lasts. */
  until: string | null;
  component: HealthComponentName;
  message: string;
  evidence: HealthEvidence[];
}

const BAND_ORDER: Record<HealthBand, number> = { RED: 0, YELLOW: 1, GREEN: 2 };

/** The worse of two bands. */
export function worseBand(a: HealthBand, b: HealthBand): HealthBand {
  return BAND_ORDER[a] <= BAND_ORDER[b] ? a : b;
}

const ROLE_NAMES: Partial<Record<StakeholderRole, string>> = {
  CHAMPION: 'Champion',
  ECONOMIC_BUYER: 'Economic buyer',
  EXECUTIVE_SPONSOR: 'Executive sponsor',
  DECISION_MAKER: 'Decision maker',
};

/**
 * caps.departure: each holder of a watched role who left the account in the last `withinDays`,
 * while nobody now holding that role has talked with us (inbound or mutual) within
 * `replacementEngagedWithinDays`, caps the band at `maxBand` until `withinDays` after they left.
 * A successor who holds the role but has not talked with us is named: a gap, not a replacement.
 */
export function departureCaps(
  people: readonly KeyPerson[],
  asOf: HealthAsOf,
  config: HealthCapsConfig['departure'],
): BandCap[] {
  return config.roles.flatMap((role) =>
    roleLosses(people, role, asOf.day, config.withinDays)
      .filter((loss) => loss.departed)
      .sort((a, b) => a.endedOn.localeCompare(b.endedOn) || a.person.id.localeCompare(b.person.id))
      .flatMap((loss): BandCap[] => {
        const holders = people.filter((p) => p.id !== loss.person.id && holdsOn(p, role, asOf.day));
        const engaged = holders.filter(
          (p) =>
            p.lastTwoWay !== null &&
            daysBetween(p.lastTwoWay.occurredAt, asOf.now) <= config.replacementEngagedWithinDays,
        );
        if (engaged.length > 0) return [];
        const name = ROLE_NAMES[role] ?? role;
        const ago = daysBetween(loss.endedOn, asOf.day);
        const until = shiftDay(loss.endedOn, config.withinDays);
        const successors =
          holders.length === 0
            ? 'nobody holds the role now'
            : `${holders.map((h) => h.name).join(', ')} ${holders.length === 1 ? 'holds' : 'hold'} the role but ${holders.length === 1 ? 'has' : 'have'} not talked with us in ${config.replacementEngagedWithinDays} days (a gap to close, not a replacement)`;
        return [
          {
            kind: 'DEPARTURE',
            maxBand: config.maxBand,
            until,
            component: role === 'EXECUTIVE_SPONSOR' ? 'SPONSOR' : 'ENGAGEMENT',
            message: `${name} ${loss.person.name} left on ${loss.endedOn} (${ago} days ago) and ${successors}: no better than ${config.maxBand} until ${until}`,
            evidence: [
              personEvidence(loss.person, `${name.toLowerCase()}, left on ${loss.endedOn}`),
              ...holders.map((h) => personEvidence(h, `holds ${name.toLowerCase()}, not engaged`)),
            ],
          },
        ];
      }),
  );
}

/** caps.sentiment: any of the configured red flags (open escalations, detractor NPS …) caps the band. */
export function sentimentCaps(
  redFlags: readonly HealthRedFlag[],
  config: HealthCapsConfig['sentiment'],
): BandCap[] {
  return redFlags
    .filter((f) => config.flags.includes(f.code))
    .map((f) => ({
      kind: 'SENTIMENT' as const,
      maxBand: config.maxBand,
      until: null,
      component: f.component,
      message: `${f.code}: ${f.message}: no better than ${config.maxBand} while it lasts`,
      evidence: f.evidence,
    }));
}

/** Red flags of the departures that cap the band (KEY_ROLE_DEPARTED), with their evidence. */
export function departureFlags(caps: readonly BandCap[]): HealthRedFlag[] {
  return caps
    .filter((c) => c.kind === 'DEPARTURE')
    .map((c) => ({
      code: 'KEY_ROLE_DEPARTED',
      component: c.component,
      message: c.message,
      evidence: c.evidence,
    }));
}
