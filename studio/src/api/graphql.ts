/** One GraphQL error as the server sends it. */
export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; errors?: { path: string; message: string }[]; [key: string]: unknown };
}

/** Thrown when a response carries errors; `data` is whatever the server still answered. */
export class GraphQLRequestError extends Error {
  constructor(public readonly errors: GraphQLErrorItem[], public readonly data: unknown) {
    super(errors.map((e) => e.message).join('; '));
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** The server names its GraphQL endpoint in a meta tag (it knows its path base); /graphql otherwise. */
export const graphqlEndpoint =
  document.querySelector<HTMLMetaElement>('meta[name="graphql-endpoint"]')?.content || '/graphql';

/**
 * Posts an operation to /graphql with the session cookie. The JSON content type and the custom header mark the
 * request as not a simple cross-site one, which the server demands of cookie-authenticated mutations.
 */
export async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(graphqlEndpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'X-WorkflowHub-Csrf': '1',
      'GraphQL-Require-Preflight': '1',
    },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: GraphQLErrorItem[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError([{ message: `HTTP ${response.status}` }], null);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors, body.data ?? null);
  return body.data as T;
}
