#!/usr/bin/env node
// Makes mutated copies of the corpus documents (names, values and tokens swapped, dropped or
// repeated), keeps those that parse, validates each with graphql-js against the fixture schema,
// and prints [{ source, errors: [{ message, locations: [[line, column]] }] }] as JSON.
// Usage: node mutate-corpus.mjs <count> <seed>. The same count and seed give the same documents.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const conformance = join(here, '..', '..', 'graphql-conformance');
const require = createRequire(join(conformance, 'package.json'));
const { parse, validate, specifiedRules } = require('graphql');
const { loadSchema } = await import(join(conformance, 'lib', 'fixture.mjs'));
const { loadCorpus } = await import(join(conformance, 'lib', 'corpus.mjs'));

const count = Number(process.argv[2] ?? 2000);
let state = Number(process.argv[3] ?? 1) | 0;
function random(n) {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}

const schema = loadSchema();
const seeds = loadCorpus(join(conformance, 'corpus')).map((c) => c.source);
const names = new Set(['skip', 'include', 'tag', 'log', 'deprecated', 'oneOf', 'if', 'on', 'fragment', 'query', 'mutation', 'subscription', '__typename', '__schema', '__type', 'true', 'false', 'null']);
for (const type of Object.values(schema.getTypeMap())) {
  names.add(type.name);
  if ('getFields' in type) {
    for (const field of Object.values(type.getFields())) {
      names.add(field.name);
      for (const arg of field.args ?? []) names.add(arg.name);
    }
  }
  if ('getValues' in type) for (const value of type.getValues()) names.add(value.name);
}
const namePool = [...names];
const literals = ['1', '-2', '1.5', '1e400', '"s"', '"""b"""', 'true', 'null', 'RED', 'SIT', '[1, 2]', '[]', '{}', '{ name: "x" }', '{ cat: { name: "x" } }', '$v', '$id', '2147483648', '"2024-01-01"'];
const tokenPattern = /"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\$?[_A-Za-z][_0-9A-Za-z]*|\.\.\.|[!$&()[\]{}:=@|]/g;

function tokens(source) {
  const out = [];
  for (const m of source.matchAll(tokenPattern)) {
    if (source.lastIndexOf('#', m.index) > source.lastIndexOf('\n', m.index)) continue; // in a comment
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function mutate(source) {
  const all = tokens(source);
  if (all.length === 0) return source;
  const token = all[random(all.length)];
  const isName = /^[_A-Za-z]/.test(token.text);
  let replacement;
  switch (random(7)) {
    case 0:
    case 1:
      replacement = isName ? namePool[random(namePool.length)] : token.text;
      break;
    case 2:
      replacement = '';
      break;
    case 3:
      replacement = token.text + ' ' + all[random(all.length)].text;
      break;
    case 4:
      replacement = /^[-\d"$[{]|^(true|false|null|[A-Z_]+)$/.test(token.text) ? literals[random(literals.length)] : token.text;
      break;
    case 5: {
      const end = source.indexOf('\n', token.end);
      replacement = source.slice(token.start, end < 0 ? source.length : end) + '\n' + token.text;
      break;
    }
    default:
      replacement = token.text === '!' ? '' : isName && random(2) ? token.text + '!' : token.text + ' @skip(if: $v)';
  }
  return source.slice(0, token.start) + replacement + source.slice(token.end);
}

const out = [];
const seen = new Set();
for (let attempt = 0; out.length < count && attempt < count * 50; attempt++) {
  let source = seeds[random(seeds.length)];
  const mutations = 1 + random(3);
  for (let i = 0; i < mutations; i++) source = mutate(source);
  if (seen.has(source)) continue;
  seen.add(source);
  let document;
  try {
    document = parse(source);
  } catch {
    continue;
  }
  let errors;
  try {
    errors = validate(schema, document, specifiedRules);
  } catch {
    continue; // graphql-js throws on a few inputs (see the corpus README); nothing to compare
  }
  out.push({ source, errors: errors.map((e) => ({ message: e.message, locations: (e.locations ?? []).map((l) => [l.line, l.column]) })) });
}
process.stdout.write(JSON.stringify(out));
