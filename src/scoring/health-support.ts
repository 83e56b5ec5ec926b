import type { SupportHealthConfig } from '../config/analytics/health';
import type { TicketSeverity, TicketStatus } from '../domain/vocabulary';
import {
  fact,
  weighSubScores,
  type ComponentReading,
  type HealthAsOf,
  type HealthEvidence,
  type HealthRedFlag,
  type SubScore,
} from './health-parts';
import { alternativesFlag, weightedNps, type AlternativesMention } from './health-sentiment';
import { DAY_MS, round } from './score-parts';

export interface HealthTicket {
  id: string;
  severity: TicketSeverity;
  status: TicketStatus;
  /** −1 (angry) .. 1 (delighted). */
  sentiment: number | null;
  escalated: boolean;
  /** ISO instants. */
  openedAt: string;
  closedAt: string | null;
  subject: string | null;
}

export interface HealthNpsAnswer {
  id: string;
  score: number;
  answeredAt: string;
}

/** What the graph knows about support up to asOf: recent and still-open tickets, recent NPS, and whether any ever existed. */
export interface SupportFacts {
  ticketsEver: number;
  /** Tickets opened in the window, and older ones still open on asOf. */
  tickets: HealthTicket[];
  npsEver: number;
  /** Answers in the NPS window. */
  nps: HealthNpsAnswer[];
  /** Notes that matched the "evaluating alternatives" rule (support.alternatives); absent = none read. */
  alternatives?: AlternativesMention[];
}

/** Open on asOf: opened by then and not closed by then (a ticket marked CLOSED with no date counts as closed). */
export function isOpenOn(ticket: HealthTicket, now: Date): boolean {
  if (Date.parse(ticket.openedAt) > now.getTime()) return false;
  if (ticket.closedAt !== null) return Date.parse(ticket.closedAt) > now.getTime();
  return ticket.status !== 'CLOSED';
}

/**
 * Support, over tickets opened in the last `windowDays` and NPS answers in the last `npsWindowDays`:
 *
 *   sentiment   (mean ticket sentiment + 1) / 2
 *   escalations 1 − min(1, escalated tickets / escalationSaturation)
 *   severity    1 − (mean severity weight − lowest weight) / (highest − lowest); 1 with no ticket in the window
 *   nps         (net NPS + 100) / 200, net = % promoters − % detractors weighted to recent answers
 *   score       100 × Σ w·input / Σ w over present inputs
 *
 * An account that never had a ticket has no ticket inputs (named, not counted as calm), and with
 * no NPS answer either the component is missing. Having had tickets but none lately is calm.
 */
