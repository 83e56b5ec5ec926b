import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { plainId } from '../domain/global-id';

/** node/nodes take global ids as such; every other ID argument takes either kind. */
const TAKES_GLOBAL_IDS = new Set(['Query.node', 'Query.nodes']);

function unwrap(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value) ? value.map((v) => unwrap(v, nullable.ofType)) : value;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    const object = value as Record<string, unknown>;
    for (const [name, field] of Object.entries(fields)) {
      if (name in object) object[name] = unwrap(object[name], field.type);
    }
    return object;
  }
  if (getNamedType(nullable).name === 'ID' && typeof value === 'string') return plainId(value);
  return value;
}

/**
 * Every ID argument (and ID field of an input) accepts the id the import gave or the node's
 * global id: a global id is unwrapped to the import id before the resolver sees it, so services
 * and Cypher only ever deal in one kind. Fields without arguments pass straight through.
 */
export const acceptGlobalIds: MiddlewareFn = ({ args, info }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  const defs: readonly GraphQLArgument[] = field && 'args' in field ? field.args : [];
  if (defs.length > 0 && !TAKES_GLOBAL_IDS.has(`${info.parentType.name}.${info.fieldName}`)) {
    const mutable = args as Record<string, unknown>;
    for (const def of defs) {
      if (def.name in mutable) mutable[def.name] = unwrap(mutable[def.name], def.type);
    }
  }
  return next();
};
