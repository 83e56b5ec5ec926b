import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type ContextFunction,
  type GraphQLRequestContext,
  type GraphQLRequestListener,
} from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { executeValidated } from '../graphql/executor';
import { HOOK_DONE } from '../graphql/hook-done';
import { writeAnswer } from './graphql-lane';

/**
 * POST /graphql for a query text Apollo has already parsed and validated, answered without
 * Apollo's HTTP and request pipeline around the execution.
 *
 * For a cheap operation most of a request's CPU was Apollo's per-request machinery rather than
 * the work asked for (docs/performance.md, round 5): the SHA-256 of the query text for its
 * document store, an Accept negotiation per stage, a dozen hook dispatches as promises, the
 * gateway request context, the result stringified behind an await. Here the validated document
 * is found by the query text itself, and the same steps Apollo takes for a document from its
 * store are run directly, in its order and with its rules:
 *
 * - the same plugin instances (cost limit, tenant budget and metrics, error statuses), hook by
 *   hook: requestDidStart, didResolveSource, didResolveOperation, responseForOperation,
 *   executionDidStart/End, didEncounterErrors, willSendResponse (parsing and validation hooks do
 *   not run for a stored document in Apollo either);
 * - the same context function (cloned per operation, as Apollo does), the same compiled query
 *   (src/graphql/executor.ts), the same `formatError`, Apollo's error normalisation, HTTP status
 *   rules (errors' `extensions.http`, 500 for a request error without one, 400 for variables that
 *   do not coerce) and media type negotiation, and its serialisation (`JSON.stringify` + newline).
 *
 * Anything else goes to Apollo untouched: a text seen for the first time (Apollo parses and
 * validates it, and this remembers the document), GET, batches, persisted-query extensions,
 * malformed bodies, a context that cannot be built (a refused token), an Accept header that
 * takes neither JSON type, subscriptions. A test (test/api/known-documents.int.test.ts) checks
 * that both paths answer byte for byte alike.
 */
export class KnownDocuments {
  /** By query text; bounded by the total length of the texts kept (Apollo's store is bounded too). */
  private readonly documents = new LRUCache<string, DocumentNode>({
    maxSize: 4 * 1024 * 1024,
    sizeCalculation: (_document, query) => Math.max(1, query.length),
  });

  /** An Apollo plugin that remembers each document Apollo has parsed and validated. */
  plugin(): ApolloServerPlugin<BaseContext> {
    const documents = this.documents;
    const listener: GraphQLRequestListener<BaseContext> = {
      didResolveOperation({ source, document }) {
        // Reached only once the text parsed and validated: the document is good for any variables.
        if (!documents.has(source)) documents.set(source, document);
        return HOOK_DONE;
      },
    };
    return { requestDidStart: () => Promise.resolve(listener) };
  }

  /** Requests this path has answered since start (the test of both paths reads it; nothing routes by it). */
  answered = 0;

  document(query: string): DocumentNode | undefined {
    return this.documents.get(query);
  }
}

export interface KnownDocumentOptions<C extends BaseContext> {
  known: KnownDocuments;
  schema: GraphQLSchema;
  /** The plugins given to Apollo, in the same order (their request hooks are run here). */
  plugins: ApolloServerPlugin<C>[];
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Apollo's logger, as its request context carries it. */
  logger: GraphQLRequestContext<C>['logger'];
  context: ContextFunction<[{ req: Request; res: Response }], C>;
  /** Apollo's handler, for everything this path does not take. */
  fallback: RequestHandler;
}

const MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  graphqlResponse: 'application/graphql-response+json; charset=utf-8',
  jsonCallback: 'application/json; callbackSpec=1.0; charset=utf-8',
} as const;

/**
 * The media type of a single answer, as Apollo chooses it (`chooseContentTypeForSingleResultResponse`),
 * remembered per Accept header: clients send a handful of distinct ones.
 */
