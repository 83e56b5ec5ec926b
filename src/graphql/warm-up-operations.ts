import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Caller } from '../domain/tenant';
import type { Services } from '../services/services';
import { createContext } from './context';
import { executeValidated } from './executor';

/** How deep the warm-up's selection goes below the root field (the plan's deepest lists are ~4). */
const WARM_UP_DEPTH = 5;

/**
 * Every field of `type` a client can select without arguments, down to `depth` levels: the
 * whole answer, so each field resolver (and type-graphql's wrapper of it) runs once. Graph
 * entities the answer links to (types implementing `Node`: the plan's account, its people) are
 * selected by `id` only: their own fields are other screens' work and would only add statements.
 */
export function everyFieldSelection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  if (type.getInterfaces().some((i) => i.name === 'Node')) return '{ id }';
  if (depth === 0) return '{ __typename }';
  const fields = Object.values(type.getFields())
    .filter(
      (f) =>
        !f.deprecationReason && f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
    )
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (isInterfaceType(named)) return `${f.name} { __typename }`;
      return `${f.name} ${everyFieldSelection(schema, named, depth - 1)}`;
    });
  return `{ ${fields.join(' ')} }`;
}

/**
 * The account plan as a GraphQL operation selecting every field of it (everyFieldSelection).
 * Built from the schema, so a field added to the plan is warmed up with the rest.
 */
export function accountPlanWarmUpDocument(schema: GraphQLSchema): string {
  const field = schema.getQueryType()?.getFields().accountPlan;
  if (!field) throw new Error('The schema has no accountPlan query');
  return `query WarmUpAccountPlan($id: ID!) { accountPlan(accountId: $id) ${everyFieldSelection(
    schema,
    getNamedType(field.type),
    WARM_UP_DEPTH,
  )} }`;
}

/**
 * Runs GraphQL operations the way a request does (parse, validate, execute on the server's own
 * schema with its engine (graphql-jit or graphql-js), resolvers and a fresh request context with its DataLoaders), but in process, without
 * HTTP: the start-up warm-up's way through graphql-js and type-graphql, whose first run of an
 * operation costs hundreds of milliseconds of compiling and first-use set-up that the service
 * calls alone do not pay. An operation that answers with errors throws the first one.
 */
export function graphQLWarmUp(schema: GraphQLSchema, services: Services) {
  const planDocument = accountPlanWarmUpDocument(schema);
  return {
    async accountPlan(caller: Caller, accountId: string): Promise<void> {
      // Parsed each time, as each request's new document is: the parser warms up too.
      const document = parse(planDocument);
      const errors = validate(schema, document);
      if (errors.length > 0) throw errors[0]!;
      const result = await executeValidated(schema, document, undefined, createContext(services, caller), {
        id: accountId,
      });
      if (result.errors && result.errors.length > 0) throw result.errors[0]!;
    },
  };
}
