// Deterministic in-memory data for the peer benchmark, and the executable
// schema (SDL from schema.graphql plus resolvers) both peer servers serve.
//
// 20 definitions, 10,000 instances over them (status mix: 40 % RUNNING,
// 20 % WAITING, 30 % COMPLETED, 5 % FAULTED, 5 % CANCELLED), 0–3 open tasks
// per RUNNING or WAITING instance. Everything comes from one seeded PRNG, so
// every run — and the C# side, given the same rules — sees the same data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema, GraphQLError, Kind } from 'graphql';

export const SEED = 20240601;
export const DEFINITION_COUNT = 20;
export const INSTANCE_COUNT = 10_000;

/** mulberry32: a small, fast, well-known 32-bit PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

export function generateData({ seed = SEED, definitions = DEFINITION_COUNT, instances = INSTANCE_COUNT } = {}) {
  const random = prng(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const subjects = ['Street light repair', 'Noise complaint', 'Waste pickup', 'Elderly care visit', 'Road damage', 'Park maintenance',
    'Water leak', 'Permit request', 'Pledge follow-up', 'Neighbourhood dispute'];
  const activities = ['review', 'assign', 'inspect', 'approve', 'escalate', 'notify', 'close'];
  const roles = ['grid-worker', 'community-officer', 'street-officer', 'district-officer', null];
  const units = ['grid-01', 'grid-02', 'community-a', 'community-b', 'street-east', 'street-west', 'district'];

  const defs = [];
  for (let d = 1; d <= definitions; d++) {
    defs.push({ definitionId: `def-${pad(d, 2)}`, name: `${subjects[(d - 1) % subjects.length]} ${Math.ceil(d / subjects.length)}`, version: 1 + Math.floor(random() * 3) });
  }
  const definitionsById = new Map(defs.map((d) => [d.definitionId, d]));

  const statusWheel = [
    ['RUNNING', 0.4],
    ['WAITING', 0.6],
    ['COMPLETED', 0.9],
    ['FAULTED', 0.95],
    ['CANCELLED', 1],
  ];
  const start = Date.UTC(2024, 0, 1);
  const all = [];
  const tasksByInstance = new Map();
  let taskNo = 0;
  for (let i = 1; i <= instances; i++) {
    const def = pick(defs);
    const r = random();
    const status = statusWheel.find(([, upTo]) => r < upTo)[0];
    const createdAt = start + i * 7 * 60_000 + Math.floor(random() * 60_000);
    const updatedAt = createdAt + Math.floor(random() * 3 * 86_400_000);
    const instance = {
      id: `wi-${pad(i, 5)}`,
      definitionId: def.definitionId,
      version: def.version,
      status,
      businessKey: random() < 0.9 ? `BK-${pad(Math.floor(random() * 1_000_000), 6)}` : null,
      createdAt,
      updatedAt,
    };
    all.push(instance);
    const open = status === 'RUNNING' || status === 'WAITING' ? Math.floor(random() * 4) : 0;
    const tasks = [];
    for (let t = 0; t < open; t++) {
      taskNo++;
      const activityId = pick(activities);
      const taskCreated = createdAt + Math.floor(random() * 86_400_000);
      tasks.push({
        id: `task-${pad(taskNo, 6)}`,
        activityId,
        name: `${activityId[0].toUpperCase()}${activityId.slice(1)} ${def.name.toLowerCase()}`,
        assigneeRole: pick(roles),
        orgUnit: pick(units),
        createdAt: taskCreated,
        dueAt: random() < 0.8 ? taskCreated + (1 + Math.floor(random() * 5)) * 86_400_000 : null,
      });
    }
    tasksByInstance.set(instance.id, tasks);
  }
  // Newest first, as the product lists them.
  all.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return { definitions: defs, definitionsById, instances: all, tasksByInstance };
}

// ---------------------------------------------------------------------------
// A tiny per-request batch loader (the DataLoader pattern): loads requested in
// the same tick are resolved by one call of the batch function.
// ---------------------------------------------------------------------------
export class BatchLoader {
  constructor(batch) {
    this.batch = batch;
    this.cache = new Map();
    this.queue = [];
  }

  load(key) {
    let promise = this.cache.get(key);
    if (promise) return promise;
    promise = new Promise((resolve, reject) => this.queue.push({ key, resolve, reject }));
    this.cache.set(key, promise);
    if (this.queue.length === 1) {
      // After the current promise jobs, as graphql-js resolves siblings first.
      Promise.resolve().then(() => process.nextTick(() => this.dispatch()));
    }
    return promise;
  }

  dispatch() {
    const queue = this.queue;
    this.queue = [];
    try {
      const values = this.batch(queue.map((q) => q.key));
      queue.forEach((q, i) => q.resolve(values[i]));
    } catch (error) {
      for (const q of queue) q.reject(error);
    }
  }
}

// ---------------------------------------------------------------------------
// Paging and filtering.
// ---------------------------------------------------------------------------
const encodeCursor = (index) => Buffer.from(String(index)).toString('base64');

function decodeCursor(cursor) {
  const index = Number(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!Number.isInteger(index) || index < 0) throw new GraphQLError(`Invalid cursor: ${cursor}`);
  return index;
}

function matchesStatus(status, f) {
  if (f.eq != null && status !== f.eq) return false;
  if (f.neq != null && status === f.neq) return false;
  if (f.in != null && !f.in.includes(status)) return false;
  if (f.nin != null && f.nin.includes(status)) return false;
  return true;
}

function matches(instance, where) {
  if (!where) return true;
  if (where.status && !matchesStatus(instance.status, where.status)) return false;
  if (where.and && !where.and.every((w) => matches(instance, w))) return false;
  if (where.or && !where.or.some((w) => matches(instance, w))) return false;
  return true;
}

/** Relay-style paging over an index-addressed list (cursors are base64 indexes, as in HotChocolate). */
export function page(items, { first, after, last, before }) {
  if (first != null && first < 0) throw new GraphQLError('first must not be negative');
  if (last != null && last < 0) throw new GraphQLError('last must not be negative');
  let start = after != null ? decodeCursor(after) + 1 : 0;
  let end = before != null ? Math.min(decodeCursor(before), items.length) : items.length;
  start = Math.min(start, end);
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const slice = [];
  for (let i = start; i < end; i++) slice.push({ cursor: encodeCursor(i), node: items[i] });
  return {
    edges: slice,
    nodes: slice.map((e) => e.node),
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? slice[0].cursor : null,
      endCursor: slice.length ? slice[slice.length - 1].cursor : null,
    },
  };
}