const mediaTypes = new Map<string, string | null>();
function mediaTypeFor(accept: string | undefined): string | null {
  if (!accept) return MEDIA_TYPES.json;
  let chosen: string | null | undefined = mediaTypes.get(accept);
  if (chosen === undefined) {
    chosen =
      new Negotiator({ headers: { accept } }).mediaType([
        MEDIA_TYPES.json,
        MEDIA_TYPES.graphqlResponse,
        MEDIA_TYPES.jsonCallback,
      ]) ?? null;
    if (mediaTypes.size >= 64) mediaTypes.clear();
    mediaTypes.set(accept, chosen);
  }
  return chosen;
}

/** A body Apollo would read as a plain single POST, of a known text; else undefined. */
function plainRequest(
  body: unknown,
): { query: string; operationName?: string; variables?: Record<string, unknown> } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions, ...rest } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query === '') return undefined;
  for (const _key in rest) return undefined; // anything else Apollo reads is its business
  if (extensions !== undefined && extensions !== null) return undefined; // persisted queries and the like
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return undefined;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables) || Buffer.isBuffer(variables))
  )
    return undefined;
  return {
    query,
    ...(typeof operationName === 'string' ? { operationName } : {}),
    ...(variables ? { variables: variables as Record<string, unknown> } : {}),
  };
}

/** Apollo's `UserInputError` for a variable graphql-js refused without a code (requestPipeline). */
function isBadVariable(error: GraphQLError): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return false;
  const name = node.variable.name.value;
  return [
    `Variable "$${name}" has invalid value`,
    `Variable "$${name}" got invalid value `,
    `Variable "$${name}" of required type `,
    `Variable "$${name}" of non-null type `,
  ].some((start) => error.message.startsWith(start));
}

function asUserInputError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError ?? error,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

function ensureGraphQLError(thrown: unknown): GraphQLError {
  const error =
    thrown instanceof Error ? thrown : new GraphQLError(`Unexpected error value: ${String(thrown)}`);
  return error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error });
}

interface HttpHead {
  status?: number;
  headers: HeaderMap;
}

