import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { ObjectiveFact } from '../domain/opportunity-facts';
import type { OpportunityTarget } from './opportunity-parts';

/** A customer objective an opportunity serves, and how the link was made. */
export interface ServedObjective {
  objective: ObjectiveFact;
  /** The family keywords found in its title or metric (empty when linked by unit only). */
  keywords: string[];
  /** Its owner sits in the unit the opportunity is about. */
  inUnit: boolean;
}

/**
 * ACTIVE objectives an opportunity serves: their title or metric holds a keyword of the product's
 * family (businessCase.objectiveKeywords), or their owner sits in the unit concerned. Keyword
 * links first (they say what the product does for it), then by due date.
 */
export function servedObjectives(
  target: OpportunityTarget,
  objectives: readonly ObjectiveFact[],
  config: OpportunitiesConfig['businessCase'],
): ServedObjective[] {
  const words = target.product.family ? (config.objectiveKeywords[target.product.family] ?? []) : [];
  return objectives
    .filter((o) => o.status === 'ACTIVE')
    .map((objective) => {
      const text = `${objective.title} ${objective.metric ?? ''}`.toLowerCase();
      return {
        objective,
        keywords: words.filter((w) => text.includes(w.toLowerCase())),
        inUnit: target.businessUnitId !== null && objective.ownerBusinessUnitId === target.businessUnitId,
      };
    })
    .filter((s) => s.keywords.length > 0 || s.inUnit)
    .sort(
      (a, b) =>
        Number(b.keywords.length > 0) - Number(a.keywords.length > 0) ||
        (a.objective.dueDate ?? '9999').localeCompare(b.objective.dueDate ?? '9999') ||
        a.objective.id.localeCompare(b.objective.id),
    );
}

export function describeObjective(served: ServedObjective, unitName: string | null): string {
  const o = served.objective;
  const owner = o.ownerName
    ? `${o.ownerName}${served.inUnit && unitName ? `, ${unitName}` : ''}`
    : 'no owner';
  const due = o.dueDate ? `; due ${o.dueDate}` : '';
  const link =
    served.keywords.length > 0
      ? `its words match ${served.keywords.map((k) => `"${k}"`).join(', ')}`
      : `its owner sits in ${unitName ?? 'the unit'}`;
  return `Active objective "${o.title}" (${owner}${due}): ${link}`;
}
