import { createClient, type Client } from 'graphql-ws';
import { graphqlEndpoint } from './graphql';

let client: Client | null = null;

/** The WebSocket address of the GraphQL endpoint (same origin, so the session cookie goes with the handshake). */
export function subscriptionUrl(): string {
  const url = new URL(graphqlEndpoint, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function shared(): Client {
  client ??= createClient({ url: subscriptionUrl(), lazy: true, retryAttempts: 5 });
  return client;
}

/**
 * Subscribes over graphql-transport-ws and calls `onEvent` for every event; returns the unsubscribe function.
 * Events are only a signal here: pages refetch what they show rather than patching it.
 */
export function subscribe<T>(query: string, variables: Record<string, unknown>, onEvent: (data: T) => void, onError?: (error: unknown) => void): () => void {
  return shared().subscribe<T>({ query, variables }, {
    next: (result) => { if (result.data) onEvent(result.data as T); },
    error: (error) => onError?.(error),
    complete: () => {},
  });
}
