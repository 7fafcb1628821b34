#!/usr/bin/env node
// Makes mutated copies of the corpus documents and their variables (aliases added, fields repeated
// or dropped, @skip/@include added, literals and variable values swapped), runs each through
// graphql-js exactly as reference.mjs runs the corpus, and prints the ones graphql-js executed:
// [{ source, variables, operationName, result }] as JSON.
// Usage: node execute-mutated.mjs <count> <seed>. The same count and seed give the same documents.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const conformance = join(here, '..', '..', 'graphql-conformance');
const { runCase } = await import(join(conformance, 'reference.mjs'));
const { loadSchema, loadData } = await import(join(conformance, 'lib', 'fixture.mjs'));
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
const rootValue = loadData();
const seeds = loadCorpus(join(conformance, 'corpus')).filter((c) => c.verdict === 'valid' || c.expectPhase === 'execution');
const literals = ['1', '-2', '0', '1.5', '"s"', '""', 'true', 'false', 'null', 'RED', 'SIT', '[1, 2]', '[]', '[null]', '{}', '{ name: "x" }', '2147483648', '"2024-01-01T00:00:00Z"'];
const jsonValues = [null, 0, 1, -1, 1.5, 2147483648, 'x', '', true, false, [], [1, null], {}, { name: 'x' }, 'RED', '2024-02-30T00:00:00Z'];
const tokenPattern = /"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\$?[_A-Za-z][_0-9A-Za-z]*|\.\.\.|[!$&()[\]{}:=@|]/g;

function tokens(source) {
  const out = [];
  for (const m of source.matchAll(tokenPattern)) {
    if (source.lastIndexOf('#', m.index) > source.lastIndexOf('\n', m.index)) continue; // in a comment
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const isName = (text) => /^[_A-Za-z]/.test(text) && !['query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null'].includes(text);
const isLiteral = (text) => /^(-?\d|"|true$|false$|null$)/.test(text);

function mutateSource(source) {
  const all = tokens(source);
  const names = all.filter((t) => isName(t.text) && source[t.end] !== ':' && source[t.start - 1] !== '$' && source[t.start - 1] !== '@');
  const values = all.filter((t) => isLiteral(t.text));
  const pick = (list) => list[random(list.length)];
  switch (random(6)) {
    case 0: {
      if (names.length === 0) return source;
      const t = pick(names);
      return source.slice(0, t.start) + `a${random(3)}: ` + source.slice(t.start);
    }
    case 1: {
      if (names.length === 0) return source;
      const t = pick(names);
      const directive = ['@skip(if: true)', '@skip(if: false)', '@include(if: false)', '@include(if: true)'][random(4)];
      return source.slice(0, t.end) + ' ' + directive + source.slice(t.end);
    }
    case 2: {
      if (names.length === 0) return source;
      const t = pick(names);
      return source.slice(0, t.end) + ' ' + t.text + source.slice(t.end);
    }
    case 3: {
      if (names.length === 0) return source;
      const t = pick(names);
      return source.slice(0, t.start) + source.slice(t.end);
    }
    case 4: {
      if (values.length === 0) return source;
      const t = pick(values);
      return source.slice(0, t.start) + pick(literals) + source.slice(t.end);
    }
    default: {
      if (names.length < 2) return source;
      const a = pick(names);
      const b = pick(names);
      if (a.start === b.start) return source;
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      return source.slice(0, first.start) + second.text + source.slice(first.end, second.start) + first.text + source.slice(second.end);
    }
  }
}

function mutateVariables(variables) {
  if (!variables || random(3) !== 0) return variables;
  const keys = Object.keys(variables);
  if (keys.length === 0) return variables;
  const copy = { ...variables };
  const key = keys[random(keys.length)];
  if (random(4) === 0) delete copy[key];
  else copy[key] = jsonValues[random(jsonValues.length)];
  return copy;
}

const out = [];
for (let attempt = 0; out.length < count && attempt < count * 40; attempt++) {
  const seed = seeds[random(seeds.length)];
  let source = seed.source;
  const edits = 1 + random(2);
  for (let i = 0; i < edits; i++) source = mutateSource(source);
  const variables = mutateVariables(seed.variables);
  let outcome;
  try {
    outcome = await runCase(schema, rootValue, { source, variables, operationName: seed.operationName });
  } catch {
    continue; // graphql-js itself crashed (e.g. a subscription whose only root field is skipped): no reference
  }
  if (outcome.phase !== 'execution') continue;
  out.push({ source, variables: variables ?? null, operationName: seed.operationName ?? null, result: outcome.result });
}
process.stdout.write(JSON.stringify(out) + '\n');
