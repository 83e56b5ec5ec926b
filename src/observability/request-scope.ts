import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { StatementSlots } from './statement-slots';

/**
 * What one HTTP request carries down to the Cypher it causes, without threading a parameter
 * through every resolver, service and repository: its id (for logs), a deadline, and a signal
 * that fires when the time is up or the client went away, so the executor can stop the
 * request's Neo4j transactions instead of letting them run for nobody.
 */
export class RequestScope {
  // The controller and the deadline's timer are made when something first listens (a statement, a
  // queue): a request that never reaches the database ({ __typename }, a refusal) costs neither.
  private controller: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reason: 'TIMEOUT' | 'CLIENT_GONE' | null = null;
  private finished = false;
  readonly deadline: number;
  tenantId: string | null = null;
  operationName: string | null = null;
  /** The request's share of the database: statements running at once (src/observability/statement-slots.ts). */
  readonly statements: StatementSlots;

  constructor(
    readonly id: string,
    readonly timeoutMs: number,
    maxStatements = Number.POSITIVE_INFINITY,
  ) {
    this.statements = new StatementSlots(maxStatements);
    this.deadline = Date.now() + timeoutMs;
  }

  /** Fires when the time is up or the client went away (at once if that already happened). */
  get signal(): AbortSignal {
    if (this.controller === undefined) {
      const controller = new AbortController();
      this.controller = controller;
      // Every statement of the request listens for the abort; an account plan runs dozens at once.
      setMaxListeners(0, controller.signal);
      if (this.reason !== null) controller.abort(this.reason);
      else if (!this.finished) {
        // (Once the request has finished nothing is stopped, as when its timer was cleared.)
        if (Date.now() >= this.deadline) this.abort('TIMEOUT');
        else {
          this.timer = setTimeout(() => this.abort('TIMEOUT'), this.deadline - Date.now());
          this.timer.unref();
        }
      }
    }
    return this.controller.signal;
  }

  /** Why the request was stopped, or null while it runs. */
  get stopReason(): 'TIMEOUT' | 'CLIENT_GONE' | null {
    if (this.reason === null && !this.finished && Date.now() >= this.deadline) this.abort('TIMEOUT');
    return this.reason;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  abort(reason: 'TIMEOUT' | 'CLIENT_GONE'): void {
    clearTimeout(this.timer);
    if (this.reason !== null) return;
    this.reason = reason;
    this.controller?.abort(reason);
  }

  finish(): void {
    this.finished = true;
    clearTimeout(this.timer);
  }
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the request this code runs for; undefined outside a request (start-up, importer). */
export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** A caller's own X-Request-Id when it looks like one, else a fresh UUID. */
export function requestIdOf(req: Request): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

declare module 'express-serve-static-core' {
  interface Request {
    scope?: RequestScope;
  }
}

/**
 * Opens the scope: the request id is echoed in X-Request-Id, the deadline starts, and a response
 * closed before it was finished (the client disconnected) aborts the work.
 */
export function openRequestScope(timeoutMs: number, maxStatements?: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const scope = new RequestScope(requestIdOf(req), timeoutMs, maxStatements);
    req.scope = scope;
    res.setHeader('X-Request-Id', scope.id);
    // Server-Timing: the time this server spent before answering, apart from the network and the
    // client (a refusal's cost is read from it). Set just before the head is written.
    const started = performance.now();
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    res.writeHead = ((...args: unknown[]) => {
      if (!res.headersSent)
        res.setHeader('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
      return writeHead(...args);
    }) as Response['writeHead'];
    res.on('close', () => {
      if (!res.writableFinished) scope.abort('CLIENT_GONE');
      scope.finish();
    });
    storage.run(scope, next);
  };
}

/**
 * Re-enters the request's scope. Body parsing resumes on the socket's own async context, so
 * the routes after `express.json()` call this to be inside their request's scope again.
 */
export function enterRequestScope(req: Request, _res: Response, next: NextFunction): void {
  if (req.scope === undefined) return next();
  storage.run(req.scope, next);
}

/** Runs `work` inside a scope: for tests and for work started outside Express. */
export function runInScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}
