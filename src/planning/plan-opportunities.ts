import type { ExpansionType } from '../domain/vocabulary';
import type { ExpansionOpportunity } from '../scoring/opportunity';
import { document, money, table } from './markdown';
import type { OpportunityAction } from './mutual-action-plan';

const TYPE_LABEL: Record<ExpansionType, string> = {
  SEAT_EXPANSION: 'more seats of',
  CROSS_SELL: 'cross-sell',
  NEW_UNIT: 'bring to a new unit',
  TIER_UPGRADE: 'a higher tier of',
};

const target = (o: ExpansionOpportunity): string =>
  `${TYPE_LABEL[o.expansionType]} ${o.product.name}${o.businessUnitName ? ` (${o.businessUnitName})` : ''}`;

/** Whom an action on the opportunity needs on their side: the first people it concerns who are still there. */
function people(o: ExpansionOpportunity, limit: number) {
  return o.stakeholders
    .filter((s) => s.stillThere)
    .slice(0, limit)
    .map((s) => ({ personId: s.personId, name: s.name, title: s.title, why: s.reasons.join('; ') }));
}

/**
 * What the mutual action plan does with the opportunities: propose the ready ones on their
 * suggested day, and test the intent of the qualified ones. Observations (something missing) and
 * anything the health gate holds back are not proposed: expansion is never pushed onto an account
 * that is not ready for it.
 */
export function opportunityActions(opportunities: readonly ExpansionOpportunity[]): OpportunityAction[] {
  return opportunities.flatMap((o): OpportunityAction[] => {
    if (o.hold !== null || o.status === 'OBSERVATION' || o.suggestedTiming === null) return [];
    const ready = o.status === 'READY_TO_PROPOSE';
    return [
      {
        id: o.id,
        expansionType: o.expansionType,
        title: ready
          ? `Raise ${target(o)}: ${money(o.size.value)} a year at the first option`
          : `Test the appetite for ${target(o)} (qualified; no intent shown yet)`,
        date: o.suggestedTiming.date,
        why: [
          `${o.suggestedTiming.why}.`,
          o.suggestedTiming.deadline
            ? `At the latest ${o.suggestedTiming.deadline}: ${o.suggestedTiming.deadlineWhy}.`
            : '',
          o.businessCase.statement,
        ]
          .filter(Boolean)
          .join(' '),
        people: people(o, 3),
      },
    ];
  });
}

/** The opportunities section of the Markdown plan. */
export function opportunitiesMarkdown(
  opportunities: readonly ExpansionOpportunity[],
  heldBecause: string | null,
): string {
  const listed = opportunities.filter((o) => o.status !== 'OBSERVATION');
  const observations = opportunities.filter((o) => o.status === 'OBSERVATION');
  return document(
    heldBecause === null ? null : `**Expansion is held:** ${heldBecause}`,
    listed.length === 0
      ? '_No signal qualifies as an opportunity yet (context, timing and an engaged person who cares)._'
      : table(
          ['Status', 'Opportunity', 'Size a year', 'Raise on', 'Business case (their terms)'],
          listed.map((o) => [
            o.status,
            target(o),
            money(o.size.value),
            o.suggestedTiming?.date ?? '—',
            o.businessCase.statement,
          ]),
        ),
    observations.length === 0
      ? null
      : table(
          ['Observation', 'Missing'],
          observations.map((o) => [target(o), o.missing.join(', ').toLowerCase().replace(/_/g, ' ')]),
        ),
  ).trimEnd();
}
