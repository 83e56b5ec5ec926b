import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { peopleProjection } from './people-projection';

/** The `people` field of `{ account { people … } }` and the document's fragments. */
function pageOf(query: string): [FieldNode[], Record<string, FragmentDefinitionNode>] {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const account = operation.selectionSet.selections[0] as FieldNode;
  const people = account.selectionSet!.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'people',
  );
  return [people, fragments];
}

const projection = (query: string) => peopleProjection(...pageOf(query));

describe('peopleProjection', () => {
  it('asks no details of a page that shows names and the nested lists', () => {
    expect(
      projection(`{ account { people { totalCount pageInfo { endCursor } edges { cursor node {
        __typename id name manager { name } roles { role since } influences { weight to { id name } }
        influencedBy { from { name } } } } } } }`),
    ).toEqual({ manager: true, roles: true, influences: true, influencedBy: true, details: false });
    expect(projection('{ account { people { edges { node { name roles { role } } } } } }')).toEqual({
      manager: false,
      roles: true,
      influences: false,
      influencedBy: false,
      details: false,
    });
  });

  it('asks the details when any other field of the page people is selected, through fragments too', () => {
    for (const query of [
      '{ account { people { edges { node { name title roles { role } } } } } }',
      '{ account { people { edges { node { name account { id } } } } } }',
      '{ account { people { edges { node { ...P } } } } } fragment P on Stakeholder { startedAt }',
      '{ account { people { edges { node { ... on Stakeholder { businessUnit { name } } } } } } }',
      // Unknown at the connection or edge level: conservatively the details.
      '{ account { people { edges { node { name } other: cursor } unknown } } }',
    ])
      expect(projection(query)?.details).toBe(true);
  });

  it('decides once per page field: the same node gives the same answer, another selection its own', () => {
    const [fields, fragments] = pageOf('{ account { people { edges { node { name title } } } } }');
    const first = peopleProjection(fields, fragments);
    expect(peopleProjection(fields, fragments)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const other = projection('{ account { people { edges { node { name } } } } }');
    expect(other).not.toBe(first);
    expect(other?.details).toBe(false);
  });

  it('gives no projection when a far end asks for more than id and name', () => {
    expect(projection('{ account { people { edges { node { manager { name title } } } } } }')).toBeNull();
  });
});
