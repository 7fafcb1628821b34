#!/usr/bin/env node
// Subscribes over GraphQL over Server-Sent Events (graphql-sse client in
// "distinct connections" mode: one HTTP request per operation).
//   node sse-client.mjs <url> <query> [variablesJson] [count] [bearerToken]
// Prints each `next` payload as one JSON line. Exit 0 after `count` events or
// when the server completes; 1 on an error; 2 on bad usage; 124 after 30 s.
import { createClient } from 'graphql-sse';
import { parseArgs, runSubscription } from './lib/stream-client.mjs';

const { url, query, variables, count, headers } = parseArgs(process.argv.slice(2), 'sse-client.mjs');
const client = createClient({ url, singleConnection: false, retryAttempts: 0, headers });
runSubscription({ name: 'sse-client.mjs', client, query, variables, count });
