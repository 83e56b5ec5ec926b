import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
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

/** Whether an argument of this type can carry an ID anywhere inside it (input objects followed). */
function carriesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesId(field.type, seen));
}

/** Rewrites global ids in `args` to import ids, in place, before the resolver sees them. */
export function unwrapGlobalIds(args: Record<string, unknown>, defs: readonly GraphQLArgument[]): void {
  for (const def of defs) {
    if (def.name in args) args[def.name] = unwrap(args[def.name], def.type);
  }
}

/**
 * Every ID argument (and ID field of an input) accepts the id the import gave or the node's
 * global id: a global id is unwrapped to the import id before the resolver sees it, so services
 * and Cypher only ever deal in one kind.
 *
 * Applied to the built schema, only on the fields that take an ID somewhere in their arguments,
 * rather than as a type-graphql global middleware: a global middleware wraps every field of
 * every object (a map of 112 people has thousands) in an async middleware chain, which made the
 * GraphQL layer cost several times the database on large answers (docs/performance.md).
 */
export function acceptGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (TAKES_GLOBAL_IDS.has(`${type.name}.${field.name}`)) continue;
      const defs = field.args;
      if (!defs.some((def) => carriesId(def.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
      field.resolve = (root, args: Record<string, unknown>, context, info) => {
        unwrapGlobalIds(args, defs);
        return resolve ? resolve(root, args, context, info) : (root as Record<string, unknown>)[field.name];
      };
    }
  }
  return schema;
}