export function supportHealth(
  facts: SupportFacts,
  asOf: HealthAsOf,
  config: SupportHealthConfig,
): ComponentReading {
  const since = asOf.now.getTime() - config.windowDays * DAY_MS;
  const recent = facts.tickets
    .filter((t) => Date.parse(t.openedAt) > since && Date.parse(t.openedAt) <= asOf.now.getTime())
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  const openUrgent = facts.tickets
    .filter((t) => t.severity === 'URGENT' && isOpenOn(t, asOf.now))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  const nps = facts.nps
    .filter((a) => Date.parse(a.answeredAt) <= asOf.now.getTime())
    .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt) || a.id.localeCompare(b.id));
  if (facts.ticketsEver === 0 && nps.length === 0) {
    const reason =
      facts.npsEver === 0
        ? 'no support ticket and no NPS answer has ever been recorded'
        : `no support ticket has ever been recorded and no NPS answer in the last ${config.npsWindowDays} days`;
    return {
      rawScore: null,
      inputs: [],
      evidence: [],
      missing: [{ input: 'SUPPORT', reason }],
      // What they say about alternatives is heard even when there is nothing to score.
      redFlags: [alternativesFlag(facts.alternatives ?? [], config.alternatives)].filter(
        (f): f is HealthRedFlag => f !== null,
      ),
    };
  }

  const neverTickets = facts.ticketsEver === 0 ? 'no support ticket has ever been recorded' : null;
  const withSentiment = recent.filter((t) => t.sentiment !== null);
  const sentiment =
    withSentiment.length === 0
      ? null
      : withSentiment.reduce((s, t) => s + t.sentiment!, 0) / withSentiment.length;
  const escalated = recent.filter((t) => t.escalated);
  const weights = Object.values(config.severityWeights);
  const [lowest, highest] = [Math.min(...weights), Math.max(...weights)];
  const meanSeverity =
    recent.length === 0
      ? null
      : recent.reduce((s, t) => s + config.severityWeights[t.severity], 0) / recent.length;
  const meanNps = nps.length === 0 ? null : nps.reduce((s, a) => s + a.score, 0) / nps.length;
  const net = weightedNps(nps, asOf.now, config.npsHalfLifeDays);

  const subs: SubScore[] = [
    {
      name: 'sentiment',
      score: neverTickets || sentiment === null ? null : (sentiment + 1) / 2,
      weight: config.subWeights.sentiment,
      value: sentiment,
      unit: 'sentiment',
      description: `Mean sentiment (−1..1) of ${withSentiment.length} tickets opened in the last ${config.windowDays} days`,
      missingReason:
        neverTickets ?? `no ticket with a sentiment was opened in the last ${config.windowDays} days`,
    },
    {
      name: 'escalations',
      score: neverTickets ? null : 1 - Math.min(1, escalated.length / config.escalationSaturation),
      weight: config.subWeights.escalations,
      value: escalated.length,
      unit: 'count',
      description: `Escalated tickets in the last ${config.windowDays} days; ${config.escalationSaturation} or more score 0`,
      missingReason: neverTickets ?? '',
    },
    {
      name: 'severity',
      score: neverTickets
        ? null
        : meanSeverity === null || highest === lowest
          ? 1
          : 1 - (meanSeverity - lowest) / (highest - lowest),
      weight: config.subWeights.severity,
      value: meanSeverity,
      unit: 'severity weight',
      description: `Mean severity weight (LOW ${config.severityWeights.LOW} … URGENT ${config.severityWeights.URGENT}) of ${recent.length} recent tickets; none scores 1`,
      missingReason: neverTickets ?? '',
    },
    {
      name: 'nps',
      score: net === null ? null : (net.net + 100) / 200,
      weight: config.subWeights.nps,
      value: net?.net ?? null,
      unit: 'net NPS −100..100',
      description: `Net NPS (% promoters 9–10 − % detractors 0–6) of ${nps.length} answers in the last ${config.npsWindowDays} days, each weighted 0.5^(age / ${config.npsHalfLifeDays} days); scored (net + 100) / 200`,
      missingReason:
        facts.npsEver === 0
          ? 'no NPS answer has ever been recorded'
          : `no NPS answer in the last ${config.npsWindowDays} days`,
    },
  ];
  const { rawScore, inputs, missing } = weighSubScores('SUPPORT', subs);
  inputs.push(
    fact('ticketsInWindow', recent.length, 'count', `Tickets opened in the last ${config.windowDays} days`),
    fact('openUrgentTickets', openUrgent.length, 'count', 'URGENT tickets still open on this day'),
    fact(
      'meanNps',
      meanNps,
      'score 0..10',
      `Mean of ${nps.length} NPS answers (context; the score uses the net NPS)`,
    ),
  );
  const openTickets = facts.tickets
    .filter((t) => isOpenOn(t, asOf.now))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  const openHigh = openTickets.filter((t) => config.highSeverities.includes(t.severity));
  const openEscalated = openTickets.filter((t) => t.escalated);

  const redFlags: HealthRedFlag[] = [];
  if (!neverTickets && escalated.length >= config.flags.escalatedAtLeast) {
    redFlags.push({
      code: 'ESCALATED_TICKETS',
      component: 'SUPPORT',
      message: `${escalated.length} tickets escalated in the last ${config.windowDays} days`,
      evidence: escalated.map((t) => ticketEvidence(t, asOf.now)),
    });
  }
  if (!neverTickets && sentiment !== null && sentiment <= config.flags.sentimentAtOrBelow) {
    redFlags.push({
      code: 'NEGATIVE_TICKET_SENTIMENT',
      component: 'SUPPORT',
      message: `Mean ticket sentiment is ${round(sentiment, 2)} over ${withSentiment.length} recent tickets`,
      evidence: withSentiment.filter((t) => t.sentiment! < 0).map((t) => ticketEvidence(t, asOf.now)),
    });
  }
  if (openUrgent.length > 0) {
    redFlags.push({
      code: 'OPEN_URGENT_TICKET',
      component: 'SUPPORT',
      message: `${openUrgent.length} URGENT ticket${openUrgent.length === 1 ? ' is' : 's are'} still open`,
      evidence: openUrgent.map((t) => ticketEvidence(t, asOf.now)),
    });
  }
  if (meanNps !== null && meanNps <= config.flags.npsAtOrBelow) {
    redFlags.push({
      code: 'LOW_NPS',
      component: 'SUPPORT',
      message: `Mean NPS is ${round(meanNps, 1)} over ${nps.length} answers in the last ${config.npsWindowDays} days`,
      evidence: nps.map(npsEvidence),
    });
  }
  if (openHigh.length > 0) {
    redFlags.push({
      code: 'OPEN_HIGH_SEVERITY_TICKET',
      component: 'SUPPORT',
      message: `${openHigh.length} ${config.highSeverities.join('/')} ticket${openHigh.length === 1 ? ' is' : 's are'} still open: ${openHigh.map((t) => `${t.id} (${t.severity}, opened ${t.openedAt.slice(0, 10)})`).join(', ')}`,
      evidence: openHigh.map((t) => ticketEvidence(t, asOf.now)),
    });
  }
  if (openEscalated.length > 0) {
    redFlags.push({
      code: 'OPEN_ESCALATION',
      component: 'SUPPORT',
      message: `${openEscalated.length} escalated ticket${openEscalated.length === 1 ? ' is' : 's are'} still open`,
      evidence: openEscalated.map((t) => ticketEvidence(t, asOf.now)),
    });
  }
  if (net !== null && net.net < config.flags.npsNetBelow) {
    redFlags.push({
      code: 'DETRACTOR_NPS',
      component: 'SUPPORT',
      message: `Detractors outweigh promoters: net NPS ${round(net.net, 0)} (${Math.round(net.detractors * 100)}% detractors, ${Math.round(net.promoters * 100)}% promoters, weighted to recent answers) over ${nps.length} answers in the last ${config.npsWindowDays} days`,
      evidence: nps.map(npsEvidence),
    });
  }
  const talk = alternativesFlag(facts.alternatives ?? [], config.alternatives);
  if (talk) redFlags.push(talk);
  const olderOpen = facts.tickets
    .filter((t) => !recent.includes(t) && isOpenOn(t, asOf.now))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  return {
    rawScore,
    inputs,
    evidence: [...recent, ...olderOpen].map((t) => ticketEvidence(t, asOf.now)).concat(nps.map(npsEvidence)),
    missing,
    redFlags,
  };
}

export function ticketEvidence(ticket: HealthTicket, now: Date): HealthEvidence {
  const state = isOpenOn(ticket, now) ? 'open' : 'closed';
  return {
    kind: 'SUPPORT_TICKET',
    id: ticket.id,
    date: ticket.openedAt,
    label: `${ticket.severity}${ticket.escalated ? ', escalated' : ''}, ${state}${ticket.subject ? `: ${ticket.subject}` : ''}`,
    value: ticket.sentiment,
  };
}

function npsEvidence(answer: HealthNpsAnswer): HealthEvidence {
  return {
    kind: 'NPS_RESPONSE',
    id: answer.id,
    date: answer.answeredAt,
    label: `NPS ${answer.score}`,
    value: answer.score,
  };
}
