import { isAbstractType, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Gives interfaces and unions that name their own `resolveType` a synchronous one.
 *
 * type-graphql wraps a `resolveType` given in `@InterfaceType`/`createUnionType` in an async
 * function (it awaits the answer to map a class to its type name). graphql-js awaits it;
 * graphql-jit (src/graphql/executor.ts) does not, and finds no type. The wrapper here calls the
 * same function and does the same mapping without the promise; a `resolveType` that really is
 * asynchronous is refused when it answers, never guessed.
 */
export function resolveTypesSynchronously(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const nameOfClass = new Map<unknown, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const declared = [
    ...storage.interfaceTypes.map((i) => ({ name: i.name, resolveType: i.resolveType })),
    ...storage.unions.map((u) => ({ name: u.name, resolveType: u.resolveType })),
  ];
  for (const { name, resolveType } of declared) {
    const type = schema.getType(name);
    if (!resolveType || !isAbstractType(type)) continue;
    const resolve: GraphQLTypeResolver<unknown, unknown> = (value, context, info, abstractType) => {
      const answer: unknown = resolveType(value, context, info, abstractType);
      if (answer === null || answer === undefined) return undefined;
      if (typeof answer === 'string') return answer;
      if (typeof (answer as PromiseLike<unknown>).then === 'function')
        throw new Error(`resolveType of ${name} must answer synchronously`);
      return nameOfClass.get(answer);
    };
    type.resolveType = resolve;
  }
  return schema;
}
