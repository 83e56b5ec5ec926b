import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { InboundRequestFact, PipelineOpportunityFact } from '../domain/opportunity-facts';
import type { OpportunityCandidate } from './opportunity-candidates';
import {
  daysFrom,
  judgement,
  num,
  personEvidence,
  type Judgement,
  type OpportunityAccountFacts,
  type OpportunityReason,
} from './opportunity-parts';

/** A customer-initiated request that speaks to the candidate, and the keywords that made it. */
export interface MatchedRequest {
  request: InboundRequestFact;
  keywords: string[];
}

/**
 * Inbound requests within `intent.windowDays` of asOf that speak to the candidate: the subject
 * holds a keyword whose kinds include the candidate's, and names the candidate's product or no
 * product of the catalog at all ("Seat true-up question" speaks to every seat expansion,
 * "Intro: a colleague who should see Insights Analytics" to Insights Analytics only); a keyword
 * too general to stand alone ("pricing") counts only beside the product's name. Latest first.
 */
export function matchingRequests(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig['intent'],
): MatchedRequest[] {
  const productNames = facts.products.map((p) => p.name.toLowerCase());
  const own = candidate.target.product.name.toLowerCase();
  return facts.inbound
    .filter((r) => {
      const age = daysFrom(r.occurredAt, facts.asOf);
      return age >= 0 && age <= config.windowDays;
    })
    .flatMap((request): MatchedRequest[] => {
      const subject = request.subject.toLowerCase();
      const named = productNames.filter((name) => subject.includes(name));
      if (named.length > 0 && !named.includes(own)) return [];
      const keywords = config.keywords
        .filter(
          (k) =>
            k.expansionTypes.includes(candidate.target.expansionType) &&
            subject.includes(k.keyword.toLowerCase()) &&
            (!k.needsProductName || named.includes(own)),
        )
        .map((k) => k.keyword);
      if (keywords.length === 0) return [];
      return [{ request, keywords }];
    })
    .sort(
      (a, b) =>
        b.request.occurredAt.localeCompare(a.request.occurredAt) || a.request.id.localeCompare(b.request.id),
    );
}

/** Open CRM opportunities of the configured types for the candidate's product. */
export function matchingPipeline(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig['intent'],
): PipelineOpportunityFact[] {
  return facts.pipeline.filter(
    (o) => config.opportunityTypes.includes(o.type) && o.productId === candidate.target.product.id,
  );
}

export function describeRequest(m: MatchedRequest): string {
  const who = m.request.people.map((p) => p.name).join(', ') || 'someone not on record';
  return `${m.request.type} "${m.request.subject}" from ${who} on ${m.request.occurredAt.slice(0, 10)} (${m.keywords
    .map((k) => `"${k}"`)
    .join(', ')})`;
}

export function requestEvidence(m: MatchedRequest) {
  return [
    {
      kind: 'INTERACTION' as const,
      id: m.request.id,
      date: m.request.occurredAt,
      label: `${m.request.type} INBOUND: ${m.request.subject}`,
      value: null,
    },
    ...m.request.people.map((p) => personEvidence(p)),
  ];
}

/**
 * Intent, they want to buy: an open opportunity for the product in the CRM (its contact roles
 * named), or a request they started within the window. Readiness says they can; only this says
 * they want to. An objective is context, not intent: it says what they want to achieve, not that
 * they want to buy.
 */
export function intentJudgement(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig['intent'],
): Judgement {
  const pipeline: OpportunityReason[] = matchingPipeline(candidate, facts, config).map((o) => ({
    code: 'OPEN_EXPANSION_OPPORTUNITY',
    met: true,
    detail: `Open ${o.type} opportunity "${o.name}"${o.stage ? ` (${o.stage}` : ' ('}${
      o.amount === null ? '' : `, ${num(o.amount)}`
    }${o.closeDate ? `, closes ${o.closeDate}` : ''})${
      o.contacts.length
        ? `; contacts: ${o.contacts.map((c) => `${c.name} (${c.role}${c.isPrimary ? ', primary' : ''})`).join(', ')}`
        : '; no contact role on it'
    }`,
    date: o.closeDate,
    evidence: [
      { kind: 'OPPORTUNITY', id: o.id, date: o.closeDate, label: o.name, value: o.amount },
      ...o.contacts.map((c) => personEvidence(c, `${c.name} (${c.role})`)),
    ],
  }));
  const requests: OpportunityReason[] = matchingRequests(candidate, facts, config).map((m) => ({
    code: 'INBOUND_REQUEST',
    met: true,
    detail: `Their own request: ${describeRequest(m)}`,
    date: m.request.occurredAt,
    evidence: requestEvidence(m),
  }));
  const keywords = [
    ...new Set(
      config.keywords
        .filter((k) => k.expansionTypes.includes(candidate.target.expansionType))
        .map((k) => k.keyword),
    ),
  ];
  return judgement(
    [...pipeline, ...requests],
    `Nothing says they want to buy: no open ${config.opportunityTypes.join('/')} opportunity for ${
      candidate.target.product.name
    } and no request of theirs about it (${keywords.map((k) => `"${k}"`).join(', ')}) in the last ${config.windowDays} days`,
  );
}
