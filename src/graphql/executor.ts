import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLExecutorKind } from '../config/config';
import { compileProjectedInline, readsProjectedFieldsOnly } from './inline-projected-fields';
import { prepareVariables } from './operation-variables';

/**
 * Which engine executes a parsed and validated operation:
 * - `jit` (default): graphql-jit compiles each operation once into a function specialised for
 *   its selection (no per-field `info` object, no generic completion walk), cached with the
 *   parsed document;
 * - `graphql-js`: Apollo Server's own `execute` (the switch back, `GRAPHQL_EXECUTOR=graphql-js`).
 * Everything around execution (parsing, validation and its depth limit, the cost limit, error
 * formatting, the HTTP status, plugins, the context) is Apollo's either way; the resolvers are the
 * same functions (type-graphql's, with its authChecker, global-id unwrapping, DataLoaders and the
 * request memo), so only the walk that calls them and completes their values differs.
 */
export type { GraphQLExecutorKind };

/** Schemas that asked for graphql-js; any other is executed by graphql-jit. */
const plainSchemas = new WeakSet<GraphQLSchema>();

/** Chooses the engine for a built schema (the composition root calls this with the config's choice). */
export function useExecutor<S extends GraphQLSchema>(schema: S, kind: GraphQLExecutorKind): S {
  if (kind === 'graphql-js') plainSchemas.add(schema);
  else plainSchemas.delete(schema);
  return schema;
}

/**
 * What to give `new ApolloServer(...)` for this schema: the schema itself (graphql-js) or a
 * gateway that serves it with a compiled executor, Apollo Server 5's supported way of replacing
 * the execution step.
 */
export function apolloExecution(
  schema: GraphQLSchema,
): { schema: GraphQLSchema } | { gateway: GatewayInterface } {
  return plainSchemas.has(schema) ? { schema } : { gateway: jitGateway(schema) };
}

/** A fixed schema served through graphql-jit: loaded once, never updated. */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    load: () => Promise.resolve({ executor: jitExecutor(schema) }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}

/** Apollo Server 5's gateway interface, as its constructor takes it. */
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

type Compiled = CompiledQuery | ExecutionResult;

/**
 * Compiled operations per parsed document. Apollo hands the same document object back for the
 * same query text (its document store, an LRU), so a compiled query lives as long as Apollo
 * keeps its document and no longer: the cache needs no bound of its own.
 */
const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

function compiled(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): Compiled {
  let byOperation = compiledByDocument.get(document);
  if (!byOperation) {
    byOperation = new Map();
    compiledByDocument.set(document, byOperation);
  }
  const key = operationName ?? '';
  let query = byOperation.get(key);
  if (!query) {
    // Stacks are not captured for errors the compiled code raises itself (null in a non-null
    // field, a value a scalar cannot serialise): they are never shown (no stack traces in
    // responses) and capturing one costs more than the error.
    const compile = () =>
      compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    // A people page whose nested fields all come from its projected read reads them inline.
    query = readsProjectedFieldsOnly(schema, document, operationName)
      ? compileProjectedInline(schema, compile)
      : compile();
    byOperation.set(key, query);
  }
  return query;
}

/**
 * graphql-jit's errors are its own objects on GraphQLError's prototype, without `extensions` when
 * the cause has none; Apollo's error normalisation reads `extensions.code` and would turn every
 * one into a generic internal error. Each becomes a graphql-js GraphQLError as `execute` builds
 * it: message, locations, path, the original error and its extensions.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions:
      error.extensions ?? (original as { extensions?: Record<string, unknown> } | undefined)?.extensions,
  });
  // Locations come computed (line and column); graphql-js would derive them from the nodes.
  if (error.locations) (rebuilt as { locations?: unknown }).locations = error.locations;
  if (original?.stack) rebuilt.stack = original.stack;
  return rebuilt;
}

function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map(asGraphQLError) };
}

async function runCompiled(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  contextValue: unknown,
  variables: Record<string, unknown>,
): Promise<ExecutionResult> {
  const query = compiled(schema, document, operationName);
  // An operation graphql-jit cannot compile comes back as errors, as graphql-js would give them.
  if (!isCompiledQuery(query)) return withGraphQLErrors(query);
  const prepared = prepareVariables(schema, document, operationName, variables);
  if ('errors' in prepared) return { errors: prepared.errors };
  return withGraphQLErrors(await query.query(undefined, contextValue, prepared.variables));
}

export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  return (requestContext) =>
    runCompiled(
      schema,
      requestContext.document,
      requestContext.operationName ?? undefined,
      requestContext.context,
      requestContext.request.variables ?? {},
    );
}

/**
 * Executes a parsed and validated operation with the engine the schema was given and the
 * arguments Apollo would pass: the known-documents path's way in (src/http/known-documents.ts)
 * and the start-up warm-up's (src/graphql/warm-up-operations.ts), so they run the same compiled
 * query as Apollo's gateway does.
 */
export function executeValidated(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  contextValue: unknown,
  variableValues: Record<string, unknown> | undefined,
): Promise<ExecutionResult> {
  if (plainSchemas.has(schema))
    return Promise.resolve(execute({ schema, document, operationName, contextValue, variableValues }));
  return runCompiled(schema, document, operationName, contextValue, variableValues ?? {});
}
