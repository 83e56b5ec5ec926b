// The app's only way to the data: the public GraphQL API at /graphql, with the caller's token.

const TOKEN_KEY = 'stakeholder-intelligence.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string };
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = storedToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${response.status}`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const field = first.extensions?.field ? ` (${first.extensions.field})` : '';
    throw new ApiError(first.message + field, first.extensions?.code ?? 'ERROR');
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data`, 'NO_DATA');
  return body.data;
}

let mutationNames: Promise<Set<string> | null> | null = null;

/**
 * Whether this server offers a mutation, so that a control whose mutation is not deployed yet
 * (e.g. setReportingLine) is hidden rather than failing when used. Asks by introspection; where
 * introspection is switched off, sends the mutation without its arguments, which validation
 * refuses before anything runs, and reads which refusal came back (missing argument: it exists).
 */
export async function hasMutation(name: string): Promise<boolean> {
  mutationNames ??= gql<{ __schema: { mutationType: { fields: { name: string }[] } | null } }>(
    '{ __schema { mutationType { fields { name } } } }',
  )
    .then((d) => new Set((d.__schema.mutationType?.fields ?? []).map((f) => f.name)))
    .catch(() => null);
  const names = await mutationNames;
  if (names) return names.has(name);
  try {
    await gql(`mutation { ${name} { __typename } }`);
    return true;
  } catch (error) {
    // Only a validation refusal tells; anything else (network, auth) says nothing: hide it.
    return (
      error instanceof ApiError &&
      error.code === 'GRAPHQL_VALIDATION_FAILED' &&
      !error.message.startsWith('Cannot query field')
    );
  }
}
