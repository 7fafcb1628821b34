#!/usr/bin/env node
// Subscribes over GraphQL over WebSocket (graphql-ws client, subprotocol
// graphql-transport-ws, `ws` as the WebSocket implementation).
//   node ws-client.mjs <url> <query> [variablesJson] [count]
// Prints each `next` payload as one JSON line. Exit 0 after `count` events or
// when the server completes; 1 on an error; 2 on bad usage; 124 after 30 s.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { parseArgs, runSubscription } from './lib/stream-client.mjs';

const { url, query, variables, count } = parseArgs(process.argv.slice(2), 'ws-client.mjs');
const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
runSubscription({ name: 'ws-client.mjs', client, query, variables, count });
