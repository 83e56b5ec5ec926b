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
  type Query { person(id: ID!): Person, node(id: ID!): Node, broken: Int!, people: [Person!]! }
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
