import type { Logger } from '../../config/logger';
import type { Caller } from '../../domain/tenant';
import type { Services } from '../services';

export interface WarmUpReport {
  accountId: string | null;
  ms: number;
}

/**
 * Neo4j keys its plan cache on the statement and its parameters' types, and a list parameter's
 * type includes its size rounded down to a power of ten: `stakeholder/people-by-ids` with 14 ids
 * and with 112 are planned apart (measured on the demo: 729 ms and 840 ms of planning on the first
 * run of each, 14–76 ms later). The reads by id whose list follows the data (an account plan's key
 * people: 14 at one demo account, 112 at another) are warmed with lists of each of these sizes.
 */
export const WARMED_LIST_SIZES = [1, 10, 100, 1000] as const;

/** `ids`, cut or padded to `size` with ids no entity has (the statement finds nothing for them). */
export function idsOfSize(ids: readonly string[], size: number): string[] {
  const padded = ids.slice(0, size);
  for (let i = padded.length; i < size; i += 1) padded.push(`warm-up-absent-${i}`);
  return padded;
}

export interface WarmUpOptions {
  planRounds?: number;
  asRequest?: (work: () => Promise<void>) => Promise<void>;
  /**
   * The account plan through the real GraphQL execution (parse, validate, resolvers, loaders),
   * in process: the app passes it (src/graphql/warm-up-operations.ts). Without it, the plan
   * rounds call the service.
   */
  accountPlanThroughApi?: (caller: Caller, accountId: string) => Promise<void>;
}

/**
 * Runs the reads behind the common screens (accounts list, stakeholder map, people page, account
 * plan with its health, plays, threading, opportunities and calendar) once on one account of
 * `tenantId`, before the server takes requests. Neo4j plans each statement on first sight, and
 * its plan cache is keyed on the statement and the types of its parameters, so running the real
 * reads with real parameters is what makes the first user's request as fast as the next one
 * (the first account plan took seconds before). Read-only; the results are dropped. A tenant
 * without accounts leaves nothing to warm. The caller runs it as one request (withRequestMemo).
 *
 * The account plan, the heaviest screen, runs `planRounds` times, each as a request of its own
 * (`asRequest`: the app gives each a memo of its own, so its statements do run), with its Markdown: one run plans the statements,
 * but Neo4j's interpreted runtime and V8 only reach their speed over a few runs (measured on
 * the demo: 4.2 s, 2.3 s, 1.6 s, 0.9 s for the first four plans after start-up, each plan's
 * statements already planned by a single warm-up run). Given `accountPlanThroughApi`, each run
 * goes through GraphQL, so graphql-js's and type-graphql's first-use costs (~250 ms of Node time
 * on the first plan, measured with bench:plan-first-call) are paid here too. Then the reads by id
 * run once per list size of WARMED_LIST_SIZES.
 */
export async function warmUpCommonScreens(
  services: Services,
  tenantId: string,
  logger: Logger,
  { planRounds = 3, asRequest = (work) => work(), accountPlanThroughApi }: WarmUpOptions = {},
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
    const firstPage = await services.stakeholders.pagesByAccounts(caller, [account.id], page);
    await services.stakeholders.linkedPagesByAccounts(caller, [account.id], page);
    const everyList = { manager: true, roles: true, influences: true, influencedBy: true, details: true };
    await services.stakeholders.projectedPagesByAccounts(caller, [account.id], page, everyList);
    for (let round = 0; round < planRounds; round += 1) {
      await asRequest(async () => {
        if (accountPlanThroughApi) await accountPlanThroughApi(caller, account.id);
        else services.accountPlans.markdown(await services.accountPlans.plan(caller, account.id));
      });
    }
    const people = firstPage.get(account.id)?.items.map((p) => p.id) ?? [];
    for (const size of WARMED_LIST_SIZES) {
      await asRequest(async () => {
        await services.stakeholders.byIds(caller, idsOfSize(people, size));
        await services.accounts.byIds(caller, idsOfSize([account.id], size));
      });
    }
    return account.id;
  })().catch((error: unknown) => {
    // A warm-up that fails costs the first request its speed, not the server its start.
    logger.warn({ err: error, tenantId }, 'Warm-up of the common screens failed');
    return null;
  });
  return { accountId, ms: Math.round(performance.now() - started) };
}
