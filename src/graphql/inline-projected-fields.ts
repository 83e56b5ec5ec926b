import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { PERSON_LISTS } from '../domain/projected-people';
import { peopleProjection } from './people-projection';
import { ANSWERED } from './projected-fields';

/**
 * Where a selection is, on the way from a projected people page down to the fields it answers:
 * - `page`: the people field of an account, read projected (people-page-projected-by-account-ids);
 * - `edges`, `node`: that page's edges and their people (each one a projected person);
 * - `influence`: one of those people's influences either way (each one a projected influence);
 * - `elsewhere`: anywhere else, where a person or an influence may come from any loader.
 */
type Place = 'page' | 'edges' | 'node' | 'influence' | 'elsewhere';

type Fragments = Record<string, FragmentDefinitionNode>;

/** `Type.field` of every field the projected read answers (projected-fields). */
const ANSWERED_FIELDS = new Set(
  Object.entries(ANSWERED).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`)),
);

/** Where each answered field may be read as a property: the place its object is always projected. */
function answeredAt(key: string): Place {
  return key.startsWith('Influence.') ? 'influence' : 'node';
}

/** The place below a field of `type` named `name`, reached from `place`. */
function placeBelow(place: Place, type: string, name: string): Place {
  if (place === 'page' && type === 'StakeholderConnection' && name === 'edges') return 'edges';
  if (place === 'edges' && type === 'StakeholderEdge' && name === 'node') return 'node';
  if (place === 'node' && type === 'Stakeholder' && (name === 'influences' || name === 'influencedBy'))
    return 'influence';
  return 'elsewhere';
}

/** Role history (`includeEnded: true`, or a variable that may say so) is read by the field itself. */
function onlyCurrentRoles(field: FieldNode): boolean {
  const argument = field.arguments?.find((a) => a.name.value === 'includeEnded');
  return argument === undefined || (argument.value.kind === Kind.BOOLEAN && !argument.value.value);
}

/**
 * Whether every field of `operationName` in `document` that a projected read answers
 * (Stakeholder.manager, roles, influences, influencedBy; Influence.to, from) is a field of a
 * person of a projected people page, or of one of that person's influences: then every object
 * those fields meet while the operation runs is one the projected read built, with the answer
 * as a property of its own, and the operation can be compiled to read them as properties
 * (no resolver call; see compileProjectedInline). Anywhere else (a person of another query,
 * a mutation, a role's stakeholder, the people of a page not read projected) the fields keep
 * their resolvers and loaders, so such a document answers `false`.
 *
 * The page read projected is decided as the people resolver decides it (peopleProjection of
 * the field's nodes). So that its nodes at run time are the ones judged here, a document with
 * more than one `Account.people` field node answers `false`, and so does anything this walk
 * cannot place (a field it cannot find on the type it has, an abstract type on the way).
 */
export function readsProjectedFieldsOnly(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): boolean {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (operation === undefined || operation.operation !== OperationTypeNode.QUERY) return false;
  const fragments: Fragments = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const root = schema.getQueryType();
  if (!root) return false;

  const pages = new Set<FieldNode>();
  let answeredFields = 0;
  const walk = (set: SelectionSetNode, type: GraphQLNamedType, place: Place, seen: Set<string>): boolean => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (fragment === undefined) return false;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          // Validation refuses cycles; a spread twice on one path adds nothing new.
          if (seen.has(selection.name.value)) continue;
          seen = new Set(seen).add(selection.name.value);
        }
        const condition = fragment.typeCondition?.name.value;
        const inner = condition === undefined ? type : schema.getType(condition);
        // A fragment on another type than the one in hand: only an object type's own is placed.
        if (inner !== type) return false;
        if (!walk(fragment.selectionSet, type, place, seen)) return false;
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      if (!isObjectType(type) && !isInterfaceType(type)) return false;
      const field = type.getFields()[name];
      if (field === undefined) return false;
      const key = `${type.name}.${name}`;
      if (ANSWERED_FIELDS.has(key)) {
        if (place !== answeredAt(key)) return false;
        if (name === 'roles' && !onlyCurrentRoles(selection)) return false;
        answeredFields += 1;
      }
      let below = placeBelow(place, type.name, name);
      if (key === 'Account.people') {
        pages.add(selection);
        if (pages.size > 1) return false;
        const asked = peopleProjection([selection], fragments);
        if (asked !== null && PERSON_LISTS.some((list) => asked[list])) below = 'page';
      }
      const fieldType = getNamedType(field.type);
      if (selection.selectionSet) {
        // Abstract types on the way are not followed: the walk would not know the object type.
        if (!isObjectType(fieldType)) return false;
        if (!walk(selection.selectionSet, fieldType, below, seen)) return false;
      }
    }
    return true;
  };
  return walk(operation.selectionSet, root, 'elsewhere', new Set()) && answeredFields > 0;
}

/**
 * Runs `compile` (graphql-jit's compileQuery of a document readsProjectedFieldsOnly accepts) with
 * the answered fields' resolvers taken off the schema, so that the compiled operation reads them
 * as the objects' properties, inline, as it reads plain fields (plain-fields): on a people page
 * of 100 that is some 700 resolver calls fewer, each with its resolve info, path, arguments and
 * closures. graphql-jit takes a field's resolver when it compiles and never reads the schema's
 * again, and compiling is synchronous: the schema is as it was when this returns, and any other
 * operation compiled or run meanwhile cannot see the difference.
 */
export function compileProjectedInline<T>(schema: GraphQLSchema, compile: () => T): T {
  const taken: { field: { resolve?: unknown }; resolve: unknown }[] = [];
  try {
    for (const [typeName, fieldNames] of Object.entries(ANSWERED)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`compileProjectedInline: no object type ${typeName}`);
      for (const name of fieldNames) {
        const field = type.getFields()[name] as { resolve?: unknown } | undefined;
        if (!field) throw new Error(`compileProjectedInline: no field ${typeName}.${name}`);
        taken.push({ field, resolve: field.resolve });
        field.resolve = undefined;
      }
    }
    return compile();
  } finally {
    for (const { field, resolve } of taken) field.resolve = resolve;
  }
}
