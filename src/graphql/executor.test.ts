import {
  buildSchema,
  execute,
  GraphQLError,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import * as jit from 'graphql-jit';
import { NotFoundError } from '../domain/errors';
import { apolloExecution, jitExecutor, useExecutor } from './executor';

// The real compiler, counted.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

const SDL = `
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String! manager: Person }
  type Query { person(id: ID!): Person, node(id: ID!): Node, broken: Int!, people: [Person!]!, search(filter: Filter!): String }
  enum Level { HIGH LOW }
  input Inner { n: Int! = 3, level: Level = LOW }
  input Filter { name: String!, withManager: Boolean! = false, level: Level = HIGH, inner: [Inner!] }
`;

function schemaWith(resolvers: Record<string, unknown>): GraphQLSchema {
  const schema = buildSchema(SDL);
  const query = schema.getQueryType()!.getFields();
  for (const [name, resolve] of Object.entries(resolvers))
    query[name]!.resolve = resolve as (typeof query)[string]['resolve'];
  const node = schema.getType('Node') as { resolveType?: unknown };
  node.resolveType = (value: { type: string }) => value.type;
  return schema;
}

const PEOPLE = [
  { id: 'p1', name: 'Ada', manager: { id: 'p2', name: 'Bo', manager: null } },
  { id: 'p2', name: 'Bo', manager: null },
];

const schema = schemaWith({
  person: (_: unknown, { id }: { id: string }) => {
    const found = PEOPLE.find((p) => p.id === id);
    if (!found) throw new NotFoundError('Person', id);
    return Promise.resolve(found);
  },
  node: (_: unknown, { id }: { id: string }) => ({ ...PEOPLE.find((p) => p.id === id), type: 'Person' }),
  broken: () => null,
  people: () => PEOPLE,
  search: (_: unknown, args: unknown) => JSON.stringify(args),
});

async function both(document: DocumentNode, variables: Record<string, unknown> = {}) {
  const executor = jitExecutor(schema);
  const context = {
    document,
    operationName: undefined,
    request: { variables },
    context: {},
  } as unknown as Parameters<typeof executor>[0];
  const compiled: ExecutionResult = await executor(context);
  const js = await execute({ schema, document, variableValues: variables });
  return { jit: compiled, js };
}

describe('jitExecutor', () => {
  it('answers as graphql-js does: nested objects, lists, interfaces, variables', async () => {
    const document = parse(`query($id: ID!) {
      person(id: $id) { id name manager { name } }
      node(id: "p2") { __typename id ... on Person { name } }
      people { id manager { id } }
    }`);
    const { jit, js } = await both(document, { id: 'p1' });
    expect(jit).toEqual(js);
    expect(jit.data).toEqual({
      person: { id: 'p1', name: 'Ada', manager: { name: 'Bo' } },
      node: { __typename: 'Person', id: 'p2', name: 'Bo' },
      people: [
        { id: 'p1', manager: { id: 'p2' } },
        { id: 'p2', manager: null },
      ],
    });
  });

  it("gives a resolver's error as graphql-js does: a GraphQLError with path, locations, cause and code", async () => {
    const { jit, js } = await both(parse('{ person(id: "nope") { id } }'));
    const [error] = jit.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error!.originalError).toBeInstanceOf(NotFoundError);
    expect(error!.extensions).toEqual(js.errors![0]!.extensions);
    expect(error!.toJSON()).toEqual(js.errors![0]!.toJSON());
    expect(jit.data).toEqual({ person: null });
  });

  it('reports null in a non-null field at its path', async () => {
    const { jit, js } = await both(parse('{ broken }'));
    expect(jit.data).toBeNull();
    expect(jit.errors![0]!.path).toEqual(['broken']);
    expect(jit.errors![0]!.message).toBe(js.errors![0]!.message);
  });

  it("fills an omitted input field's default in variables, nested and in lists, as graphql-js does", async () => {
    const document = parse('query($filter: Filter!) { search(filter: $filter) }');
    const { jit, js } = await both(document, { filter: { name: 'a', inner: [{}, { n: 1, level: 'HIGH' }] } });
    expect(jit).toEqual(js);
    expect(JSON.parse(jit.data!['search'] as string)).toEqual({
      filter: {
        name: 'a',
        withManager: false,
        level: 'HIGH',
        inner: [
          { n: 3, level: 'LOW' },
          { n: 1, level: 'HIGH' },
        ],
      },
    });
  });

  it("refuses variables that do not fit with graphql-js's errors, naming the variable definition", async () => {
    const document = parse('query($filter: Filter!) { search(filter: $filter) }');
    const { jit, js } = await both(document, { filter: { name: 1, withManager: 'yes' } });
    expect(jit.errors!.map((error) => error.toJSON())).toEqual(js.errors!.map((error) => error.toJSON()));
    // Apollo answers BAD_USER_INPUT (400) for a refusal whose node is the variable definition.
    expect(jit.errors![0]!.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('compiles a parsed document once and reuses it', async () => {
    const compile = jest.mocked(jit.compileQuery);
    compile.mockClear();
    const executor = jitExecutor(schema);
    const document = parse('{ people { id } }');
    const context = { document, request: {}, context: {} } as unknown as Parameters<typeof executor>[0];
    const first = await executor(context);
    const second = await executor(context);
    expect(second).toEqual(first);
    expect(compile).toHaveBeenCalledTimes(1);
  });
});

describe('apolloExecution', () => {
  it('serves a schema through the jit gateway unless graphql-js was chosen', () => {
    const jitSchema = buildSchema(SDL);
    expect('gateway' in apolloExecution(jitSchema)).toBe(true);
    const plainSchema = useExecutor(buildSchema(SDL), 'graphql-js');
    expect(apolloExecution(plainSchema)).toEqual({ schema: plainSchema });
  });
});
