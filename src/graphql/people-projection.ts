import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { PeopleProjection } from '../domain/projected-people';

type Fragments = Record<string, FragmentDefinitionNode>;

/** The people at the far end of a projected person's links are read with these fields only. */
const NAME_FIELDS = new Set(['id', 'name', '__typename']);
/** Fields whose value is such a person (a page person's manager, an influence's ends). */
const FAR_END = new Set(['manager', 'to', 'from']);
const LISTS = ['manager', 'roles', 'influences', 'influencedBy'] as const;

/** Every field of a selection set, through inline fragments and fragment spreads. */
function fieldsOf(
  set: SelectionSetNode | undefined,
  fragments: Fragments,
  seen = new Set<string>(),
): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) found.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      found.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      found.push(...fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, seen));
    }
  }
  return found;
}

/**
 * Which nested lists a people page's selection asks of its people, or null when the projected
 * read cannot answer it: somewhere below the page a manager or an influence's end is asked for
 * more than its id and name. Conservative: a field of those names at any depth counts, so a
 * selection it cannot judge reads people-with-links instead, never a wrong answer.
 */
export function peopleProjection(
  pageFields: readonly FieldNode[],
  fragments: Fragments,
): PeopleProjection | null {
  const asked: PeopleProjection = { manager: false, roles: false, influences: false, influencedBy: false };
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const field of fieldsOf(set, fragments)) {
      const name = field.name.value;
      if ((LISTS as readonly string[]).includes(name)) asked[name as keyof PeopleProjection] = true;
      if (FAR_END.has(name)) {
        if (
          !fieldsOf(field.selectionSet, fragments).every(
            (f) => NAME_FIELDS.has(f.name.value) && !f.selectionSet,
          )
        )
          return false;
      } else if (!visit(field.selectionSet)) return false;
    }
    return true;
  };
  for (const node of pageFields) if (!visit(node.selectionSet)) return null;
  return asked;
}
