import type {
  OpportunityContactRoleRecord,
  OpportunityRecord,
  PersonRecord,
  RoleAssignmentRecord,
} from '../../src/domain/graph-records';
import type { StakeholderRole } from '../../src/domain/vocabulary';
import { productById } from './catalog';
import { formatDay, parseDay, yearOf, type Day } from './dates';
import { ids } from './ids';
import { contractHistory, expansionDeals } from './opportunity-deals';
import { byId, isThere, tenureOf } from './people';
import type { Random } from './random';
import type { SubscriptionDraft } from './subscriptions';
import type { AccountPlan, GenerationContext } from './types';

const DEAL_ROLES: StakeholderRole[] = [
  'CHAMPION',
  'ECONOMIC_BUYER',
  'DECISION_MAKER',
  'TECHNICAL_EVALUATOR',
  'EXECUTIVE_SPONSOR',
];

export interface OpportunityInputs {
  subscriptions: SubscriptionDraft[];
  people: PersonRecord[];
  roles: RoleAssignmentRecord[];
  ownerId: string | null;
  csmId: string | null;
  firstContactDay: Day;
}

/**
 * The account's deal history and pipeline, each deal with the contacts who were in the role when
 * it closed (or, for open deals, a month ago).
 */
export function generateOpportunities(
  ctx: GenerationContext,
  plan: AccountPlan,
  inputs: OpportunityInputs,
  rng: Random,
): { opportunities: OpportunityRecord[]; contactRoles: OpportunityContactRoleRecord[] } {
  const drafts = [...contractHistory(ctx, inputs, rng), ...expansionDeals(ctx, plan, inputs, rng)];
  drafts.sort((a, b) => a.closeDay - b.closeDay);
  const opportunities: OpportunityRecord[] = [];
  const contactRoles: OpportunityContactRoleRecord[] = [];
  drafts.forEach((draft, i) => {
    const product = productById(ctx.catalog, draft.productId);
    const closed = draft.stage.startsWith('Closed');
    const label =
      draft.type === 'RENEWAL'
        ? `renewal ${yearOf(draft.closeDay)}`
        : draft.type === 'EXPANSION'
          ? 'expansion'
          : 'new business';
    const opportunity: OpportunityRecord = {
      id: ids.opportunity(plan.index, i + 1),
      accountId: plan.id,
      productId: product.id,
      ownerId: draft.byCsm ? inputs.csmId : inputs.ownerId,
      name: `${plan.name} - ${product.name} ${label}`,
      type: draft.type,
      stage: draft.stage,
      status: draft.stage === 'Closed Won' ? 'WON' : draft.stage === 'Closed Lost' ? 'LOST' : 'OPEN',
      amount: draft.amount,
      closeDate: formatDay(draft.closeDay),
    };
    opportunities.push(opportunity);
    // Open deals list whoever was working them a month ago, even if they have since left.
    contactRoles.push(
      ...contactsFor(opportunity.id, closed ? draft.closeDay : ctx.asOfDay - 30, inputs, rng),
    );
  });
  return { opportunities, contactRoles };
}

function contactsFor(
  opportunityId: string,
  day: Day,
  inputs: OpportunityInputs,
  rng: Random,
): OpportunityContactRoleRecord[] {
  const people = byId(inputs.people);
  const holders = inputs.roles.filter((role) => {
    const person = people.get(role.personId);
    const until = role.until === null ? Infinity : parseDay(role.until);
    return (
      DEAL_ROLES.includes(role.role) &&
      parseDay(role.since) <= day &&
      day < until &&
      person &&
      isThere(tenureOf(person), day)
    );
  });
  const key = holders.filter((h) => h.role === 'CHAMPION' || h.role === 'ECONOMIC_BUYER');
  const others = rng.sample(
    holders.filter((h) => !key.includes(h)),
    rng.int(0, 2),
  );
  const seen = new Set<string>();
  return [...key, ...others]
    .filter((holder) => !seen.has(holder.personId) && seen.add(holder.personId))
    .map((holder, i) => ({
      opportunityId,
      personId: holder.personId,
      role: holder.role,
      isPrimary: i === 0,
    }));
}
