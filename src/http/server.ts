import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express, { type Request, type RequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { wwwAuthenticate, type Authenticator } from '../auth/authenticator';
import type { Logger } from '../config/logger';
import { AppError, UnauthenticatedError } from '../domain/errors';
import { withRequestMemo } from '../db/request-memo';
import type { Caller } from '../domain/tenant';
import { createContext, type GraphQLContext } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import { apolloExecution } from '../graphql/executor';
import { safeDepthLimit } from '../graphql/depth-limit';
import { queryComplexityLimit } from '../graphql/query-complexity';
import { requestErrorStatus } from '../graphql/response-status';
import type { Services } from '../services/services';
import { documentRoutes } from './document-routes';
import { graphqlRequestShape, httpErrorHandler, notFoundHandler } from './errors';
import { graphqlIde } from './graphql-ide';
import { apolloHandler, graphqlLane, jsonBody } from './graphql-lane';
import {
  hardenedApollo,
  hardenedHandlers,
  hardenedRoutes,
  hardenedGraphQL,
  type Hardening,
} from './hardening';
import { knownDocumentHandler, type KnownDocuments } from './known-documents';
import { authenticateRequest } from './request-auth';
import { webApp } from './web-app';

export const GRAPHQL_PATH = '/graphql';

export interface HttpOptions {
  schema: GraphQLSchema;
  services: Services;
  authenticator: Authenticator;
  /** Whether the database answers, for /health. */
  databaseUp: () => Promise<boolean>;
  logger: Logger;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** Origins allowed to call from a browser (CRM side panels, planning screens); empty: same origin only. */
  corsOrigins: string[];
  graphqlIde: boolean;
  devMode: boolean;
  /** Request ids, logs, metrics, limits and the database monitor (src/http/hardening.ts). */
  hardening?: Hardening;
  /**
   * Answer query texts Apollo has already validated without its HTTP and request pipeline
   * (src/http/known-documents.ts; GRAPHQL_KNOWN_DOCUMENTS, default on). Given: that instance.
   */
  knownDocuments?: KnownDocuments;
}

function authenticate(authenticator: Authenticator, req: Request): Caller {
  try {
    return authenticateRequest(authenticator, req);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const headers =
      error instanceof UnauthenticatedError
        ? new Map([['www-authenticate', wwwAuthenticate(error)]])
        : new Map<string, string>();
    throw new GraphQLError(error.message, {
      extensions: { code: error.code, http: { status: 401, headers } },
    });
  }
}

/** Express with GraphQL at /graphql, an offline GraphiQL for browsers, and /health. */
export interface HttpServer {
  server: Server;
  /** Stops taking requests, lets running ones finish, then closes the server. */
  stop(): Promise<void>;
}

export async function createHttpServer(options: HttpOptions): Promise<HttpServer> {
  const app = express();
  app.disable('x-powered-by');
  // Requests are routed once the handlers exist (at the end): POST /graphql to the lane, the rest to Express.
  const httpServer = createServer();
  const formatError = createErrorFormatter(options.logger);
  // The plugins whose request hooks the known-documents path runs too (in this order).
  const requestPlugins: ApolloServerPlugin<GraphQLContext>[] = [
    queryComplexityLimit(options.schema, options.maxQueryComplexity),
    ...(options.hardening ? hardenedApollo(options.hardening) : []),
    requestErrorStatus(),
  ];
  const known = options.knownDocuments;
  const apollo = new ApolloServer<GraphQLContext>({
    ...apolloExecution(options.schema),
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: [safeDepthLimit(options.maxQueryDepth)],
    plugins: [
      // Production settings: no per-field cache-control hook (no HTTP caching of GraphQL answers
      // here), no usage or schema reporting, nothing that runs per field unless it is used.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // Federation's inline traces (this schema is no subgraph): one async hook less per request.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 3_000 }),
      ...(known ? [known.plugin() as ApolloServerPlugin<GraphQLContext>] : []),
      ...requestPlugins,
    ],
  });
  await apollo.start();

  const hardening = options.hardening
    ? hardenedHandlers(options.hardening, options.authenticator)
    : undefined;
  if (hardening) app.use(...hardenedRoutes(hardening));
  const corsHandler = cors<cors.CorsRequest>({
    origin: options.corsOrigins.includes('*') ? true : options.corsOrigins,
  });
  const bodyLimit = 1024 * 1024;
  const graphqlContext = ({ req }: { req: Request }) =>
    Promise.resolve(createContext(options.services, authenticate(options.authenticator, req)));
  const parseJson = express.json({ limit: bodyLimit });
  // What /graphql runs after CORS and the body: request shape, scope, operation guard, memo, Apollo.
  const graphqlHandlers: RequestHandler[] = [
    graphqlRequestShape,
    ...(options.hardening ? hardenedGraphQL(options.hardening) : []),
    // After the body is read, so everything the request runs (resolvers, loaders) shares one memo.
    (_req, _res, next) => withRequestMemo(next),
    known
      ? knownDocumentHandler({
          known,
          schema: options.schema,
          plugins: requestPlugins,
          formatError,
          logger: apollo.logger,
          context: graphqlContext,
          fallback: apolloHandler(apollo, graphqlContext),
        })
      : apolloHandler(apollo, graphqlContext),
  ];
  // GraphQL first after the hardening: every path below is disjoint from /graphql, and a
  // request that would walk past their routers and their path matching first costs less.
  // CORS first: the IDE router would otherwise answer a preflight OPTIONS itself.
  app.use(GRAPHQL_PATH, corsHandler);
  if (options.graphqlIde) app.use(graphqlIde(GRAPHQL_PATH, options.devMode));
  app.use(GRAPHQL_PATH, parseJson, ...graphqlHandlers);
  app.get('/health', async (_req, res) => {
    const up = await options.databaseUp();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
  });
  app.use(webApp());
  // Document routes (GET, no body) build plans too: one memo per request for them as well.
  app.use('/accounts', (_req, _res, next) => withRequestMemo(next));
  app.use(
    documentRoutes({
      services: options.services,
      authenticator: options.authenticator,
      logger: options.logger,
      corsOrigins: options.corsOrigins,
      heavyWork: options.hardening?.heavyWork,
    }),
  );
  // Whatever is left (no route, a body the parser refused, an unexpected throw) answers in the
  // one JSON error shape of src/http/errors.ts, never Express's HTML page.
  app.use(notFoundHandler);
  const onError = httpErrorHandler((error) => options.logger.error({ err: error }, 'Unexpected HTTP error'));
  app.use(onError);
  // POST /graphql takes the lane: the same handlers as the Express route above, without the router.
  const lane = graphqlLane(
    app,
    GRAPHQL_PATH,
    [
      ...(hardening ? [...hardening.everyRoute, ...hardening.dataRoutes] : []),
      corsHandler,
      jsonBody(bodyLimit, parseJson),
      ...graphqlHandlers,
    ],
    onError,
  );
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!lane(req, res)) app(req, res);
  });
  return { server: httpServer, stop: () => apollo.stop() };
}
