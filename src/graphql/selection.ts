import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

type Fragments = Record<string, FragmentDefinitionNode>;

function selectsAny(
  set: SelectionSetNode | undefined,
  fragments: Fragments,
  names: ReadonlySet<string>,
): boolean {
  const seen = new Set<string>();
  const visit = (current: SelectionSetNode | undefined): boolean => {
    if (!current) return false;
    for (const selection of current.selections) {
      if (selection.kind === Kind.FIELD) {
        if (names.has(selection.name.value) || visit(selection.selectionSet)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (visit(selection.selectionSet)) return true;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        if (visit(fragments[selection.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return visit(set);
}

/**
 * Whether the request selects any of `names` anywhere below the field being resolved (through
 * fragments too). Lets a resolver read what the nested fields will need in the same statement;
 * a false positive only reads a little more, never gives a different answer.
 */
export function selectsAnyBelow(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  return info.fieldNodes.some((node) => selectsAny(node.selectionSet, info.fragments, names));
}

export interface ChildField {
  /** The child's field node (one per alias or repetition). */
  node: FieldNode;
  /** The child's arguments as its resolver will get them (variables and defaults applied). */
  args: Record<string, unknown>;
  /** Whether any of the names asked about is selected below the child. */
  selectsAny: boolean;
}

/**
 * The direct child fields called `name` of the field being resolved, with their arguments: lets a
 * root field start what a child will load, so both go to the database in the same wave.
 */
export function childFields(
  info: GraphQLResolveInfo,
  name: string,
  below: ReadonlySet<string>,
): ChildField[] {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!definition) return [];
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found.map((node) => ({
    node,
    args: getArgumentValues(definition, node, info.variableValues),
    selectsAny: selectsAny(node.selectionSet, info.fragments, below),
  }));
}
