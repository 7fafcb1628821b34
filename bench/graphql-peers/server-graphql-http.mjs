#!/usr/bin/env node
// graphql-js served by graphql-http's Node handler on node:http.
//   node server-graphql-http.mjs <port>      (POST/GET http://127.0.0.1:<port>/graphql)
import { createServer } from 'node:http';
import { createHandler } from 'graphql-http/lib/use/http';
import { createSchema, createContext, generateData } from './data.mjs';

const port = Number(process.argv[2] ?? 4001);
const data = generateData();
const handler = createHandler({ schema: createSchema(data), context: () => createContext(data) });

const server = createServer((req, res) => {
  if ((req.url ?? '').split('?')[0] === '/graphql') return handler(req, res);
  res.writeHead(404).end();
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => process.stdout.write(`graphql-http listening on http://127.0.0.1:${port}/graphql\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
