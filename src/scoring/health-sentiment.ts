import type { SupportHealthConfig } from '../config/analytics/health';
import type { HealthEvidence, HealthRedFlag } from './health-parts';
import { DAY_MS, round } from './score-parts';

/** An NPS answer as sentiment reads it. */
export interface NpsAnswer {
  id: string;
  score: number;
  answeredAt: string;
}

/** The standard net promoter score of some answers, each weighted by how recent it is. */
export interface WeightedNps {
  /** % promoters − % detractors, −100..100, over the recency weights. */
  net: number;
  /** Weighted shares 0..1. */
  promoters: number;
  detractors: number;
  answers: number;
}

/**
 * NPS the standard way: promoters answer 9–10, detractors 0–6, passives 7–8; net = 100 ×
 * (promoters − detractors) / answers. Each answer weighs 0.5 ^ (age in days / halfLifeDays), so a
 * detractor last week outweighs a promoter last year. Null without answers.
 */
export function weightedNps(
  answers: readonly NpsAnswer[],
  now: Date,
  halfLifeDays: number,
): WeightedNps | null {
  if (answers.length === 0) return null;
  let total = 0;
  let promoters = 0;
  let detractors = 0;
  for (const a of answers) {
    const age = Math.max(0, (now.getTime() - Date.parse(a.answeredAt)) / DAY_MS);
    const w = 0.5 ** (age / halfLifeDays);
    total += w;
    if (a.score >= 9) promoters += w;
    else if (a.score <= 6) detractors += w;
  }
  return {
    net: round((100 * (promoters - detractors)) / total, 2),
    promoters: round(promoters / total, 4),
    detractors: round(detractors / total, 4),
    answers: answers.length,
  };
}

/** Free text at the account (an interaction's subject, an NPS comment, a ticket's subject) that matched the alternatives rule. */
export interface AlternativesMention {
  kind: 'INTERACTION' | 'NPS_RESPONSE' | 'SUPPORT_TICKET';
  id: string;
  /** ISO instant. */
  at: string;
  text: string;
  /** Who said it, when known: "Name (Title)". */
  people: string[];
}

/** The configured keywords, lower-cased and trimmed, as the Cypher rule matches them. */
export function alternativesKeywords(config: SupportHealthConfig['alternatives']): string[] {
  return [...new Set(config.keywords.map((k) => k.trim().toLowerCase()).filter((k) => k.length > 0))];
}

/**
 * EVALUATING_ALTERNATIVES: the customer says (in notes we hold) that they are looking elsewhere.
 * Each mention is cited with the keyword it matched, so the rule can be checked and tuned.
 */
export function alternativesFlag(
  mentions: readonly AlternativesMention[],
  config: SupportHealthConfig['alternatives'],
): HealthRedFlag | null {
  if (mentions.length === 0) return null;
  const keywords = alternativesKeywords(config);
  const sorted = [...mentions].sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
  const evidence: HealthEvidence[] = sorted.map((m) => {
    const matched = keywords.find((k) => m.text.toLowerCase().includes(k)) ?? '?';
    return {
      kind: m.kind,
      id: m.id,
      date: m.at,
      label: `"${m.text}"${m.people.length ? ` (${m.people.join(', ')})` : ''}; matched "${matched}"`,
      value: null,
    };
  });
  const first = sorted[0]!;
  return {
    code: 'EVALUATING_ALTERNATIVES',
    component: 'SUPPORT',
    message: `${mentions.length} note${mentions.length === 1 ? '' : 's'} in the last ${config.windowDays} days say${mentions.length === 1 ? 's' : ''} they are evaluating alternatives, latest "${first.text}"${first.people.length ? ` (${first.people.join(', ')})` : ''} on ${first.at.slice(0, 10)}`,
    evidence,
  };
}
