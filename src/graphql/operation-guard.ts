import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Kind, parse, visit, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

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

/** What the guard needs of a document, or why it could not read it. */
type Measure = { aliases: number; fields: number } | 'too-large' | 'unparsable';

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
  // Clients send the same few documents over and over: what the guard found in each is kept by
  // the document's text (bounded by the total size of the texts kept), so a repeated document
  // is not parsed twice per request (Apollo parses it once more, from its own cache).
  const measured = new LRUCache<string, Measure>({
    maxSize: 4_000_000,
    sizeCalculation: (_value, source) => Math.max(1, source.length),
  });
  const measure = (source: string): Measure => {
    const known = measured.get(source);
    if (known) return known;
    let result: Measure;
    try {
      result = countSelections(parse(source, { maxTokens, noLocation: true }));
    } catch (error) {
      result =
        error instanceof GraphQLError && /token limit/i.test(error.message) ? 'too-large' : 'unparsable';
    }
    measured.set(source, result);
    return result;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown } | undefined;
    const source = typeof body?.query === 'string' ? body.query : req.query['query'];
    if (typeof source !== 'string') return next();
    const found = measure(source);
    if (found === 'too-large') {
      refuse(req, res, `The document is too large (over ${maxTokens} tokens)`, { maxTokens });
      return;
    }
    if (found === 'unparsable') return next(); // Apollo answers syntax errors in its own words.
    const { aliases, fields } = found;
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
