import { uniqueEdgeId } from './convert';
import type { ActivityDefinition, FlowGraph, GraphEdge, GraphNode, Json } from './types';

/**
 * Pure edits of a graph: each returns a new graph and leaves its input alone, so the designer keeps every state
 * for undo and React sees a new object.
 */

export function uniqueActivityId(graph: FlowGraph, base: string): string {
  const words = base.split(/[^A-Za-z0-9_-]+/).filter(Boolean);
  const camel = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  const first = camel.replace(/^[^A-Za-z_]+/, '') || 'step';
  const used = new Set(graph.nodes.map((n) => n.id));
  if (!used.has(first)) return first;
  let n = 2;
  while (used.has(`${first}${n}`)) n++;
  return `${first}${n}`;
}

export function addNode(graph: FlowGraph, activity: ActivityDefinition, position: { x: number; y: number }): FlowGraph {
  const node: GraphNode = { id: activity.id, activity, position, placed: true };
  return { ...graph, nodes: [...graph.nodes, node] };
}

export function moveNodes(graph: FlowGraph, moves: ReadonlyMap<string, { x: number; y: number }>): FlowGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const to = moves.get(n.id);
      return to ? { ...n, position: { x: Math.round(to.x), y: Math.round(to.y) }, placed: true } : n;
    }),
  };
}

export function removeElements(graph: FlowGraph, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): FlowGraph {
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: graph.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
  };
}

/** Connects an outcome of `source` to `target`. An outcome leads to one place: an existing edge from it is replaced. */
export function connect(graph: FlowGraph, source: string, outcome: string, target: string): FlowGraph {
  const kept = graph.edges.filter((e) => !(e.source === source && e.outcome === outcome));
  const edge: GraphEdge = {
    id: uniqueEdgeId(kept, source, outcome, target),
    source,
    target,
    outcome,
    connection: { from: source, outcome, to: target },
  };
  return { ...graph, edges: [...kept, edge] };
}

/** Replaces one activity (properties, name…) keeping its place in the list. */
export function updateActivity(graph: FlowGraph, id: string, change: (activity: ActivityDefinition) => ActivityDefinition): FlowGraph {
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? { ...n, activity: change(n.activity) } : n)) };
}

export function setProperty(graph: FlowGraph, id: string, name: string, value: Json | undefined): FlowGraph {
  return updateActivity(graph, id, (activity) => {
    const properties = { ...(activity.properties ?? {}) };
    if (value === undefined) delete properties[name];
    else properties[name] = value;
    return { ...activity, properties };
  });
}

/** Renames an activity, following every connection and its layout entry. */
export function renameActivity(graph: FlowGraph, from: string, to: string): FlowGraph {
  if (from === to || graph.nodes.some((n) => n.id === to)) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === from ? { ...n, id: to, activity: { ...n.activity, id: to } } : n)),
    edges: graph.edges.map((e) =>
      e.source === from || e.target === from
        ? { ...e, source: e.source === from ? to : e.source, target: e.target === from ? to : e.target }
        : e,
    ),
  };
}

/** The selected nodes and the edges between them, as a clipboard payload. */
export function copySelection(graph: FlowGraph, nodeIds: ReadonlySet<string>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: structuredClone(graph.nodes.filter((n) => nodeIds.has(n.id))),
    edges: structuredClone(graph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))),
  };
}

/** Pastes copied nodes under fresh ids, shifted so they do not cover the originals; returns the new ids too. */
export function paste(graph: FlowGraph, clip: { nodes: GraphNode[]; edges: GraphEdge[] }, offset = 40): { graph: FlowGraph; ids: string[] } {
  let next = graph;
  const renamed = new Map<string, string>();
  for (const node of clip.nodes) {
    const id = uniqueActivityId(next, node.id);
    renamed.set(node.id, id);
    next = addNode(next, { ...structuredClone(node.activity), id }, { x: node.position.x + offset, y: node.position.y + offset });
  }
  for (const edge of clip.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (source && target) next = connect(next, source, edge.outcome, target);
  }
  return { graph: next, ids: [...renamed.values()] };
}
