import {
  astFromValue,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLError,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The variables of a request, checked and completed the way graphql-js's `execute` does it, for
 * an engine that does not do all of it itself (graphql-jit 0.8 neither fills an input object's
 * field defaults in variables, `input: { a: 1 }` against `b: Boolean! = false` is refused, nor
 * gives its refusals the variable definition node by which Apollo answers BAD_USER_INPUT/400).
 *
 * - errors: graphql-js's own refusals (same messages, same nodes), when the values do not fit;
 * - variables: the request's values as the client would have written them with every omitted
 *   input field that has a default filled in (external form, so the engine's own coercion runs
 *   on them unchanged: enums by name, custom scalars serialised).
 */
export function prepareVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  raw: Record<string, unknown>,
): { errors: readonly GraphQLError[] } | { variables: Record<string, unknown> } {
  const operation = getOperationAST(document, operationName);
  const definitions = operation?.variableDefinitions ?? [];
  if (definitions.length === 0) return { variables: raw };
  const coerced = getVariableValues(schema, definitions, raw, { maxErrors: 50 });
  if (coerced.errors) return { errors: coerced.errors };
  let variables = raw;
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const value = raw[name];
    if (!type || value === undefined || value === null || !hasFieldDefaults(getNamedType(type))) continue;
    const completed = withFieldDefaults(value, type);
    if (completed !== value) variables = { ...variables, [name]: completed };
  }
  return { variables };
}

/** Whether an input object, or one nested in it, has a field with a default (per type, remembered). */
const defaultsBelow = new WeakMap<GraphQLInputObjectType, boolean>();

function hasFieldDefaults(type: ReturnType<typeof getNamedType>): boolean {
  if (!isInputObjectType(type)) return false;
  const known = defaultsBelow.get(type);
  if (known !== undefined) return known;
  defaultsBelow.set(type, false); // a type reached again while it is being looked at adds nothing
  const fields = Object.values(type.getFields());
  const answer = fields.some(
    (field) => field.defaultValue !== undefined || hasFieldDefaults(getNamedType(field.type)),
  );
  defaultsBelow.set(type, answer);
  return answer;
}

function withFieldDefaults(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType;
    // A single value where a list is expected counts as a list of one (input coercion).
    return Array.isArray(value)
      ? value.map((entry) => withFieldDefaults(entry, item))
      : withFieldDefaults(value, item);
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object' || !hasFieldDefaults(nullable)) return value;
  const completed: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(nullable.getFields())) {
    const given = completed[field.name];
    if (given === undefined) {
      if (field.defaultValue !== undefined)
        completed[field.name] = externalValue(field.defaultValue, field.type);
    } else {
      completed[field.name] = withFieldDefaults(given, field.type);
    }
  }
  return completed;
}

/** A default (an internal value) as a client would send it, so the engine coerces it as input. */
function externalValue(internal: unknown, type: GraphQLInputType): unknown {
  const ast = astFromValue(internal, type);
  return ast ? valueFromASTUntyped(ast) : null;
}
