import type { DepartureImpactView } from '../../services/departure/departure.service';
import type { DepartureImpactType } from '../types/departure-impact.type';

/** The GraphQL shape of a departure's cost: nested records flattened, candidates ranked. */
export function departureView(impact: DepartureImpactView): DepartureImpactType {
  return {
    ...impact,
    opportunities: impact.opportunities.map(({ opportunity, ...loss }) => ({
      opportunityId: opportunity.id,
      name: opportunity.name,
      amount: opportunity.amount,
      stage: opportunity.stage,
      closeDate: opportunity.closeDate,
      ...loss,
    })),
    objectives: impact.objectives.map(({ objective, candidateOwnerIds }) => ({
      objectiveId: objective.id,
      title: objective.title,
      status: objective.status,
      dueDate: objective.dueDate,
      candidateOwnerIds,
    })),
    risk: {
      scoreBefore: impact.risk.before.score,
      levelBefore: impact.risk.before.level,
      scoreAfter: impact.risk.after.score,
      levelAfter: impact.risk.after.level,
      change: impact.risk.change,
      components: impact.risk.components,
    },
    buildNext: impact.buildNext.map((candidate, i) => ({ rank: i + 1, ...candidate })),
  };
}
