import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { PERSON_LISTS, PROJECTED } from '../domain/projected-people';

/**
 * The fields a projected read answers (stakeholder/people-page-projected-by-account-ids): a
 * page person's nested lists and an influence's ends. Each is answered from the property of that
 * name of an object marked PROJECTED when it has one; anything else (a person loaded elsewhere, a
 * list the read did not fetch, ended roles) goes to the field's own resolver and its loaders.
 */
export const ANSWERED: Readonly<Record<string, readonly string[]>> = {
  Stakeholder: PERSON_LISTS,
  Influence: ['to', 'from'],
};

type Projected = ({ [PROJECTED]?: true } & Record<string, unknown>) | null | undefined;

/**
 * Wraps those fields in the built schema. The projected value is returned as it is, without
 * type-graphql's per-call work (an instance of the class, arguments validated), which on a page
 * of 100 people is paid some 400 times a request.
 */
export function answerProjectedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, fieldNames] of Object.entries(ANSWERED)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`answerProjectedFields: no object type ${typeName}`);
    for (const name of fieldNames) {
      const field = type.getFields()[name];
      if (!field) throw new Error(`answerProjectedFields: no field ${typeName}.${name}`);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root: unknown, args: Record<string, unknown>, context, info) => {
        const projected = root as Projected;
        // The projected roles are the current ones; role history is read by the field itself.
        if (projected?.[PROJECTED] === true && name in projected && args.includeEnded !== true)
          return projected[name];
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
