import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { RunningApp } from '../../src/app';
import { PROJECT_ROOT } from '../../src/config/paths';
import { startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { demoAccounts, demoClock } from '../support/health-fixtures';
import { seedTenant } from '../support/seed';

/** Every ```graphql block of the README, split into its operations, in the README's order. */
interface ReadmeOperation {
  name: string;
  kind: string;
  source: string;
  operationName: string | undefined;
}

function readmeOperations(): ReadmeOperation[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((source, block) => {
    const operations = parse(source).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    return operations.map((operation, at) => ({
      name: `block ${block + 1}${operations.length > 1 ? `, ${operation.name?.value ?? at + 1}` : ''}: ${source.trim().slice(0, 60).replace(/\s+/g, ' ')}`,
      kind: operation.operation,
      source,
      operationName: operation.name?.value,
    }));
  });
}

/** Errors that mean the README no longer matches the schema (not a domain refusal). */
const CONTRACT_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * The README's examples are the API's contract with a newcomer: each one runs, as written,
 * against the demo accounts it names (generated exactly as `npm start` seeds them). Queries
 * answer without errors; mutations may be refused by a rule of the domain (the README shows
 * `requestPlay(EXPANSION)` refused on purpose) but never fail validation or crash.
 */
describe('the README examples', () => {
  let app: RunningApp;
  const tenant = testTenant('readme');
  const admin = tokenFor(tenant, 'ADMIN');
  const operations = readmeOperations();

  beforeAll(async () => {
    app = await startTestApp({}, demoClock);
    await seedTenant(app.db, tenant, demoAccounts(Array.from({ length: 12 }, (_, i) => i + 1)));
  }, 600_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('finds the examples', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(operations.some((o) => o.kind === 'mutation')).toBe(true);
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s', async (_name, operation) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: operation.source, operationName: operation.operationName }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const errors = body.errors ?? [];
    if (operation.kind === 'query') {
      expect(errors).toEqual([]);
      expect(body.data).toBeTruthy();
    } else {
      expect(errors.filter((e) => CONTRACT_ERRORS.has(e.extensions?.code ?? ''))).toEqual([]);
    }
  });
});
