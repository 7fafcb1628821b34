// The conformance fixture for graphql-js: the schema from fixture/schema.graphql,
// its custom scalars, and the default resolver convention over fixture/data.json.
// The README describes the convention; the C# engine implements the same rules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema, GraphQLError, Kind, print, valueFromASTUntyped } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
export const fixtureDir = join(here, '..', 'fixture');
export const schemaPath = join(fixtureDir, 'schema.graphql');
export const dataPath = join(fixtureDir, 'data.json');

// ---------------------------------------------------------------------------
// Canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
// strings and numbers written as ECMAScript's JSON.stringify writes them.
// ---------------------------------------------------------------------------
export function canonicalJson(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------
// Custom scalars.
// ---------------------------------------------------------------------------
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(y, m, d) {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function describe(value) {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Normalises an RFC 3339 date-time string to `YYYY-MM-DDTHH:MM:SS.sssZ`, or returns null. */
export function normaliseDateTime(text) {
  if (typeof text !== 'string') return null;
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const oh = Number(m[8].slice(1, 3));
    const om = Number(m[8].slice(4, 6));
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  const instant = new Date(date.getTime() - offsetMinutes * 60000);
  const year = instant.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return instant.toISOString();
}

function isValidDate(text) {
  if (typeof text !== 'string') return false;
  const m = DATE.exec(text);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function scalarRules(schema) {
  const dateTime = schema.getType('DateTime');
  const dateTimeValue = (value, node) => {
    const normal = normaliseDateTime(value);
    if (normal === null) throw new GraphQLError(`DateTime cannot represent value: ${describe(value)}`, { nodes: node });
    return normal;
  };
  dateTime.serialize = (value) => dateTimeValue(value);
  dateTime.parseValue = (value) => dateTimeValue(value);
  dateTime.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`DateTime cannot represent a non-string value: ${print(ast)}`, { nodes: ast });
    return dateTimeValue(ast.value, ast);
  };

  const date = schema.getType('Date');
  const dateValue = (value, node) => {
    if (!isValidDate(value)) throw new GraphQLError(`Date cannot represent value: ${describe(value)}`, { nodes: node });
    return value;
  };
  date.serialize = (value) => dateValue(value);
  date.parseValue = (value) => dateValue(value);
  date.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Date cannot represent a non-string value: ${print(ast)}`, { nodes: ast });
    return dateValue(ast.value, ast);
  };

  const long = schema.getType('Long');
  const longValue = (value, node) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError(`Long cannot represent value: ${describe(value)}`, { nodes: node });
    }
    return value;
  };
  long.serialize = (value) => longValue(value);
  long.parseValue = (value) => longValue(value);
  long.parseLiteral = (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError(`Long cannot represent a non-integer value: ${print(ast)}`, { nodes: ast });
    const big = BigInt(ast.value);
    if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new GraphQLError(`Long cannot represent value: ${ast.value}`, { nodes: ast });
    }
    return Number(big);
  };

  const uuid = schema.getType('UUID');
  const uuidValue = (value, node) => {
    if (typeof value !== 'string' || !UUID.test(value)) throw new GraphQLError(`UUID cannot represent value: ${describe(value)}`, { nodes: node });
    return value.toLowerCase();
  };
  uuid.serialize = (value) => uuidValue(value);
  uuid.parseValue = (value) => uuidValue(value);
  uuid.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`UUID cannot represent a non-string value: ${print(ast)}`, { nodes: ast });
    return uuidValue(ast.value, ast);
  };

  const json = schema.getType('JSON');
  json.serialize = (value) => value;
  json.parseValue = (value) => value;
  json.parseLiteral = (ast, variables) => valueFromASTUntyped(ast, variables);
}

// ---------------------------------------------------------------------------
// The default resolver convention.
// ---------------------------------------------------------------------------
function marker(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  return keys[0] === '$error' || keys[0] === '$args' ? keys[0] : null;
}

function dataValue(source, fieldName) {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return null;
  return Object.prototype.hasOwnProperty.call(source, fieldName) ? source[fieldName] : null;
}

/** Resolves a field from its parent's JSON object (see README, "Default resolver"). */
export function fieldResolver(source, args, _context, info) {
  const value = dataValue(source, info.fieldName);
  switch (marker(value)) {
    case '$error':
      throw new Error(String(value.$error));
    case '$args': {
      const spec = value.$args;
      if (spec === true) return canonicalJson(args);
      if (typeof spec === 'string') return args[spec] ?? null;
      const out = {};
      for (const [key, argName] of Object.entries(spec)) out[key] = args[argName] ?? null;
      return out;
    }
    default:
      return value === undefined ? null : value;
  }
}

/** Abstract types resolve through the `__typename` key of the value. */
export function typeResolver(value) {
  return value !== null && typeof value === 'object' && typeof value.__typename === 'string' ? value.__typename : undefined;
}

/**
 * A subscription root field's data value is the list of its events: the source
 * stream yields them in order and each event is executed with the field
 * resolving to that item. `{"$error": m}` makes the subscription fail to start.
 */
export function subscribeFieldResolver(source, _args, _context, info) {
  const value = dataValue(source, info.fieldName);
  if (marker(value) === '$error') throw new Error(String(value.$error));
  if (!Array.isArray(value)) return value ?? null; // graphql-js reports a non-stream itself
  const name = info.fieldName;
  return (async function* events() {
    for (const item of value) yield { [name]: item };
  })();
}

export function loadSchema() {
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  scalarRules(schema);
  return schema;
}

export function loadData() {
  return JSON.parse(readFileSync(dataPath, 'utf8'));
}
