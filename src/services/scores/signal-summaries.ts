import type { AccountChurnIndicators } from '../signals/churn-indicators.service';
import type { AccountExpansionSignals } from '../signals/expansion-signals.service';

/**
 * The compact forms of the stored signal explanations, stored beside the full ones: what a
 * portfolio list shows (each finding's kind, summary, dates, figures and the people it concerns)
 * without the evidence lists (usage snapshots, units, hiring movements, tickets, NPS
 * observations), which are most of the bytes. A page reads the compact form unless a request
 * selects one of the GraphQL fields below; every other field is equal in both (tested).
 */

/** The GraphQL fields (names anywhere below a portfolio row) only the full expansion signals have. */
export const EXPANSION_EVIDENCE_FIELDS: ReadonlySet<string> = new Set(['snapshots', 'units']);

/** The GraphQL fields only the full churn indicators have (`tickets`: the trend's ticket list). */
export const CHURN_EVIDENCE_FIELDS: ReadonlySet<string> = new Set([
  'snapshots',
  'tickets',
  'observations',
  'previousObservations',
]);

/** Expansion signals without their evidence lists. */
export function expansionSummary(findings: AccountExpansionSignals): AccountExpansionSignals {
  return {
    ...findings,
    signals: findings.signals.map((s) => ({
      ...s,
      capacity: s.capacity && { ...s.capacity, snapshots: [] },
      adoption: s.adoption && { ...s.adoption, snapshots: [] },
      asymmetry: s.asymmetry && { ...s.asymmetry, units: [] },
      hiring: s.hiring && { ...s.hiring, units: [] },
    })),
  };
}

/** Churn indicators without their evidence lists. */
export function churnSummary(findings: AccountChurnIndicators): AccountChurnIndicators {
  return {
    ...findings,
    indicators: findings.indicators.map((i) => ({
      ...i,
      usageDecline: i.usageDecline && { ...i.usageDecline, snapshots: [] },
      tickets: i.tickets && { ...i.tickets, tickets: [] },
      sentiment: i.sentiment && { ...i.sentiment, observations: [], previousObservations: [] },
    })),
  };
}
