import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { PERSON_LISTS, type PeopleProjection } from '../domain/projected-people';

type Fragments = Record<string, FragmentDefinitionNode>;

/** The people at the far end of a projected person's links are read with these fields only. */
const NAME_FIELDS = new Set(['id', 'name', '__typename']);
/** Fields whose value is such a person (a page person's manager, an influence's ends). */
const FAR_END = new Set(['manager', 'to', 'from']);
/** A page person's fields the projected read answers without its details (email, title, dates …). */
const WITHOUT_DETAILS = new Set<string>(['id', 'name', '__typename', ...PERSON_LISTS]);
/** The fields of a connection and of its edges, down to `node` (the page's people). */
const CONNECTION_FIELDS = new Set(['totalCount', 'pageInfo', 'edges', '__typename']);
const EDGE_FIELDS = new Set(['cursor', 'node', '__typename']);

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
 * Whether a people page's selection asks its people for any field beyond id, name and the nested
 * lists. Conservative: a field it does not know at the connection or edge level counts as asking.
 */
function asksDetails(pageFields: readonly FieldNode[], fragments: Fragments): boolean {
  for (const page of pageFields)
    for (const field of fieldsOf(page.selectionSet, fragments)) {
      if (!CONNECTION_FIELDS.has(field.name.value)) return true;
      if (field.name.value !== 'edges') continue;
      for (const edge of fieldsOf(field.selectionSet, fragments)) {
        if (!EDGE_FIELDS.has(edge.name.value)) return true;
        if (edge.name.value !== 'node') continue;
        if (fieldsOf(edge.selectionSet, fragments).some((f) => !WITHOUT_DETAILS.has(f.name.value)))
          return true;
      }
    }
  return false;
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
  // The decision depends only on the selection, and a page field's node belongs to one parsed
  // document (kept with its compiled query), fragments included: decided once per node.
  const node = pageFields.length === 1 ? pageFields[0] : undefined;
  if (node === undefined) return decide(pageFields, fragments);
  let asked = decided.get(node);
  if (asked === undefined) {
    asked = decide(pageFields, fragments);
    decided.set(node, asked && Object.freeze(asked));
  }
  return asked;
}

const decided = new WeakMap<FieldNode, Readonly<PeopleProjection> | null>();

function decide(pageFields: readonly FieldNode[], fragments: Fragments): PeopleProjection | null {
  const asked: PeopleProjection = {
    manager: false,
    roles: false,
    influences: false,
    influencedBy: false,
    details: asksDetails(pageFields, fragments),
  };
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const field of fieldsOf(set, fragments)) {
      const name = field.name.value;
      if ((PERSON_LISTS as readonly string[]).includes(name))
        asked[name as (typeof PERSON_LISTS)[number]] = true;
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
