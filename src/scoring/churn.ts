import type { ChurnConfig } from '../config/analytics/signals';
import type { ChurnIndicatorKind, StakeholderRole } from '../domain/vocabulary';
import { fallingSentiment, type SentimentObservation, type SentimentTrendDetail } from './churn-sentiment';
import { escalatingTickets, type TicketTrendDetail } from './churn-tickets';
import { usageDecline, type UsageDeclineDetail } from './churn-usage';
import { round } from './score-parts';
import type { NpsFact, RoleDepartureFact, SubscriptionUsage, TicketFact } from './signals-facts';
import { addDays } from './signals-fit';
import type { StakeholderScope } from './signals-stakeholders';

export interface DepartureDetail {
  role: StakeholderRole;
  personId: string;
  name: string;
  title: string | null;
  since: string;
  until: string | null;
  departedAt: string | null;
  /** Who holds the role on asOf; empty when it is vacant. */
  currentHolders: RoleDepartureFact['currentHolders'];
}

export interface ChurnIndicator {
  kind: ChurnIndicatorKind;
  accountId: string;
  /** The day the pattern began. */
  began: string;
  summary: string;
  usageDecline:
    | (UsageDeclineDetail & {
        subscriptionId: string;
        productId: string;
        productName: string;
        businessUnitId: string | null;
        businessUnitName: string | null;
      })
    | null;
  departure: DepartureDetail | null;
  tickets: TicketTrendDetail | null;
  sentiment: SentimentTrendDetail | null;
  scope: StakeholderScope;
}

export interface ChurnInput {
  accountId: string;
  asOf: string;
  subscriptions: readonly SubscriptionUsage[];
  tickets: readonly TicketFact[];
  nps: readonly NpsFact[];
  departures: readonly RoleDepartureFact[];
}

export interface ChurnFindings {
  accountId: string;
  indicators: ChurnIndicator[];
  dataGaps: string[];
}

const pct = (ratio: number): string => `${Math.round(ratio * 100)}%`;
const NO_DETAIL = { usageDecline: null, departure: null, tickets: null, sentiment: null };

function declines(input: ChurnInput, config: ChurnConfig): ChurnIndicator[] {
  return input.subscriptions.flatMap((usage) => {
    const detail = usageDecline(usage, config.usageDecline);
    if (!detail) return [];
    const where = `${usage.productName}${usage.businessUnitName ? ` (${usage.businessUnitName})` : ''}`;
    return [
      {
        kind: 'USAGE_DECLINE' as const,
        accountId: input.accountId,
        began: detail.peakDate,
        summary: `${where} active seats down ${pct(detail.decline)}: ${detail.peakActiveSeats} on ${detail.peakDate}, ${detail.latestActiveSeats} on ${detail.latestDate}`,
        ...NO_DETAIL,
        usageDecline: {
          ...detail,
          subscriptionId: usage.subscriptionId,
          productId: usage.productId,
          productName: usage.productName,
          businessUnitId: usage.businessUnitId,
          businessUnitName: usage.businessUnitName,
        },
        scope:
          usage.businessUnitId === null
            ? { accountWide: true, businessUnitIds: [], people: [] }
            : { accountWide: false, businessUnitIds: [usage.businessUnitId], people: [] },
      },
    ];
  });
}

/**
 * A holder of one of `config.departures.roles` who left (status DEPARTED; the role assignment
 * ended) within `lookbackDays` before asOf. Began: the day they left (the role's end when the
 * departure date is missing).
 */
function departures(input: ChurnInput, config: ChurnConfig): ChurnIndicator[] {
  const earliest = addDays(input.asOf, -config.departures.lookbackDays);
  return input.departures.flatMap((d) => {
    const began = d.departedAt ?? d.until;
    if (!config.departures.roles.includes(d.role) || began === null) return [];
    if (began > input.asOf || began < earliest) return [];
    const successors = d.currentHolders.filter((h) => h.personId !== d.personId);
    const holders = successors.map((h) => `${h.name} since ${h.since}`).join(', ');
    return [
      {
        kind: 'KEY_STAKEHOLDER_DEPARTED' as const,
        accountId: input.accountId,
        began,
        summary: `${d.role} ${d.name} left on ${began}; ${holders ? `role now held by ${holders}` : 'role vacant'}`,
        ...NO_DETAIL,
        departure: {
          role: d.role,
          personId: d.personId,
          name: d.name,
          title: d.title,
          since: d.since,
          until: d.until,
          departedAt: d.departedAt,
          currentHolders: successors,
        },
        scope: {
          accountWide: false,
          businessUnitIds: [],
          people: [
            { personId: d.personId, reason: `Was ${d.role}; left ${began}` },
            ...(d.managerId ? [{ personId: d.managerId, reason: `Manager of the departed ${d.role}` }] : []),
            ...successors.map((h) => ({ personId: h.personId, reason: `Holds ${d.role} since ${h.since}` })),
          ],
        },
      },
    ];
  });
}

