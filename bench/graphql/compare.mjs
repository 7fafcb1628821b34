#!/usr/bin/env node
// Checks that a WorkflowHub server seeded from export-data.mjs answers the status query with the
// same data the peers serve: runs the peers' executable schema (graphql-js, in this process) and
// the server's /graphql for the first pages, and compares them field by field.
//   node compare.mjs <url> [pages=3] [workflowhub|peers]
// With `peers` the server answers the peers' schema (the in-memory diagnostic server) and its
// answer must equal graphql-js's byte for byte. With `workflowhub` (the default):
// ids differ by design (the server names rows with GUIDs, the peers with "wi-00001"); open tasks
// are compared in creation order (the server lists them so, the peers in generation order); a task
// the peers leave without a role carries the role "dispatcher" in the database.
// The peers' own copy of graphql-js (the one data.mjs builds its schema with).
import { graphql } from '../graphql-peers/node_modules/graphql/index.js';
import { createContext, createSchema, generateData, STATUS_QUERY, WORKFLOWHUB_STATUS_QUERY } from '../graphql-peers/data.mjs';

const [url, pagesText = '3', mode = 'workflowhub'] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: node compare.mjs <url> [pages]\n');
  process.exit(2);
}
const data = generateData();
const schema = createSchema(data);
const ms = (value) => (value == null ? null : Date.parse(value));

const normalize = (page, { title, orgUnit }) => ({
  totalCount: page.totalCount,
  hasNextPage: page.pageInfo.hasNextPage,
  nodes: page.nodes.map((n) => ({
    definitionId: n.definitionId,
    version: n.version,
    status: n.status,
    businessKey: n.businessKey,
    createdAt: ms(n.createdAt),
    updatedAt: ms(n.updatedAt),
    definition: n.definition,
    openTasks: [...n.openTasks]
      .sort((a, b) => ms(a.createdAt) - ms(b.createdAt))
      .map((t) => ({
        activityId: t.activityId,
        title: t[title],
        assigneeRole: t.assigneeRole ?? 'dispatcher',
        orgUnit: t[orgUnit],
        createdAt: ms(t.createdAt),
        dueAt: ms(t.dueAt),
      })),
  })),
});

let peersAfter = null;
let oursAfter = null;
let checked = 0;
for (let p = 0; p < Number(pagesText); p++) {
  const peers = await graphql({ schema, source: STATUS_QUERY, contextValue: createContext(data), variableValues: { first: 20, after: peersAfter } });
  if (peers.errors) throw new Error(JSON.stringify(peers.errors));
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(process.env.LOAD_AUTHORIZATION ? { authorization: process.env.LOAD_AUTHORIZATION } : {}),
    },
    body: JSON.stringify({ query: mode === 'peers' ? STATUS_QUERY : WORKFLOWHUB_STATUS_QUERY, operationName: 'Status', variables: { first: 20, after: oursAfter } }),
  });
  const text = await response.text();
  const ours = JSON.parse(text);
  if (response.status !== 200 || ours.errors) throw new Error(`${response.status}: ${text.slice(0, 500)}`);
  if (mode === 'peers' && text !== JSON.stringify(peers)) {
    process.stderr.write(`page ${p + 1} differs from graphql-js\n peers: ${JSON.stringify(peers).slice(0, 1500)}\n ours:  ${text.slice(0, 1500)}\n`);
    process.exit(1);
  }
  const expected = JSON.stringify(normalize(peers.data.workflowInstances, { title: 'name', orgUnit: 'orgUnit' }));
  const actual = JSON.stringify(normalize(ours.data.workflowInstances, mode === 'peers' ? { title: 'name', orgUnit: 'orgUnit' } : { title: 'title', orgUnit: 'orgUnitId' }));
  if (expected !== actual) {
    process.stderr.write(`page ${p + 1} differs\n peers: ${expected.slice(0, 1500)}\n ours:  ${actual.slice(0, 1500)}\n`);
    process.exit(1);
  }
  checked += ours.data.workflowInstances.nodes.length;
  peersAfter = peers.data.workflowInstances.pageInfo.endCursor;
  oursAfter = ours.data.workflowInstances.pageInfo.endCursor;
}
process.stdout.write(`${mode === 'peers' ? 'byte for byte the' : 'the'} same answer as the peers: ${pagesText} pages, ${checked} instances with definition and open tasks\n`);
