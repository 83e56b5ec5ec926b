import { isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from './build-schema';
import { compileProjectedInline, readsProjectedFieldsOnly } from './inline-projected-fields';
import { ANSWERED } from './projected-fields';

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildGraphQLSchema();
});

const judge = (query: string, operationName?: string) =>
  readsProjectedFieldsOnly(schema, parse(query), operationName);

/** A people page's node selection, as bench:api and the web app's people screen ask for it. */
const NODE = `id name manager { name } roles { role since }
  influences { weight to { name } } influencedBy { weight from { id name } }`;
const page = (node: string, args = 'first: 100') =>
  `query($id: ID!) { account(id: $id) { name people(${args}) { totalCount edges { cursor node { ${node} } } } } }`;

describe('readsProjectedFieldsOnly', () => {
  it("accepts a people page whose nested fields are all its projected people's", () => {
    expect(judge(page(NODE))).toBe(true);
    expect(judge(page(`${NODE} title startedAt account { id } roles { stakeholder { name } }`))).toBe(true);
    expect(judge(page(`...P`) + ' fragment P on Stakeholder { roles { role } }')).toBe(true);
    expect(judge(page('roles(includeEnded: false) { role }'))).toBe(true);
  });

  it('refuses a document where such a field meets a person or an influence from anywhere else', () => {
    // A person of another query, and a role's person, come from the loaders.
    expect(judge(`{ stakeholder(id: "p") { roles { role } } }`)).toBe(false);
    expect(judge(`${page(NODE).slice(0, -1)} stakeholder(id: "p") { manager { name } } }`)).toBe(false);
    expect(judge(page('roles { role stakeholder { manager { name } } }'))).toBe(false);
    // A page not read projected (a manager asked for more than its name), or not read with lists.
    expect(judge(page('manager { email }'))).toBe(false);
    expect(judge(page('id name'))).toBe(false);
    // Role history is read by the field itself; a variable might ask for it.
    expect(judge(page('roles(includeEnded: true) { role }'))).toBe(false);
    expect(
      judge(page('roles(includeEnded: $ended) { role }').replace('$id: ID!', '$id: ID!, $ended: Boolean!')),
    ).toBe(false);
    // Two people fields: the walk does not judge how they would merge.
    expect(
      judge(
        `{ account(id: "a") { people(first: 5) { edges { node { roles { role } } } } more: people(first: 9) { totalCount } } }`,
      ),
    ).toBe(false);
  });

  it('judges the operation that runs, and never a mutation', () => {
    const two = `query Page($id: ID!) { account(id: $id) { people(first: 5) { edges { node { roles { role } } } } } }
      query Alone { stakeholder(id: "p") { roles { role } } }`;
    expect(judge(two, 'Page')).toBe(true);
    expect(judge(two, 'Alone')).toBe(false);
    expect(judge(two)).toBe(false);
    expect(judge(`mutation { __typename }`)).toBe(false);
  });
});

describe('compileProjectedInline', () => {
  it("takes the answered fields' resolvers off only while compiling", () => {
    const resolvers = () =>
      Object.entries(ANSWERED).flatMap(([typeName, names]) => {
        const type = schema.getType(typeName);
        if (!isObjectType(type)) throw new Error(typeName);
        return names.map((name) => type.getFields()[name]!.resolve);
      });
    const before = resolvers();
    expect(before.every((resolve) => typeof resolve === 'function')).toBe(true);
    const during = compileProjectedInline(schema, resolvers);
    expect(during.every((resolve) => resolve === undefined)).toBe(true);
    expect(resolvers()).toEqual(before);
    expect(() =>
      compileProjectedInline(schema, () => {
        throw new Error('compile failed');
      }),
    ).toThrow('compile failed');
    expect(resolvers()).toEqual(before);
  });
});
