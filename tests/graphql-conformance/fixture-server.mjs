#!/usr/bin/env node
// The fixture schema and data served by graphql-js over the three transports
// the C# engine offers: GraphQL over HTTP (graphql-http) on /graphql, GraphQL
// over WebSocket (graphql-ws, subprotocol graphql-transport-ws) on /graphql,
// and GraphQL over SSE (graphql-sse) on /graphql/stream. It is the reference
// peer for audit.mjs, ws-client.mjs and sse-client.mjs, and their self-test.
//
//   node fixture-server.mjs [port] [host]     (default 4000 127.0.0.1; 0 picks a free port)
//
// Prints one JSON line {"url": ..., "ws": ..., "sse": ...} when listening.
import { createServer } from 'node:http';
import { execute, subscribe } from 'graphql';
import { createHandler as createHttpHandler } from 'graphql-http/lib/use/http';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { loadSchema, loadData, fieldResolver, typeResolver, subscribeFieldResolver } from './lib/fixture.mjs';

export function startFixtureServer({ port = 4000, host = '127.0.0.1' } = {}) {
  const schema = loadSchema();
  const rootValue = loadData();
  const withConvention = (args) => ({ ...args, rootValue, fieldResolver, typeResolver });
  const run = (args) => execute(withConvention(args));
  const stream = (args) => subscribe({ ...withConvention(args), subscribeFieldResolver });

  const http = createHttpHandler({ schema, rootValue, execute: run });
  const sse = createSseHandler({ schema, execute: run, subscribe: stream });

  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/graphql') return http(req, res);
    if (path === '/graphql/stream') return sse(req, res);
    res.writeHead(404).end();
  });
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const wsServer = useServer({ schema, execute: run, subscribe: stream }, wss);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const base = `${host}:${actual}`;
      resolve({
        url: `http://${base}/graphql`,
        ws: `ws://${base}/graphql`,
        sse: `http://${base}/graphql/stream`,
        close: async () => {
          await wsServer.dispose();
          await new Promise((r) => wss.close(() => r()));
          server.closeAllConnections?.();
          await new Promise((r) => server.close(() => r()));
        },
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4000);
  const host = process.argv[3] ?? '127.0.0.1';
  const { url, ws, sse } = await startFixtureServer({ port, host });
  process.stdout.write(JSON.stringify({ url, ws, sse }) + '\n');
}
