import type { Logger } from '../../config/logger';
import type { Caller } from '../../domain/tenant';
import type { Services } from '../services';

export interface WarmUpReport {
  accountId: string | null;
  ms: number;
}

/**
 * Runs the reads behind the common screens (accounts list, stakeholder map, people page, account
 * plan with its health, plays, threading, opportunities and calendar) once on one account of
 * `tenantId`, before the server takes requests. Neo4j plans each statement on first sight, and
 * its plan cache is keyed on the statement and the types of its parameters, so running the real
 * reads with real parameters is what makes the first user's request as fast as the next one
 * (the first account plan took seconds before). Read-only; the results are dropped. A tenant
 * without accounts leaves nothing to warm. The caller runs it as one request (withRequestMemo).
 */
export async function warmUpCommonScreens(
  services: Services,
  tenantId: string,
  logger: Logger,
): Promise<WarmUpReport> {
  const started = performance.now();
  const caller: Caller = { tenantId, role: 'VIEWER', subject: 'start-up warm-up' };
  const accountId = await (async () => {
    const list = await services.accounts.list(caller, {
      filter: {},
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 20,
    });
    const account = list.items[0];
    if (!account) return null;
    const page = { first: 20 };
    await services.stakeholderMaps.build(caller, account.id);
    await services.stakeholders.pagesByAccounts(caller, [account.id], page);
    await services.stakeholders.linkedPagesByAccounts(caller, [account.id], page);
    const everyList = { manager: true, roles: true, influences: true, influencedBy: true };
    await services.stakeholders.projectedPagesByAccounts(caller, [account.id], page, everyList);
    await services.accountPlans.plan(caller, account.id);
    return account.id;
  })().catch((error: unknown) => {
    // A warm-up that fails costs the first request its speed, not the server its start.
    logger.warn({ err: error, tenantId }, 'Warm-up of the common screens failed');
    return null;
  });
  return { accountId, ms: Math.round(performance.now() - started) };
}