function ticketTrend(input: ChurnInput, config: ChurnConfig): ChurnIndicator[] {
  const found = escalatingTickets(input.tickets, input.asOf, config.tickets);
  if (!found) return [];
  const { recent, previous } = found.detail;
  return [
    {
      kind: 'ESCALATING_TICKETS',
      accountId: input.accountId,
      began: found.began,
      summary: `${recent.count} tickets (${recent.escalated} escalated, weight ${recent.weighted}) in the last ${config.tickets.windowDays} days against ${previous.count} (${previous.escalated} escalated, weight ${previous.weighted}) before`,
      ...NO_DETAIL,
      tickets: found.detail,
      scope: {
        accountWide: false,
        businessUnitIds: [],
        people: found.detail.tickets.flatMap((t) =>
          t.raisedById
            ? [
                {
                  personId: t.raisedById,
                  reason: `Raised ticket ${t.id} (${t.severity}${t.escalated ? ', escalated' : ''})`,
                },
              ]
            : [],
        ),
      },
    },
  ];
}

function sentimentTrend(
  kind: 'FALLING_TICKET_SENTIMENT' | 'FALLING_NPS',
  observations: SentimentObservation[],
  input: ChurnInput,
  rule: ChurnConfig['ticketSentiment'],
): ChurnIndicator[] {
  const found = fallingSentiment(kind === 'FALLING_NPS' ? 'NPS' : 'TICKETS', observations, input.asOf, rule);
  if (!found) return [];
  const { detail } = found;
  const what = kind === 'FALLING_NPS' ? 'NPS score' : 'ticket sentiment';
  const against =
    detail.previousMean !== null
      ? `from ${detail.previousMean} in the previous ${rule.windowDays} days`
      : `(no earlier window to compare; floor ${rule.floor})`;
  const threshold = detail.previousMean ?? rule.floor;
  return [
    {
      kind,
      accountId: input.accountId,
      began: found.began,
      summary: `Mean ${what} ${detail.recentMean} over the last ${rule.windowDays} days ${against}`,
      ...NO_DETAIL,
      sentiment: detail,
      scope: {
        accountWide: false,
        businessUnitIds: [],
        people: detail.observations
          .filter(
            (o) =>
              o.personId !== null &&
              (detail.previousMean !== null ? o.value < threshold : o.value <= threshold),
          )
          .map((o) => ({
            personId: o.personId!,
            reason: `${kind === 'FALLING_NPS' ? 'Scored' : 'Ticket sentiment'} ${round(o.value, 2)} on ${o.at.slice(0, 10)}`,
          })),
      },
    },
  ];
}

export function churnIndicators(input: ChurnInput, config: ChurnConfig): ChurnFindings {
  const dataGaps: string[] = [];
  if (input.subscriptions.every((s) => s.snapshots.length === 0))
    dataGaps.push('No usage snapshots in the lookback window');
  if (input.tickets.length === 0) dataGaps.push('No support tickets in the comparison windows');
  if (input.nps.length === 0) dataGaps.push('No NPS answers in the comparison windows');
  const ticketSentiments = input.tickets.flatMap((t) =>
    t.sentiment === null ? [] : [{ id: t.id, at: t.openedAt, value: t.sentiment, personId: t.raisedById }],
  );
  const scores = input.nps.map((n) => ({ id: n.id, at: n.answeredAt, value: n.score, personId: n.personId }));
  const indicators = [
    ...declines(input, config),
    ...departures(input, config),
    ...ticketTrend(input, config),
    ...sentimentTrend('FALLING_TICKET_SENTIMENT', ticketSentiments, input, config.ticketSentiment),
    ...sentimentTrend('FALLING_NPS', scores, input, config.nps),
  ].sort((a, b) => a.began.localeCompare(b.began) || a.kind.localeCompare(b.kind));
  return { accountId: input.accountId, indicators, dataGaps };
}
