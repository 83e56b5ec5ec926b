import type { AccountCoverageRecord } from '../../src/domain/graph-records';
import type { TeamRole } from '../../src/domain/vocabulary';
import { TEAM } from './catalog';
import { formatDay, type Day } from './dates';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

/** Accounts this large in ARR get an executive of ours as sponsor. */
const EXECUTIVE_COVERAGE_ARR = 180_000;

/**
 * Our team on the account: owner and CSM everywhere, a solutions engineer on bigger accounts,
 * an executive sponsor on the top ones. The owner has been there since the sales cycle, so every
 * interaction has someone from our side to attribute it to.
 */
export function generateCoverage(
  ctx: GenerationContext,
  plan: AccountPlan,
  arr: number,
  firstContactDay: Day,
  rng: Random,
): AccountCoverageRecord[] {
  const coverage: AccountCoverageRecord[] = [];
  const add = (teamMemberId: string, role: TeamRole, since: Day): void => {
    coverage.push({
      teamMemberId,
      accountId: plan.id,
      role,
      since: formatDay(Math.min(since, ctx.asOfDay - 14)),
    });
  };
  const owner =
    plan.segment === 'ENTERPRISE'
      ? rng.pick(TEAM.enterpriseAes)
      : plan.segment === 'MID_MARKET'
        ? rng.weighted([
            [TEAM.midMarketAe, 4],
            [TEAM.enterpriseAes[1], 1],
          ])
        : TEAM.commercialAe;
  add(owner, 'ACCOUNT_OWNER', firstContactDay - rng.int(0, 90));
  const csm =
    plan.segment === 'ENTERPRISE'
      ? rng.pick(TEAM.csms.slice(0, 2))
      : plan.segment === 'SMB'
        ? TEAM.csms[2]
        : rng.pick(TEAM.csms.slice(1));
  const newCustomer = plan.customerSinceDay - 30 >= firstContactDay;
  add(csm, 'CSM', newCustomer ? plan.customerSinceDay - 30 : firstContactDay - rng.int(0, 400));
  if (plan.segment === 'ENTERPRISE' || arr >= 150_000) {
    add(
      plan.segment === 'ENTERPRISE' ? TEAM.ses[0] : TEAM.ses[1],
      'SOLUTIONS_ENGINEER',
      firstContactDay + rng.int(0, 60),
    );
  }
  if (arr >= EXECUTIVE_COVERAGE_ARR) {
    add(rng.pick([TEAM.cro, TEAM.vpSuccess]), 'EXECUTIVE_SPONSOR', ctx.asOfDay - rng.int(200, 700));
  }
  return coverage;
}
