import {
  defaultOutcome,
  type ActivityDefinition,
  type ConnectionDefinition,
  type FlowGraph,
  type GraphEdge,
  type GraphNode,
  type Json,
  type JsonObject,
  type LayoutPosition,
  type WorkflowDefinition,
} from './types';

const graphFields = new Set(['activities', 'connections', 'layout']);

/** Where a node without a layout entry goes until auto-layout places it: a plain grid, by index. */
export function provisionalPosition(index: number): { x: number; y: number } {
  return { x: (index % 6) * 240, y: Math.floor(index / 6) * 140 };
}

export function edgeKey(source: string, outcome: string, target: string): string {
  return `${source}.${outcome}->${target}`;
}

/** An edge id not used by any of `edges`. */
export function uniqueEdgeId(edges: readonly GraphEdge[], source: string, outcome: string, target: string): string {
  const base = edgeKey(source, outcome, target);
  const used = new Set(edges.map((e) => e.id));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}#${n}`)) n++;
  return `${base}#${n}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Reads a definition into a graph. Everything is copied: the graph never shares objects with its input. */
export function definitionToGraph(input: WorkflowDefinition): FlowGraph {
  const definition = clone(input);
  const meta: JsonObject = {};
  for (const [key, value] of Object.entries(definition)) {
    if (!graphFields.has(key) && value !== undefined) meta[key] = value as Json;
  }

  const layout = isObject(definition.layout) ? definition.layout : null;
  const layoutNodes = layout && isObject(layout.nodes) ? (layout.nodes as Record<string, LayoutPosition>) : {};
  const rest: JsonObject = {};
  if (layout) for (const [key, value] of Object.entries(layout)) if (key !== 'nodes' && value !== undefined) rest[key] = value as Json;

  const activities = Array.isArray(definition.activities) ? definition.activities : [];
  const ids = new Set(activities.map((a) => a.id));
  const nodes: GraphNode[] = activities.map((activity, index) => {
    const entry = layoutNodes[activity.id];
    const placed = isObject(entry) && typeof entry.x === 'number' && typeof entry.y === 'number';
    const node: GraphNode = {
      id: activity.id,
      activity,
      position: placed ? { x: entry.x, y: entry.y } : provisionalPosition(index),
      placed,
    };
    if (isObject(entry)) {
      const { x, y, ...extra } = entry;
      if (!placed) Object.assign(extra, x === undefined ? {} : { x }, y === undefined ? {} : { y });
      if (Object.keys(extra).length > 0) node.layoutExtra = extra as JsonObject;
    }
    return node;
  });

  const edges: GraphEdge[] = [];
  for (const connection of Array.isArray(definition.connections) ? definition.connections : []) {
    const outcome = connection.outcome ?? defaultOutcome;
    edges.push({ id: uniqueEdgeId(edges, connection.from, outcome, connection.to), source: connection.from, target: connection.to, outcome, connection });
  }

  const orphans: Record<string, LayoutPosition> = {};
  for (const [id, entry] of Object.entries(layoutNodes)) if (!ids.has(id)) orphans[id] = entry;

  // Orders that follow from the rest are not kept, so a graph written and read again is the same graph.
  const nodeOrder = Object.keys(layoutNodes);
  const naturalOrder = [...nodes.filter((n) => n.placed || n.layoutExtra).map((n) => n.id), ...Object.keys(orphans)];
  const layoutKeys = layout ? Object.keys(layout) : null;
  const plainLayout = layoutKeys?.length === 1 && layoutKeys[0] === 'nodes' && nodeOrder.length > 0;
  return {
    meta,
    keyOrder: topLevelOrder(definition),
    nodes,
    edges,
    layout: {
      keyOrder: plainLayout ? null : layoutKeys,
      rest,
      nodeOrder: sameOrder(nodeOrder, naturalOrder) ? null : nodeOrder,
      orphans,
    },
  };
}

/** The top-level keys; a trailing 'layout' is left out, since the layout is written last when it is not placed. */
function topLevelOrder(definition: WorkflowDefinition): string[] {
  const keys = Object.keys(definition);
  return keys.at(-1) === 'layout' ? keys.slice(0, -1) : keys;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function writeActivity(node: GraphNode): ActivityDefinition {
  const activity = clone(node.activity);
  if (activity.id !== node.id) activity.id = node.id;
  return activity;
}

function writeConnection(edge: GraphEdge): ConnectionDefinition {
  const connection = clone(edge.connection);
  connection.from = edge.source;
  connection.to = edge.target;
  if ('outcome' in connection || edge.outcome !== defaultOutcome) {
    connection.outcome = edge.outcome;
  }
  return connection;
}

function layoutEntry(node: GraphNode): LayoutPosition {
  return { x: node.position.x, y: node.position.y, ...(node.layoutExtra ?? {}) };
}

function writeLayout(graph: FlowGraph): JsonObject | undefined {
  const placed = graph.nodes.filter((n) => n.placed || n.layoutExtra);
  const { keyOrder, rest, orphans } = graph.layout;
  const hadNodes = keyOrder?.includes('nodes') ?? false;
  if (keyOrder === null && placed.length === 0 && Object.keys(orphans).length === 0) return undefined;
  const nodeOrder = graph.layout.nodeOrder ?? [...placed.map((n) => n.id), ...Object.keys(orphans)];

  const byId = new Map(placed.map((n) => [n.id, n]));
  const nodes: Record<string, LayoutPosition> = {};
  for (const id of nodeOrder) {
    const node = byId.get(id);
    if (node) nodes[id] = node.placed ? layoutEntry(node) : (clone(node.layoutExtra) as LayoutPosition);
    else if (orphans[id]) nodes[id] = clone(orphans[id]);
  }
  for (const node of placed) if (!(node.id in nodes)) nodes[node.id] = layoutEntry(node);

  const writeNodes = hadNodes || Object.keys(nodes).length > 0;
  const layout: JsonObject = {};
  for (const key of keyOrder ?? ['nodes']) {
    if (key === 'nodes') {
      if (writeNodes) layout.nodes = nodes as unknown as Json;
    } else if (key in rest) layout[key] = clone(rest[key]);
  }
  for (const [key, value] of Object.entries(rest)) if (!(key in layout)) layout[key] = clone(value);
  if (writeNodes && !('nodes' in layout)) layout.nodes = nodes as unknown as Json;
  return layout;
}

/** Writes a graph back as a definition: the fields it was read with, in their order, with the graph's changes. */
export function graphToDefinition(graph: FlowGraph): WorkflowDefinition {
  const parts: Record<string, Json | undefined> = {
    activities: graph.nodes.map(writeActivity) as unknown as Json,
    connections: graph.edges.map(writeConnection) as unknown as Json,
    layout: writeLayout(graph),
  };
  const out: Record<string, Json> = {};
  const order = [...graph.keyOrder];
  for (const key of ['activities', 'connections', 'layout']) if (!order.includes(key)) order.push(key);
  for (const key of Object.keys(graph.meta)) if (!order.includes(key)) order.push(key);
  for (const key of order) {
    if (graphFields.has(key)) {
      if (parts[key] !== undefined) out[key] = parts[key] as Json;
    } else if (key in graph.meta) out[key] = clone(graph.meta[key]);
  }
  return out as unknown as WorkflowDefinition;
}
