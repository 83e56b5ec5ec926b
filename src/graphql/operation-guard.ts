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

/**
 * Refuses, before GraphQL validation runs, a document with more aliases or fields than any
 * screen needs: `a1: accountPlan … a500: accountPlan` is answered 400 in well under a
 * millisecond of work, and validation's pairwise field-merging check (quadratic in repeated
 * fields) never sees a 25 KB attack. The token cap bounds the parse itself.
 */
export function operationGuard(limits: OperationLimits, refuse: RefuseDocument) {
  const maxTokens = limits.maxFields * 20;
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown } | undefined;
    const source = typeof body?.query === 'string' ? body.query : req.query['query'];
    if (typeof source !== 'string') return next();
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens, noLocation: true });
    } catch (error) {
      if (error instanceof GraphQLError && /token limit/i.test(error.message)) {
        refuse(req, res, `The document is too large (over ${maxTokens} tokens)`, {
          maxTokens,
        });
        return;
      }
      return next(); // Apollo answers syntax errors in its own words.
    }
    const { aliases, fields } = countSelections(document);
    if (aliases > limits.maxAliases) {
      refuse(
        req,
        res,
        `The document has ${aliases} aliased fields, over the limit of ${limits.maxAliases}: ask for fewer things in one request`,
        { aliases, maxAliases: limits.maxAliases },
      );
      return;
    }
    if (fields > limits.maxFields) {
      refuse(req, res, `The document selects ${fields} fields, over the limit of ${limits.maxFields}`, {
        fields,
        maxFields: limits.maxFields,
      });
      return;
    }
    next();
  };
}
