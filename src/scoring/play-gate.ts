import type { PlaysConfig } from '../config/analytics/plays';
import type { ExpansionBlocker, HealthBand } from '../domain/vocabulary';
import type { HealthAsOf, HealthEvidence } from './health-parts';
import { personEvidence, type RoleLoss } from './health-people';
import type { AccountHealth } from './health-score';
import { isOpenOn, ticketEvidence, type HealthTicket } from './health-support';
import { latestUsage, readingEvidence, type HealthSubscription } from './health-usage';
import { round } from './score-parts';

/** Whether the customer is successful with what they own, and the readings and tickets that say so. */
export interface SuccessCheck {
  successful: boolean;
  /** Σ active / Σ licensed seats of the active subscriptions' latest readings; null without any. */
  utilisation: number | null;
  minUtilisation: number;
  /** The latest reading of each owned product. */
  readings: HealthEvidence[];
  /** Open tickets of a blocking severity. */
  blockingTickets: HealthEvidence[];
  /** Why not, in words (empty when successful). */
  reasons: string[];
}

export interface ExpansionBlock {
  code: ExpansionBlocker;
  message: string;
  evidence: HealthEvidence[];
}

/** May an expansion play be proposed: green (or an allowed band) and successful, or the blockers with their evidence. */
export interface ExpansionGate {
  allowed: boolean;
  band: HealthBand | null;
  score: number | null;
  blockers: ExpansionBlock[];
}

/**
 * "Successful with what they own" (plays.success): utilisation of the owned products, seat-weighted
 * over the active subscriptions' latest readings, at least minUtilisation, and no open ticket of a
 * blocking severity. Without any usage reading success is not shown, so it is not assumed.
 */
export function successCheck(
  subscriptions: readonly HealthSubscription[],
  tickets: readonly HealthTicket[],
  asOf: HealthAsOf,
  trendDays: number,
  config: PlaysConfig['success'],
): SuccessCheck {
  const usage = latestUsage(subscriptions, asOf, trendDays);
  const licensed = usage.reduce((sum, u) => sum + u.latest.licensedSeats, 0);
  const active = usage.reduce((sum, u) => sum + u.latest.activeSeats, 0);
  const utilisation = licensed > 0 ? active / licensed : null;
  const blocking = tickets
    .filter((t) => config.blockingSeverities.includes(t.severity) && isOpenOn(t, asOf.now))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  const reasons: string[] = [];
  if (utilisation === null) {
    reasons.push('No usage reading of an active subscription: success with what they own is not shown');
  } else if (utilisation < config.minUtilisation) {
    reasons.push(
      `Utilisation of owned products is ${pct(utilisation)} (${active} of ${licensed} seats), below ${pct(config.minUtilisation)}`,
    );
  }
  if (blocking.length > 0) {
    reasons.push(
      `${blocking.length} open ${config.blockingSeverities.join('/')} ticket${blocking.length === 1 ? '' : 's'}: ${blocking.map((t) => t.id).join(', ')}`,
    );
  }
  return {
    successful: reasons.length === 0,
    utilisation: utilisation === null ? null : round(utilisation, 4),
    minUtilisation: config.minUtilisation,
    readings: usage.map((u) => readingEvidence(u.subscription, u.latest, u.latest.fromSubscription)),
    blockingTickets: blocking.map((t) => ticketEvidence(t, asOf.now)),
    reasons,
  };
}

/**
 * The one expansion gate: plays, requestPlay, the account plan's growth strategy and
 * expansionOpportunities all ask it (through PlaysService.expansionGates). Never an expansion on
 * a red account (or any band outside plays.expansionBands), on an account whose health is unknown
 * or has too little data, on a customer not yet successful with what they own, while the
 * customer is frustrated (plays.frustratedWhen: open escalations, open high-severity tickets,
 * detractor NPS, talk of alternatives), and (plays.holdExpansionAfterChampionDeparture) not while
 * a champion's departure is recent. Each refusal is a blocker with its evidence.
 */
export function expansionGate(
  health: AccountHealth,
  success: SuccessCheck,
  championDeparture: RoleLoss | null,
  config: PlaysConfig,
): ExpansionGate {
  const blockers: ExpansionBlock[] = [];
  if (health.band === null) {
    blockers.push({
      code: 'HEALTH_UNKNOWN',
      message: `Health cannot be scored (${Math.round(health.coverage * 100)}% of the weight has data; ${health.missingInputs.join('; ')}): establish it before proposing an expansion`,
      evidence: [],
    });
  } else if (!config.expansionBands.includes(health.band)) {
    const threshold =
      health.uncappedBand !== null && health.uncappedBand !== health.band
        ? `capped from ${health.uncappedBand}`
        : health.band === 'RED'
          ? `below YELLOW's ${health.bands.yellowFrom}`
          : `below GREEN's ${health.bands.greenFrom}`;
    blockers.push({
      code: 'HEALTH_BAND',
      message: `${health.accountName} is ${health.band} (health ${health.score}, ${threshold})${
        health.band === 'RED'
          ? ': never an expansion play on a red account, stabilise first'
          : ': stabilise first'
      }${health.redFlags.length ? `. Red flags: ${[...new Set(health.redFlags.map((f) => f.code))].join(', ')}` : ''}`,
      // The first record behind each red flag, once each.
      evidence: health.redFlags
        .flatMap((f) => f.evidence.slice(0, 1))
        .filter((e, i, all) => all.findIndex((o) => o.kind === e.kind && o.id === e.id) === i),
    });
  }
  if (success.utilisation === null) {
    blockers.push({ code: 'NO_USAGE_DATA', message: success.reasons[0] ?? '', evidence: [] });
  } else if (success.utilisation < success.minUtilisation) {
    blockers.push({
      code: 'LOW_UTILISATION',
      message: `Not yet successful with what they own: ${success.reasons[0] ?? ''}`,
      evidence: success.readings,
    });
  }
  if (success.blockingTickets.length > 0) {
    blockers.push({
      code: 'OPEN_BLOCKING_TICKET',
      message: `Not yet successful with what they own: ${success.reasons.at(-1) ?? ''}`,
      evidence: success.blockingTickets,
    });
  }
  // A frustrated customer won't respond to "buy more": stabilise first, whatever the band.
  for (const flag of health.redFlags.filter((f) => config.frustratedWhen.includes(f.code))) {
    blockers.push({
      code: 'SENTIMENT_FRUSTRATED',
      message: `Frustrated (${flag.code}): ${flag.message}; stabilise first`,
      evidence: flag.evidence,
    });
  }
  if (championDeparture !== null && config.holdExpansionAfterChampionDeparture) {
    const { person, endedOn } = championDeparture;
    blockers.push({
      code: 'CHAMPION_DEPARTED',
      message: `Champion ${person.name} left on ${endedOn}: run the rescue first, expansion waits until no single departure threatens the account`,
      evidence: [personEvidence(person, `champion, left on ${endedOn}`)],
    });
  }
  return { allowed: blockers.length === 0, band: health.band, score: health.score, blockers };
}

function pct(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
