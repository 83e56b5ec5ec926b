import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Leaves plain `@Field` properties to the executor's own property read.
 *
 * type-graphql gives every `@Field` without a resolver method a resolver of its own
 * (`createBasicFieldResolver`: a `{ root, args, context, info }` object and a middleware check,
 * then `root[name]`), so the executor has a function to call, with a resolve info, for each of
 * the thousands of values a stakeholder map or a people page returns. Where that resolver can do
 * nothing but read the property (no field resolver, no `@Authorized` roles, no middleware, no
 * global middleware, the property named as the field) it is removed: graphql-jit then reads the
 * property inline and graphql-js uses its default resolver, both giving the same value. This is
 * what type-graphql's own `simpleResolvers` option does, decided here per field from its metadata
 * so that a guard added to a field later keeps its resolver.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const withResolver = new Set(
    storage.fieldResolvers.map(
      (r) => `${(r.getObjectType?.() as { name?: string } | undefined)?.name}.${r.methodName}`,
    ),
  );
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of meta.fields ?? []) {
      const schemaField = fields[field.schemaName];
      if (!schemaField?.resolve) continue;
      const plain =
        field.name === field.schemaName &&
        (field.roles === undefined || field.roles.length === 0) &&
        (field.middlewares === undefined || field.middlewares.length === 0) &&
        !withResolver.has(`${meta.target.name}.${field.name}`);
      if (plain) schemaField.resolve = undefined;
    }
  }
  return schema;
}
