import type DataLoader from 'dataloader';
import type { GraphQLContext } from './context';
import { mapLoader } from './loaders';

type Fetch<V> = (ids: readonly string[]) => Promise<Map<string, V>>;

/**
 * The per-request loaders of relationships, threading risk and departures, kept beside the
 * request's context (one set per request, never shared across callers): nested fields across a
 * page of accounts or people batch into one query per field and argument set.
 */
export interface RelationshipLoaders {
  /** One DataLoader per field and distinct arguments, created on first use. */
  loader<V>(field: string, args: unknown, fetch: Fetch<V>): DataLoader<string, V | null>;
}

const perRequest = new WeakMap<GraphQLContext, RelationshipLoaders>();

export function relationshipLoaders(ctx: GraphQLContext): RelationshipLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const byKey = new Map<string, DataLoader<string, unknown>>();
    loaders = {
      loader<V>(field: string, args: unknown, fetch: Fetch<V>): DataLoader<string, V | null> {
        const key = `${field}:${JSON.stringify(args)}`;
        let loader = byKey.get(key) as DataLoader<string, V | null> | undefined;
        if (!loader) {
          loader = mapLoader<V | null>(fetch, null);
          byKey.set(key, loader);
        }
        return loader;
      },
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
