import { parse, validate } from 'graphql';
import type { RunningApp } from '../../src/app';
import { createLogger } from '../../src/config/logger';
import type { QueryEvent } from '../../src/db/cypher-executor';
import { withRequestMemo } from '../../src/db/request-memo';
import { buildGraphQLSchema } from '../../src/graphql/build-schema';
import { accountPlanWarmUpDocument, graphQLWarmUp } from '../../src/graphql/warm-up-operations';
import {
  idsOfSize,
  warmUpCommonScreens,
  WARMED_LIST_SIZES,
} from '../../src/services/warm-up/common-screens-warm-up';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

const PLAN = `query($id: ID!) { accountPlan(accountId: $id) { accountId asOf markdown
  keyPeople { personId roles engaged } mutualActionPlan { date source sourceId } } }`;

/** A list's size as Neo4j's plan cache sees it: rounded down to a power of ten. */
function sizeBucket(length: number): number {
  return length === 0 ? 0 : 10 ** Math.floor(Math.log10(length));
}

/**
 * What Neo4j plans a statement for: its text (the file) and its parameters' types, a list's
 * type with its size bucket. Two runs of the same shape share one cached plan.
 */
function shapeOf(event: QueryEvent): string {
  const types = Object.entries(event.params)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => {
      if (Array.isArray(value)) return `${name}:list(${sizeBucket(value.length)})`;
      return `${name}:${value === null ? 'null' : typeof value}`;
    });
  return `${event.name}(${types.join(', ')})`;
}

describe('the start-up warm-up plans what the first account plan runs', () => {
  let app: RunningApp;
  const tenant = testTenant('plan-warm-up');
  let accountIds: string[];

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    // Accounts of different sizes (acc-0001 has 112 people): their plans read key people by id
    // in lists of different size buckets.
    const records = demoAccounts([1, 2, 3]);
    accountIds = records.accounts.map((a) => a.id);
    await seedTenant(app.db, tenant, records);
  }, 300_000);
  afterAll(() => app.stop());

  async function shapesOf(work: () => Promise<unknown>): Promise<Set<string>> {
    const shapes = new Set<string>();
    const unsubscribe = app.db.onQuery((event) => {
      if (event.tenantId === tenant) shapes.add(shapeOf(event));
    });
    try {
      await work();
    } finally {
      unsubscribe();
    }
    return shapes;
  }

  it('selects every field of the plan, and the document is valid against the schema', () => {
    const schema = buildGraphQLSchema();
    const document = accountPlanWarmUpDocument(schema);
    expect(validate(schema, parse(document))).toEqual([]);
    for (const field of ['markdown', 'keyPeople', 'mutualActionPlan', 'successMetrics', 'calendar']) {
      expect(document).toContain(field);
    }
  });

  it('pads or cuts id lists to each warmed size', () => {
    expect(idsOfSize(['a', 'b'], 1)).toEqual(['a']);
    expect(idsOfSize(['a', 'b'], 10)).toHaveLength(10);
    expect(idsOfSize(['a', 'b'], 10).slice(0, 2)).toEqual(['a', 'b']);
    expect(WARMED_LIST_SIZES.map(sizeBucket)).toEqual([...WARMED_LIST_SIZES]);
  });

  it("has run every account's plan statements, with the same parameter types, before the first plan", async () => {
    const throughApi = graphQLWarmUp(buildGraphQLSchema(), app.services);
    let warmedAccount: string | null = null;
    const warmed = await shapesOf(async () => {
      const report = await withRequestMemo(() =>
        warmUpCommonScreens(app.services, tenant, createLogger('silent', false), {
          asRequest: (work) => withRequestMemo(work),
          accountPlanThroughApi: (caller, accountId) => throughApi.accountPlan(caller, accountId),
        }),
      );
      warmedAccount = report.accountId;
    });
    expect(accountIds).toContain(warmedAccount);
    for (const id of accountIds) {
      const planned = await shapesOf(async () => {
        const result = await gql(app, PLAN, { id }, tokenFor(tenant));
        expect(result.errors).toBeUndefined();
      });
      expect(planned.size).toBeGreaterThan(10);
      // Each statement of this account's plan, with its parameter types, was run by the warm-up
      // (which planned one account only): none is planned during a user's request.
      expect([...planned].filter((shape) => !warmed.has(shape))).toEqual([]);
    }
  }, 300_000);
});
