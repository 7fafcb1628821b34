#!/usr/bin/env node
// Load driver: POSTs the "Status" query (first: 20) with autocannon.
//   node load.mjs <url> [seconds=20] [connections=20] [query=peers]
// query: `peers` (schema.graphql) or `workflowhub` (WorkflowHub's own schema:
// the same selection, with the task fields it names `title` and `orgUnitId`
// and the order the peers apply implicitly, newest first, asked for).
// Checks one response first (HTTP 200, no errors, 20 nodes), then prints one
// JSON line: {"rps","p50","p99","errors","non2xx", ...} — rps is the mean of
// per-second request counts, p50/p99 latencies in milliseconds. With seconds
// 0 it sends only the checked request and prints its size and totalCount.
// LOAD_AUTHORIZATION, when set, is sent as the Authorization header.
import autocannon from 'autocannon';
import { STATUS_QUERY, WORKFLOWHUB_STATUS_QUERY } from './data.mjs';

const QUERIES = { peers: STATUS_QUERY, workflowhub: WORKFLOWHUB_STATUS_QUERY };

const [url, secondsText = '20', connectionsText = '20', queryName = 'peers'] = process.argv.slice(2);
if (!url || !(queryName in QUERIES)) {
  process.stderr.write('usage: node load.mjs <url> [seconds] [connections] [peers|workflowhub]\n');
  process.exit(2);
}
const seconds = Number(secondsText);
const connections = Number(connectionsText);
const body = JSON.stringify({ query: QUERIES[queryName], operationName: 'Status', variables: { first: 20 } });
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
// A server that needs a signed-in caller (WorkflowHub) gets its credential from the environment.
if (process.env.LOAD_AUTHORIZATION) headers.authorization = process.env.LOAD_AUTHORIZATION;

// One checked request, so a server answering errors fast does not look fast.
const check = await fetch(url, { method: 'POST', headers, body });
const text = await check.text();
let json;
try {
  json = JSON.parse(text);
} catch {
  json = { unparsable: text.slice(0, 500) };
}
const nodes = json?.data?.workflowInstances?.nodes;
if (check.status !== 200 || json.errors || !Array.isArray(nodes) || nodes.length !== 20) {
  process.stderr.write(`load: unexpected response ${check.status}: ${JSON.stringify(json).slice(0, 500)}\n`);
  process.exit(1);
}
const responseBytes = Buffer.byteLength(text);
if (seconds === 0) {
  process.stdout.write(JSON.stringify({ responseBytes, totalCount: json.data.workflowInstances.totalCount, query: queryName, url }) + '\n');
  process.exit(0);
}

const result = await autocannon({ url, method: 'POST', headers, body, connections, duration: seconds });
const out = {
  rps: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors,
  non2xx: result.non2xx,
  timeouts: result.timeouts,
  requests: result.requests.total,
  kbPerSec: Math.round(result.throughput.average / 1024),
  responseBytes,
  seconds,
  connections,
  query: queryName,
  url,
};
process.stdout.write(JSON.stringify(out) + '\n');
process.exitCode = out.errors > 0 || out.non2xx > 0 ? 1 : 0;
