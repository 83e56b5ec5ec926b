import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { ExpansionOpportunityStatus, ExpansionType, QualificationCriterion } from '../domain/vocabulary';
import { alignmentJudgement } from './opportunity-alignment';
import { businessCase, type BusinessCase, type OpportunitySize } from './opportunity-business-case';
import { opportunityCandidates, type OpportunityCandidate } from './opportunity-candidates';
import { contextJudgement } from './opportunity-context';
import { intentJudgement } from './opportunity-intent';
import { servedObjectives } from './opportunity-objectives';
import {
  num,
  type Judgement,
  type OpportunityAccountFacts,
  type OpportunityTarget,
  type SharedSettings,
  type SignalFinding,
} from './opportunity-parts';
import { readinessJudgement } from './opportunity-readiness';
import { timingJudgement, type SuggestedTiming } from './opportunity-timing';
import type { ExpansionBlock } from './play-gate';
import { concernedStakeholders, type ConcernedStakeholder } from './signals-stakeholders';
import type { RankedCell } from './whitespace';

export type { BusinessCase, OpportunitySize, SeatOption } from './opportunity-business-case';
export type { SuggestedTiming } from './opportunity-timing';

/** The expansion gate refuses: every opportunity of the account waits, whatever else holds. */
export interface OpportunityHold {
  message: string;
  blockers: ExpansionBlock[];
}

/**
 * One expansion opportunity (or an observation that is not one yet), with everything a
 * strategist needs to judge and raise it: why, why now, who cares, can they buy, do they want to,
 * the case in their terms, the money, the day.
 */
export interface ExpansionOpportunity extends OpportunityTarget {
  id: string;
  accountId: string;
  accountName: string;
  /** `YYYY-MM-DD` the facts were read as of. */
  asOf: string;
  status: ExpansionOpportunityStatus;
  /** Which qualification criteria are not met (empty unless OBSERVATION). */
  missing: QualificationCriterion[];
  /** One sentence: where it stands and what to do next. */
  summary: string;
  /** The signals it was found from, the one that raised it first. */
  signals: SignalFinding[];
  /** The whitespace cell it was found from. */
  whitespaceCell: RankedCell | null;
  context: Judgement;
  timing: Judgement;
  stakeholderAlignment: Judgement;
  /** Can they buy: health gate, sentiment, need. */
  readiness: Judgement;
  /** Do they want to: pipeline, their own requests. */
  intent: Judgement;
  /** Set when the health gate holds expansion back at this account. */
  hold: OpportunityHold | null;
  businessCase: BusinessCase;
  size: OpportunitySize;
  /** When to raise it; null without a timing reason. */
  suggestedTiming: SuggestedTiming | null;
  /** Whom it concerns (the signals' people, or the cell's), with why. */
  stakeholders: ConcernedStakeholder[];
  moreStakeholders: number;
}

const STATUS_ORDER: Record<ExpansionOpportunityStatus, number> = {
  READY_TO_PROPOSE: 0,
  QUALIFIED: 1,
  OBSERVATION: 2,
};

/** Ready first, then qualified, then observations; within each, largest first. */
export function compareOpportunities(a: ExpansionOpportunity, b: ExpansionOpportunity): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (b.size.value ?? -1) - (a.size.value ?? -1) ||
    a.id.localeCompare(b.id)
  );
}

const CRITERION_WORDS: Record<QualificationCriterion, string> = {
  CONTEXT: 'context (why it happens)',
  TIMING: 'timing (why now)',
  STAKEHOLDER_ALIGNMENT: 'stakeholder alignment (an engaged person who cares)',
};

const KIND_WORDS: Record<ExpansionType, string> = {
  SEAT_EXPANSION: 'seat expansion',
  CROSS_SELL: 'cross-sell',
  NEW_UNIT: 'new unit',
  TIER_UPGRADE: 'tier upgrade',
};

/**
 * A held opportunity is not due "now" and never "overdue": nothing is to be raised until the gate
 * opens. The timing reason is kept, reworded, for when it does.
 */
function heldTiming(
  suggested: SuggestedTiming | null,
  blockers: readonly ExpansionBlock[],
): SuggestedTiming | null {
  if (suggested === null) return null;
  const reason = suggested.why.replace(/^Now: /, '');
  return {
    ...suggested,
    why: `Not now: held by the health gate (${[...new Set(blockers.map((b) => b.code))].join(', ')}); once it opens: ${reason}`,
    overdue: false,
  };
}

