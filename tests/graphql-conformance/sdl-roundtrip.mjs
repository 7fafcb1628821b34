#!/usr/bin/env node
// Reads an introspection result as JSON on stdin — the whole response
// {"data": {"__schema": ...}}, {"__schema": ...} or the bare __schema object —
// and prints printSchema(buildClientSchema(...)). Exit code 1 with a message on
// stderr if the input is not a usable introspection result.
import { buildClientSchema, printSchema } from 'graphql';

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function introspectionFrom(json) {
  if (json && typeof json === 'object') {
    if (json.data && json.data.__schema) return json.data;
    if (json.__schema) return json;
    if (Array.isArray(json.types) && json.queryType) return { __schema: json };
  }
  throw new Error('expected {"data":{"__schema":...}}, {"__schema":...} or a __schema object');
}

try {
  const introspection = introspectionFrom(JSON.parse(await readStdin()));
  process.stdout.write(printSchema(buildClientSchema(introspection)) + '\n');
} catch (error) {
  process.stderr.write(`sdl-roundtrip: ${error.message}\n`);
  process.exit(1);
}