// ---------------------------------------------------------------------------
// The executable schema.
// ---------------------------------------------------------------------------
export function createContext(data) {
  return {
    definitions: new BatchLoader((ids) => ids.map((id) => data.definitionsById.get(id))),
    openTasks: new BatchLoader((ids) => ids.map((id) => data.tasksByInstance.get(id) ?? [])),
  };
}

export function createSchema(data = generateData()) {
  const here = dirname(fileURLToPath(import.meta.url));
  const schema = buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));

  const dateTime = schema.getType('DateTime');
  dateTime.serialize = (value) => new Date(value).toISOString();
  dateTime.parseValue = (value) => {
    const ms = Date.parse(value);
    if (typeof value !== 'string' || Number.isNaN(ms)) throw new GraphQLError(`DateTime cannot represent value: ${JSON.stringify(value)}`);
    return ms;
  };
  dateTime.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { nodes: ast });
    return dateTime.parseValue(ast.value);
  };

  const query = schema.getQueryType().getFields();
  query.workflowInstances.resolve = (_root, args) => {
    const filtered = args.where ? data.instances.filter((i) => matches(i, args.where)) : data.instances;
    return page(filtered, args);
  };
  query.workflowDefinitions.resolve = () => data.definitions;

  const instance = schema.getType('WorkflowInstance').getFields();
  instance.definition.resolve = (parent, _args, context) => context.definitions.load(parent.definitionId);
  instance.openTasks.resolve = (parent, _args, context) => context.openTasks.load(parent.id);

  return schema;
}

export const STATUS_QUERY = `query Status($first: Int!, $after: String) {
  workflowInstances(first: $first, after: $after, where: { status: { eq: RUNNING } }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id definitionId version status businessKey createdAt updatedAt
      definition { definitionId name version }
      openTasks { id activityId name assigneeRole orgUnit createdAt dueAt } }
  }
}`;

// The same query against WorkflowHub's own schema: its task fields are named
// `title` and `orgUnitId`, and it lists instances newest first when asked to
// (the peers' data is already in that order).
export const WORKFLOWHUB_STATUS_QUERY = `query Status($first: Int!, $after: String) {
  workflowInstances(first: $first, after: $after, where: { status: { eq: RUNNING } }, order: [{ createdAt: DESC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id definitionId version status businessKey createdAt updatedAt
      definition { definitionId name version }
      openTasks { id activityId title assigneeRole orgUnitId createdAt dueAt } }
  }
}`;
