#!/usr/bin/env node
// graphql-js served by graphql-yoga on node:http: no GraphiQL, no landing page, no logging.
//   node server-yoga.mjs <port>      (POST/GET http://127.0.0.1:<port>/graphql)
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { createSchema, createContext, generateData } from './data.mjs';

const port = Number(process.argv[2] ?? 4002);
const data = generateData();
const yoga = createYoga({
  schema: createSchema(data),
  context: () => createContext(data),
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: false,
});

const server = createServer(yoga);
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => process.stdout.write(`graphql-yoga listening on http://127.0.0.1:${port}/graphql\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
