#!/usr/bin/env node
// Runs every corpus document through graphql-js (parse, validate with
// specifiedRules against the fixture schema, execute over fixture/data.json)
// and prints one JSON document with the outcome of each. See README.md.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  version,
  parse,
  validate,
  specifiedRules,
  execute,
  subscribe,
  getOperationAST,
  GraphQLError,
} from 'graphql';
import { loadSchema, loadData, fieldResolver, typeResolver, subscribeFieldResolver } from './lib/fixture.mjs';
import { loadCorpus } from './lib/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function errorJson(error) {
  const out = { message: error.message };
  if (error.locations && error.locations.length > 0) out.locations = error.locations.map(({ line, column }) => ({ line, column }));
  if (error.path) out.path = error.path;
  if (error.extensions && Object.keys(error.extensions).length > 0) out.extensions = error.extensions;
  return out;
}

function resultJson(result) {
  const out = {};
  if (result.errors) out.errors = result.errors.map(errorJson);
  if ('data' in result) out.data = result.data;
  return out;
}

/** Runs one document; returns { phase, errors, result? }. */
export async function runCase(schema, rootValue, { source, variables, operationName }) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { phase: 'syntax', errors: [errorJson(error)] };
  }
  let validationErrors;
  try {
    validationErrors = validate(schema, document, specifiedRules);
  } catch (error) {
    // A graphql-js rule that throws instead of reporting: recorded as the
    // validation outcome, and flagged.
    return { phase: 'validation', errors: [errorJson(error)], referenceThrew: true };
  }
  if (validationErrors.length > 0) return { phase: 'validation', errors: validationErrors.map(errorJson) };

  const args = {
    schema,
    document,
    rootValue,
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
    fieldResolver,
    typeResolver,
  };
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation && operation.operation === 'subscription') {
    const stream = await subscribe({ ...args, subscribeFieldResolver });
    if (!(Symbol.asyncIterator in Object(stream))) return { phase: 'execution', errors: [], result: resultJson(stream) };
    const first = await stream.next();
    if (typeof stream.return === 'function') await stream.return();
    return { phase: 'execution', errors: [], result: first.done ? null : resultJson(first.value) };
  }
  const result = await execute(args);
  return { phase: 'execution', errors: [], result: resultJson(result) };
}

export async function runCorpus(corpusDir) {
  const schema = loadSchema();
  const rootValue = loadData();
  const cases = [];
  for (const c of loadCorpus(corpusDir)) {
    const outcome = await runCase(schema, rootValue, c);
    const entry = { file: c.file, expect: c.verdict, expectPhase: c.expectPhase };
    if (c.header.referenceDiffers) entry.referenceDiffers = c.header.referenceDiffers;
    entry.phase = outcome.phase;
    entry.errors = outcome.errors;
    if ('result' in outcome) entry.result = outcome.result;
    if (outcome.referenceThrew) entry.referenceThrew = true;
    cases.push(entry);
  }
  return { graphqlJsVersion: version, cases };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpusDir = resolve(process.argv[2] ?? join(here, 'corpus'));
  const report = await runCorpus(corpusDir);
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
}
