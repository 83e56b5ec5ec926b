import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Kind, parse, visit, type DocumentNode } from 'graphql';

export interface OperationLimits {
  maxAliases: number;
  maxFields: number;
}

/**
 * Answers a refused document (400, code BAD_USER_INPUT): the HTTP layer passes its shared
 * `sendHttpError`, so this refusal has the same shape, media type and status rules as every other.
 */
export type RefuseDocument = (
  req: Request,
  res: Response,
  message: string,
  details: Record<string, unknown>,
) => void;

/** Aliases and field selections written in a document (fragments counted where defined). */
export function countSelections(document: DocumentNode): { aliases: number; fields: number } {
  let aliases = 0;
  let fields = 0;
  visit(document, {
    [Kind.FIELD](node) {
      fields += 1;
      if (node.alias !== undefined) aliases += 1;
    },
  });
  return { aliases, fields };
}

/** Refused documents whose verdict is kept, and the length from which a document is hashed. */
const REFUSALS_REMEMBERED = 256;
const HASHED_FROM = 2_048;

/**
 * Refuses, before GraphQL validation runs, a document with more aliases or fields than any
 * screen needs: `a1: accountPlan … a500: accountPlan` is answered 400 in well under a
 * millisecond of work, and validation's pairwise field-merging check (quadratic in repeated
 * fields) never sees a 25 KB attack. The token cap bounds the parse itself.
 */
export function operationGuard(limits: OperationLimits, refuse: RefuseDocument) {
  const maxTokens = limits.maxFields * 20;
  // An attacker sends the same refused document in a loop: its verdict is remembered by the
  // document's hash, so a repeat costs a hash, not a parse (bounded: the oldest is forgotten).
  const refused = new Map<string, { message: string; details: Record<string, unknown> }>();
  const remember = (key: string, message: string, details: Record<string, unknown>) => {
    if (refused.size >= REFUSALS_REMEMBERED) refused.delete(refused.keys().next().value as string);
    refused.set(key, { message, details });
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown } | undefined;
    const source = typeof body?.query === 'string' ? body.query : req.query['query'];
    if (typeof source !== 'string') return next();
    // Short documents (every screen's) parse faster than they hash; only long ones are looked up.
    const key = source.length >= HASHED_FROM ? createHash('sha256').update(source).digest('base64') : null;
    const known = key === null ? undefined : refused.get(key);
    if (known) return refuse(req, res, known.message, known.details);
    const refuseAndRemember: RefuseDocument = (rq, rs, message, details) => {
      if (key !== null) remember(key, message, details);
      refuse(rq, rs, message, details);
    };
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens, noLocation: true });
    } catch (error) {
      if (error instanceof GraphQLError && /token limit/i.test(error.message)) {
        refuseAndRemember(req, res, `The document is too large (over ${maxTokens} tokens)`, {
          maxTokens,
        });
        return;
      }
      return next(); // Apollo answers syntax errors in its own words.
    }
    const { aliases, fields } = countSelections(document);
    if (aliases > limits.maxAliases) {
      refuseAndRemember(
        req,
        res,
        `The document has ${aliases} aliased fields, over the limit of ${limits.maxAliases}: ask for fewer things in one request`,
        { aliases, maxAliases: limits.maxAliases },
      );
      return;
    }
    if (fields > limits.maxFields) {
      refuseAndRemember(
        req,
        res,
        `The document selects ${fields} fields, over the limit of ${limits.maxFields}`,
        {
          fields,
          maxFields: limits.maxFields,
        },
      );
      return;
    }
    next();
  };
}
