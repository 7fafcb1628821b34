// Self-test of the command-line tools against graphql-js's own servers:
// audit.mjs, ws-client.mjs, sse-client.mjs, sdl-roundtrip.mjs and
// introspection-query.mjs, as the C# tests run them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { buildSchema, getIntrospectionQuery, graphqlSync, parse, printSchema } from 'graphql';
import { startFixtureServer } from '../fixture-server.mjs';
import { loadSchema } from '../lib/fixture.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(script, args, { input, env } = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(root, script), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? error.code ?? 1 : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

const lines = (text) => text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));

let server;
before(async () => {
  server = await startFixtureServer({ port: 0 });
});
after(async () => {
  await server.close();
});

test('audit.mjs: graphql-http passes its own audit', async () => {
  const { code, stdout } = await run('audit.mjs', [server.url]);
  const out = lines(stdout);
  const summary = out.at(-1).summary;
  assert.equal(code, 0);
  assert.ok(summary.total > 20);
  assert.equal(summary.error, 0);
  for (const r of out.slice(0, -1)) {
    assert.deepEqual(Object.keys(r), ['id', 'name', 'status', 'reason']);
    assert.ok(['ok', 'warn', 'error'].includes(r.status));
  }
});

test('audit.mjs: exit 1 when audits fail (a server that answers 404)', async () => {
  const bad = createServer((req, res) => res.writeHead(404).end());
  await new Promise((r) => bad.listen(0, '127.0.0.1', r));
  try {
    const { code, stdout } = await run('audit.mjs', [`http://127.0.0.1:${bad.address().port}/graphql`]);
    assert.equal(code, 1);
    assert.ok(lines(stdout).at(-1).summary.error > 0);
  } finally {
    bad.close();
  }
});

for (const [name, url] of [
  ['ws-client.mjs', () => server.ws],
  ['sse-client.mjs', () => server.sse],
]) {
  test(`${name}: every event until complete`, async () => {
    const { code, stdout } = await run(name, [url(), 'subscription { newMessage(roomId: 1) { body sender } }']);
    assert.equal(code, 0);
    assert.deepEqual(lines(stdout), [
      { data: { newMessage: { body: 'Hello', sender: 'Hagrid' } } },
      { data: { newMessage: { body: 'Again', sender: 'Harry' } } },
    ]);
  });

  test(`${name}: variables and a count`, async () => {
    const { code, stdout } = await run(name, [url(), 'subscription ($r: Int) { newMessage(roomId: $r) { text } }', '{"r": 5}', '1']);
    assert.equal(code, 0);
    assert.deepEqual(lines(stdout), [{ data: { newMessage: { text: "You're a wizard!" } } }]);
  });

  test(`${name}: an event with a field error is printed as it comes`, async () => {
    const { code, stdout } = await run(name, [url(), 'subscription { counter }', '', '2']);
    assert.equal(code, 0);
    const events = lines(stdout);
    assert.deepEqual(events[0], { data: { counter: 1 } });
    assert.equal(events[1].data, null);
    assert.equal(events[1].errors[0].message, 'tick 2 failed');
  });

  test(`${name}: bad usage exits 2`, async () => {
    assert.equal((await run(name, [url()])).code, 2);
    assert.equal((await run(name, [url(), 'subscription { counter }', '{not json'])).code, 2);
  });
}

test('ws-client.mjs: a validation error is a protocol error, exit 1', async () => {
  const { code, stdout, stderr } = await run('ws-client.mjs', [server.ws, 'subscription { nope }']);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /Cannot query field \\"nope\\" on type \\"Subscription\\"/);
});

test('sse-client.mjs: a validation error arrives as an event with errors (distinct connections mode)', async () => {
  const { code, stdout } = await run('sse-client.mjs', [server.sse, 'subscription { nope }']);
  assert.equal(code, 0);
  assert.match(lines(stdout)[0].errors[0].message, /Cannot query field "nope"/);
});

test('ws-client.mjs: nothing reachable exits 1', async () => {
  const { code } = await run('ws-client.mjs', ['ws://127.0.0.1:9/graphql', 'subscription { counter }']);
  assert.equal(code, 1);
});

test('ws-client.mjs and sse-client.mjs: timeout exits 124', async () => {
  // A WebSocket server that never acknowledges, and an HTTP server that never answers.
  const silent = createServer(() => {});
  const wss = new WebSocketServer({ server: silent, handleProtocols: (protocols) => [...protocols][0] });
  await new Promise((r) => silent.listen(0, '127.0.0.1', r));
  const port = silent.address().port;
  try {
    const env = { CLIENT_TIMEOUT_MS: '1000' };
    const ws = await run('ws-client.mjs', [`ws://127.0.0.1:${port}/graphql`, 'subscription { counter }'], { env });
    assert.equal(ws.code, 124, ws.stderr);
    const sse = await run('sse-client.mjs', [`http://127.0.0.1:${port}/graphql/stream`, 'subscription { counter }'], { env });
    assert.equal(sse.code, 124, sse.stderr);
  } finally {
    for (const c of wss.clients) c.terminate();
    wss.close();
    silent.closeAllConnections();
    silent.close();
  }
});

test('introspection-query.mjs prints the full graphql-js introspection query', async () => {
  const { code, stdout } = await run('introspection-query.mjs', []);
  assert.equal(code, 0);
  const expected = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  assert.equal(stdout, expected + '\n');
  for (const field of ['specifiedByURL', 'isRepeatable', 'isOneOf', 'includeDeprecated: true', 'description']) {
    assert.ok(stdout.includes(field), field);
  }
  parse(stdout);
});

test('sdl-roundtrip.mjs: introspection of the fixture prints the fixture schema back', async () => {
  const schema = loadSchema();
  const { stdout: query } = await run('introspection-query.mjs', []);
  const result = graphqlSync({ schema, source: query });
  assert.equal(result.errors, undefined);
  const expected = printSchema(buildSchema(printSchema(schema))) + '\n';
  for (const input of [result, result.data, result.data.__schema]) {
    const { code, stdout, stderr } = await run('sdl-roundtrip.mjs', [], { input: JSON.stringify(input) });
    assert.equal(code, 0, stderr);
    assert.equal(stdout, expected);
  }
  const bad = await run('sdl-roundtrip.mjs', [], { input: '{"data": null}' });
  assert.equal(bad.code, 1);
});
