import type { OpportunitiesConfig } from '../config/analytics/opportunities';
import type { OpportunityCandidate } from './opportunity-candidates';
import { matchingPipeline, matchingRequests } from './opportunity-intent';
import type { ServedObjective } from './opportunity-objectives';
import {
  personEvidence,
  type Judgement,
  type OpportunityAccountFacts,
  type OpportunityEvidence,
  type OpportunityPerson,
  type OpportunityReason,
  type SharedSettings,
} from './opportunity-parts';

/** Why a person cares about this opportunity, in words (empty: they do not). */
function caresBecause(
  person: OpportunityPerson,
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  served: readonly ServedObjective[],
  config: OpportunitiesConfig,
): string[] {
  const why: string[] = [];
  const roles = person.roles.filter((r) => config.alignment.caringRoles.includes(r));
  if (roles.length > 0) why.push(`holds ${roles.join(', ')}`);
  const unitId = candidate.target.businessUnitId;
  if (unitId !== null && person.businessUnitId === unitId) {
    why.push(`works in ${candidate.target.businessUnitName ?? unitId}`);
  }
  const owned = served.filter((s) => s.objective.ownerPersonId === person.personId);
  if (owned.length > 0) why.push(`owns the objective "${owned[0]!.objective.title}"`);
  const deals = matchingPipeline(candidate, facts, config.intent).filter((o) =>
    o.contacts.some((c) => c.personId === person.personId),
  );
  if (deals.length > 0) why.push(`is a contact on ${deals.map((o) => o.id).join(', ')}`);
  const asked = matchingRequests(candidate, facts, config.intent).filter((m) =>
    m.request.people.some((p) => p.personId === person.personId),
  );
  if (asked.length > 0) why.push(`asked about it on ${asked[0]!.request.occurredAt.slice(0, 10)}`);
  return why;
}

function engagementLabel(person: OpportunityPerson): string {
  return `strength ${person.strength}${person.lastTwoWayAt ? `, last two-way contact ${person.lastTwoWayAt.slice(0, 10)}` : ', no two-way contact'}`;
}

/** The people who care, engaged or not, strongest first. */
export function caringPeople(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  served: readonly ServedObjective[],
  config: OpportunitiesConfig,
): { person: OpportunityPerson; why: string[] }[] {
  return facts.people
    .map((person) => ({ person, why: caresBecause(person, candidate, facts, served, config) }))
    .filter((p) => p.why.length > 0)
    .sort(
      (a, b) =>
        Number(b.person.engaged) - Number(a.person.engaged) ||
        b.why.length - a.why.length ||
        b.person.strength - a.person.strength ||
        a.person.personId.localeCompare(b.person.personId),
    );
}

/**
 * Stakeholder alignment, who cares: at least `alignment.minPeople` truly engaged people
 * (threading's engaged threshold and window) who hold a caring role, work in the unit concerned,
 * own an objective it serves, are a contact on its open opportunity, or asked about it. Each is
 * named with why; when nobody engaged cares, the answer names who cares but is not engaged.
 */
export function alignmentJudgement(
  candidate: OpportunityCandidate,
  facts: OpportunityAccountFacts,
  served: readonly ServedObjective[],
  config: OpportunitiesConfig,
  shared: SharedSettings,
): Judgement {
  const caring = caringPeople(candidate, facts, served, config);
  const engaged = caring.filter((c) => c.person.engaged);
  const reasons: OpportunityReason[] = engaged.map(({ person, why }) => {
    const evidence: OpportunityEvidence[] = [
      personEvidence(person, `${person.name}${person.title ? `, ${person.title}` : ''}`),
    ];
    if (person.lastTwoWayInteractionId) {
      evidence.push({
        kind: 'INTERACTION',
        id: person.lastTwoWayInteractionId,
        date: person.lastTwoWayAt,
        label: `Last two-way contact with ${person.name}`,
        value: null,
      });
    }
    return {
      code: 'ENGAGED_STAKEHOLDER',
      met: true,
      detail: `${person.name}${person.title ? ` (${person.title})` : ''}, engaged (${engagementLabel(person)}): ${why.join('; ')}`,
      date: person.lastTwoWayAt,
      evidence,
    };
  });
  const listed = reasons.slice(0, config.alignment.maxListed);
  const omitted = reasons.length - listed.length;
  if (reasons.length >= config.alignment.minPeople)
    return { met: true, reasons: listed, missing: null, omitted };
  const missing =
    reasons.length > 0
      ? `${reasons.length} engaged ${reasons.length === 1 ? 'person cares' : 'people care'}; ${config.alignment.minPeople} wanted`
      : caring.length === 0
        ? `Nobody who cares is on record: no holder of ${config.alignment.caringRoles.join(', ')}${
            candidate.target.businessUnitName ? `, nobody in ${candidate.target.businessUnitName}` : ''
          }, no owner of an objective it serves`
        : `Nobody who cares is engaged (strength ${shared.engagedThreshold}+ and two-way contact within ${shared.engagedWindowDays} days): ${caring
            .slice(0, 3)
            .map((c) => `${c.person.name} ${c.why[0]} (${engagementLabel(c.person)})`)
            .join('; ')}`;
  return { met: false, reasons: listed, missing, omitted };
}