function summaryOf(o: Omit<ExpansionOpportunity, 'summary'>): string {
  const what = `${KIND_WORDS[o.expansionType]} of ${o.product.name}${o.businessUnitName ? ` in ${o.businessUnitName}` : ''}`;
  const subject = o.size.value === null ? what : `${what} (${num(o.size.value)} a year)`;
  const held = o.hold ? `Held: ${o.hold.message}. ` : '';
  const timing = o.suggestedTiming;
  const when = timing
    ? ` Raise it on ${timing.date} (${timing.why})${
        timing.deadline && timing.deadline > timing.date
          ? `, by ${timing.deadline} at the latest (${timing.deadlineWhy})`
          : ''
      }.`
    : '';
  if (o.status === 'OBSERVATION') {
    return `${held}Observation, not yet an opportunity: ${subject} lacks ${o.missing
      .map((m) => CRITERION_WORDS[m])
      .join(' and ')}.`;
  }
  if (o.status === 'READY_TO_PROPOSE') {
    return `Ready to propose: ${subject}. They want it (${o.intent.reasons[0]?.detail ?? ''}) and can buy.${when}`;
  }
  if (!o.intent.met) {
    return `${held}Qualified: ${subject} has context, timing and someone who cares, but nothing yet says they want to buy: test intent before proposing.${held ? '' : when}`;
  }
  return `${held}Qualified and wanted, not ready: ${subject}. ${o.readiness.reasons
    .filter((r) => !r.met)
    .map((r) => r.detail)
    .join('; ')}.`;
}

function stakeholdersOf(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  shared: SharedSettings,
): { people: ConcernedStakeholder[]; omitted: number } {
  if (candidate.signals.length > 0) {
    const seen = new Map<string, ConcernedStakeholder>();
    let omitted = 0;
    for (const signal of candidate.signals) {
      for (const person of signal.stakeholders)
        if (!seen.has(person.personId)) seen.set(person.personId, person);
      omitted = Math.max(omitted, signal.moreStakeholders);
    }
    const people = [...seen.values()];
    return {
      people: people.slice(0, shared.stakeholders.maxPerFinding),
      omitted: omitted + Math.max(0, people.length - shared.stakeholders.maxPerFinding),
    };
  }
  const { target } = candidate;
  const scope =
    target.businessUnitId !== null
      ? { accountWide: false, businessUnitIds: [target.businessUnitId], people: [] }
      : { accountWide: true, businessUnitIds: [], people: [] };
  const found = concernedStakeholders(scope, facts.accountPeople, facts.asOf, shared.stakeholders);
  return { people: found.people, omitted: found.omitted };
}

/**
 * Every candidate of an account judged: context, timing and stakeholder alignment qualify it
 * (any missing → OBSERVATION, naming which); then intent and readiness together, never
 * readiness alone, make it READY_TO_PROPOSE; otherwise it is QUALIFIED. When the health gate
 * refuses expansion, every opportunity is held with the gate's blockers. Sorted ready first,
 * then by size.
 */
export function expansionOpportunities(
  facts: OpportunityAccountFacts,
  config: OpportunitiesConfig,
  shared: SharedSettings,
): ExpansionOpportunity[] {
  const hold: OpportunityHold | null = facts.gate.allowed
    ? null
    : {
        message: `the health gate refuses expansion at ${facts.accountName}: ${[
          ...new Set(facts.gate.blockers.map((b) => b.code)),
        ].join(', ')}`,
        blockers: facts.gate.blockers,
      };
  return opportunityCandidates(facts)
    .map((candidate): ExpansionOpportunity => {
      const served = servedObjectives(candidate.target, facts.objectives, config.businessCase);
      const built = businessCase(candidate, facts, served, config.businessCase);
      const context = contextJudgement(candidate, facts, served, config);
      const { judgement: timing, suggested } = timingJudgement(candidate, facts, served, config);
      const stakeholderAlignment = alignmentJudgement(candidate, facts, served, config, shared);
      const smallest = built.businessCase.options.length
        ? Math.min(...built.businessCase.options.map((o) => o.seats))
        : null;
      const readiness = readinessJudgement(candidate, facts, smallest, config, shared);
      const intent = intentJudgement(candidate, facts, config.intent);
      const missing: QualificationCriterion[] = [
        ...(context.met ? [] : (['CONTEXT'] as const)),
        ...(timing.met ? [] : (['TIMING'] as const)),
        ...(stakeholderAlignment.met ? [] : (['STAKEHOLDER_ALIGNMENT'] as const)),
      ];
      const status: ExpansionOpportunityStatus =
        missing.length > 0 ? 'OBSERVATION' : intent.met && readiness.met ? 'READY_TO_PROPOSE' : 'QUALIFIED';
      const people = stakeholdersOf(candidate, facts, shared);
      const opportunity: Omit<ExpansionOpportunity, 'summary'> = {
        ...candidate.target,
        id: candidate.id,
        accountId: facts.accountId,
        accountName: facts.accountName,
        asOf: facts.asOf,
        status,
        missing,
        signals: candidate.signals,
        whitespaceCell: candidate.cell,
        context,
        timing,
        stakeholderAlignment,
        readiness,
        intent,
        hold,
        businessCase: built.businessCase,
        size: built.size,
        suggestedTiming: hold === null ? suggested : heldTiming(suggested, facts.gate.blockers),
        stakeholders: people.people,
        moreStakeholders: people.omitted,
      };
      return { ...opportunity, summary: summaryOf(opportunity) };
    })
    .sort(compareOpportunities);
}
