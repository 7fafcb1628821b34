import { useCallback, useEffect, useRef, useState } from 'react';
import { gql, GraphQLRequestError } from './graphql';

export interface QueryState<T> {
  data: T | null;
  error: GraphQLRequestError | Error | null;
  loading: boolean;
  /** Runs the query again (keeping the data shown until the answer comes). */
  reload: () => Promise<void>;
}

/** Runs a GraphQL query when its variables change; the newest answer wins when several are in flight. */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(variables !== null);
  const key = variables === null ? null : JSON.stringify(variables);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (key === null) return;
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const answer = await gql<T>(query, JSON.parse(key));
      if (ticket === latest.current) {
        setData(answer);
        setError(null);
      }
    } catch (e) {
      if (ticket === latest.current) setError(e as Error);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [query, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}

/** The message of an error as the server gave it, with the first listed problem's path when there is one. */
export function errorText(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const listed = error.errors[0]?.extensions?.errors;
    return listed?.length ? listed.map((e) => `${e.path}: ${e.message}`).join('\n') : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