/** Apollo's `normalizeAndFormatErrors` (no stack traces in answers here): errors and the HTTP head they ask for. */
function formatErrors(
  errors: readonly unknown[],
  formatError: KnownDocumentOptions<BaseContext>['formatError'],
): { formatted: GraphQLFormattedError[]; http: HttpHead } {
  const http: HttpHead = { headers: new HeaderMap() };
  const enrich = (thrown: unknown): GraphQLFormattedError => {
    const error = ensureGraphQLError(thrown);
    const extensions: Record<string, unknown> = {
      ...error.extensions,
      code: error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR',
    };
    const head = extensions['http'];
    if (isHttpHead(head)) {
      if (head.status) http.status = head.status;
      if (head.headers) for (const [name, value] of head.headers) http.headers.set(name, value);
      delete extensions['http'];
    }
    return { ...error.toJSON(), extensions };
  };
  const formatted = errors.map((error) => {
    try {
      return formatError(enrich(error), error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { formatted, http };
}

function isHttpHead(value: unknown): value is { status?: number; headers?: Map<string, string> } {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as { status?: unknown; headers?: unknown };
  return (
    (!('status' in head) || typeof head.status === 'number') &&
    (!('headers' in head) || head.headers instanceof Map)
  );
}

function mergeHead(target: HttpHead, source: HttpHead): void {
  if (source.status) target.status = source.status;
  for (const [name, value] of source.headers) target.headers.set(name, value);
}

/** A hook's answer that has nothing to wait for: the shared resolved promise, or no promise at all. */
function isPending(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== HOOK_DONE &&
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * What Apollo's `await Promise.all(hooks)` waits for, without making promises for hooks that have
 * nothing to wait for (most: each promise costs its allocation, a microtask and, once any
 * AsyncLocalStorage runs, Node's promise hooks): undefined when nothing is pending.
 */
function pendingOf(values: readonly unknown[]): Promise<unknown> | undefined {
  let pending: PromiseLike<unknown>[] | undefined;
  for (const value of values) if (isPending(value)) (pending ??= []).push(value);
  if (pending === undefined) return undefined;
  return pending.length === 1 ? Promise.resolve(pending[0]) : Promise.all(pending);
}

/** Calls `hook` on every listener (all before any is waited for, as Apollo does); what to await, if anything. */
function each<C extends BaseContext>(
  listeners: GraphQLRequestListener<C>[],
  hook: (listener: GraphQLRequestListener<C>) => unknown,
): Promise<unknown> | undefined {
  let results: unknown[] | undefined;
  for (const listener of listeners) {
    const result = hook(listener);
    if (result !== undefined) (results ??= []).push(result);
  }
  return results && pendingOf(results);
}

/**
 * The handler at the end of the GraphQL chain: a known text is answered here, anything else by
 * Apollo (`fallback`).
 */
export function knownDocumentHandler<C extends BaseContext>(
  options: KnownDocumentOptions<C>,
): RequestHandler {
  const { known, schema, plugins, formatError, logger, fallback } = options;
  const requestPlugins = plugins.filter((plugin) => plugin.requestDidStart !== undefined);
  return async (req, res, next) => {
    const request = req.method === 'POST' ? plainRequest(req.body) : undefined;
    const document = request && known.document(request.query);
    const operation = document && getOperationAST(document, request.operationName);
    const accept = req.headers.accept;
    const mediaType = mediaTypeFor(Array.isArray(accept) ? accept.join(', ') : accept);
    if (
      !request ||
      !document ||
      !operation ||
      operation.operation === OperationTypeNode.SUBSCRIPTION ||
      mediaType === null
    )
      return fallback(req, res, next);
    let contextValue: C;
    try {
      contextValue = await options.context({ req, res });
    } catch {
      // Apollo answers a context that cannot be built (a refused token) in its own words.
      return fallback(req, res, next);
    }
    known.answered += 1;
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const at = req.url.indexOf('?');
    const requestContext = {
      logger,
      schema,
      request: {
        query: request.query,
        operationName: request.operationName,
        variables: request.variables,
        extensions: undefined,
        http: { method: 'POST', headers, search: at < 0 ? '' : req.url.slice(at), body: req.body as unknown },
      },
      response: { http: { status: undefined as number | undefined, headers: new HeaderMap() } },
      // Apollo gives each operation its own shallow copy of the context.
      contextValue: Object.assign(
        Object.create(Object.getPrototypeOf(contextValue) as object) as C,
        contextValue,
      ),
      metrics: { persistedQueryHit: false, persistedQueryRegister: false },
      requestIsBatched: false,
      source: request.query,
      document,
      operation,
      operationName: operation.name?.value ?? null,
    } as unknown as KnownRequestContext<C>;
    try {
      await answerKnown(requestContext, requestPlugins, formatError);
    } catch (error) {
      // What Apollo answers when its pipeline itself fails (a plugin hook threw): a generic 500.
      logger.error(`Unexpected error processing request: ${String(error)}`);
      const { formatted, http } = formatErrors([new Error('Internal server error')], formatError);
      http.headers.set('content-type', mediaType);
      writeAnswer(res, http.status ?? 500, http.headers, `${JSON.stringify({ errors: formatted })}\n`);
      return;
    }
    const head = requestContext.response.http;
    if (!head.headers.get('content-type')) head.headers.set('content-type', mediaType);
    // What Apollo's runHttpQuery writes: the fields in this order, then a newline.
    const result =
      requestContext.response.body?.kind === 'single' ? requestContext.response.body.singleResult : {};
    const body = `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
    writeAnswer(res, head.status ?? 200, head.headers, body);
  };
}

type KnownRequestContext<C extends BaseContext> = GraphQLRequestContext<C> & {
  response: { http: HttpHead; body?: GraphQLRequestContext<C>['response']['body'] };
  errors?: readonly GraphQLError[];
};

/**
 * Apollo's processGraphQLRequest for a document from its store, with the same hooks and rules:
 * leaves the answer in `ctx.response` as Apollo does.
 */
async function answerKnown<C extends BaseContext>(
  ctx: KnownRequestContext<C>,
  plugins: ApolloServerPlugin<C>[],
  formatError: KnownDocumentOptions<BaseContext>['formatError'],
): Promise<void> {
  const hookContext = ctx as never;
  const started = plugins.map((plugin) => plugin.requestDidStart!(ctx) as unknown);
  const pendingStart = pendingOf(started);
  const listeners = (pendingStart ? await Promise.all<unknown>(started) : started).filter(
    (listener): listener is GraphQLRequestListener<C> => listener !== undefined && listener !== null,
  );
  const willSendResponse = () => each(listeners, (l) => l.willSendResponse?.(hookContext));
  const didEncounterErrors = (errors: readonly GraphQLError[]) => {
    ctx.errors = errors;
    return each(listeners, (l) => l.didEncounterErrors?.(hookContext));
  };
  // Apollo's sendErrorResponse: a request error without a status of its own is a 500.
  const fail = async (errors: GraphQLError[]) => {
    await didEncounterErrors(errors);
    const { formatted, http } = formatErrors(errors, formatError);
    ctx.response.body = { kind: 'single', singleResult: { errors: formatted } };
    mergeHead(ctx.response.http, http);
    ctx.response.http.status ??= 500;
    await willSendResponse();
  };

  const resolvedSource = each(listeners, (l) => l.didResolveSource?.(hookContext));
  if (resolvedSource) await resolvedSource;
  try {
    const resolvedOperation = each(listeners, (l) => l.didResolveOperation?.(hookContext));
    if (resolvedOperation) await resolvedOperation;
  } catch (error) {
    return fail([ensureGraphQLError(error)]);
  }
  for (const listener of listeners) {
    if (listener.responseForOperation === undefined) continue;
    const given = await listener.responseForOperation(hookContext);
    if (given !== null && given !== undefined) {
      // No plugin of ours answers for an operation; should one ever, Apollo's rules apply.
      ctx.response.body = given.body;
      mergeHead(ctx.response.http, { status: given.http.status, headers: given.http.headers });
      await willSendResponse();
      return;
    }
  }
  const executionStarted = listeners.map((listener) => listener.executionDidStart?.(hookContext) as unknown);
  const pendingExecution = pendingOf(executionStarted);
  const executionListeners = (
    pendingExecution ? await Promise.all<unknown>(executionStarted) : executionStarted
  ).filter((l): l is { executionDidEnd?: (error?: Error) => Promise<void> } => l !== undefined && l !== null);
  executionListeners.reverse();
  try {
    const result = await executeValidated(
      ctx.schema,
      ctx.document!,
      ctx.operationName ?? undefined,
      ctx.contextValue,
      ctx.request.variables,
    );
    const errors = result.errors?.map((e) =>
      isBadVariable(e) && e.extensions['code'] == null ? asUserInputError(e) : e,
    );
    if (errors) await didEncounterErrors(errors);
    const { formatted, http } = errors
      ? formatErrors(errors, formatError)
      : { formatted: undefined, http: { headers: new HeaderMap() } as HttpHead };
    // Apollo's status400ForVariableCoercionErrors (on by default in Apollo Server 5).
    if (errors?.length && result.data === undefined && !http.status) http.status = 400;
    mergeHead(ctx.response.http, http);
    ctx.response.body = { kind: 'single', singleResult: { ...result, errors: formatted } } as never;
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : ensureGraphQLError(thrown);
    const ended = pendingOf(executionListeners.map((l) => l.executionDidEnd?.(error)));
    if (ended) await ended;
    return fail([ensureGraphQLError(error)]);
  }
  const ended = pendingOf(executionListeners.map((l) => l.executionDidEnd?.()));
  if (ended) await ended;
  const sending = willSendResponse();
  if (sending) await sending;
}
