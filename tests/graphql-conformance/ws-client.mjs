#!/usr/bin/env node
// Subscribes over GraphQL over WebSocket (graphql-ws client, subprotocol
// graphql-transport-ws, `ws` as the WebSocket implementation).
//   node ws-client.mjs <url> <query> [variablesJson] [count] [bearerToken]
// Prints each `next` payload as one JSON line. Exit 0 after `count` events or
// when the server completes; 1 on an error; 2 on bad usage; 124 after 30 s.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { parseArgs, runSubscription } from './lib/stream-client.mjs';

const { url, query, variables, count, headers } = parseArgs(process.argv.slice(2), 'ws-client.mjs');
// A token goes on the upgrade request, as a browser's cookie would.
class WebSocketWithHeaders extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers });
  }
}
const client = createClient({ url, webSocketImpl: headers ? WebSocketWithHeaders : WebSocket, retryAttempts: 0, lazy: true });
runSubscription({ name: 'ws-client.mjs', client, query, variables, count });
