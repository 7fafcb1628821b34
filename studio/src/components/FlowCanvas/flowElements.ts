import { MarkerType, type Edge } from '@xyflow/react';
import { outcomesOf, type ActivityType, type FlowGraph, type GraphEdge, type GraphNode, type LocatedProblem, type OutcomeHandle } from '../../graph';
import type { ActivityFlowNode, ActivityNodeData } from './ActivityNode';

export interface PathHighlight {
  /** Activities the instance went through. */
  activities: readonly string[];
  /** Connections it followed; without them, every edge between two visited activities is highlighted. */
  connections?: readonly { from: string; outcome?: string; to: string }[];
  /** Activities waiting now (a task, a timer, a signal). */
  waiting?: readonly string[];
}

export interface ElementInputs {
  graph: FlowGraph;
  catalogue: ReadonlyMap<string, ActivityType>;
  problems: ReadonlyMap<string, readonly LocatedProblem[]>;
  highlight?: PathHighlight;
  editable: boolean;
  waitingLabel: string;
  marks?: ReadonlyMap<string, string>;
}

function handlesFor(node: GraphNode, used: ReadonlySet<string>, catalogue: ReadonlyMap<string, ActivityType>): OutcomeHandle[] {
  const known = outcomesOf(node.activity, catalogue.get(node.activity.type));
  const handles = known.map((outcome) => ({ outcome, known: true, connected: used.has(outcome) }));
  for (const outcome of used) if (!known.includes(outcome)) handles.push({ outcome, known: false, connected: true });
  return handles;
}

function sameHandles(a: OutcomeHandle[], b: OutcomeHandle[]): boolean {
  return a.length === b.length && a.every((h, i) => h.outcome === b[i].outcome && h.known === b[i].known && h.connected === b[i].connected);
}

function sameData(a: ActivityNodeData, b: ActivityNodeData): boolean {
  return (
    a.label === b.label && a.typeName === b.typeName && a.category === b.category && a.visited === b.visited &&
    a.waiting === b.waiting && a.mark === b.mark && a.isStart === b.isStart && a.editable === b.editable && a.waitingLabel === b.waitingLabel &&
    a.problems.length === b.problems.length && a.problems.every((p, i) => p === b.problems[i]) && sameHandles(a.handles, b.handles)
  );
}

/**
 * Builds React Flow nodes from the graph, reusing the previous node objects whose content did not change, so a
 * move of one node re-renders one node (what keeps a 200-activity definition responsive).
 */
export function buildNodes(inputs: ElementInputs, previous: ReadonlyMap<string, ActivityFlowNode>): ActivityFlowNode[] {
  const { graph, catalogue, problems, highlight } = inputs;
  const usedBySource = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    const set = usedBySource.get(edge.source) ?? new Set<string>();
    set.add(edge.outcome);
    usedBySource.set(edge.source, set);
  }
  const visited = new Set(highlight?.activities ?? []);
  const waiting = new Set(highlight?.waiting ?? []);
  return graph.nodes.map((node) => {
    const type = catalogue.get(node.activity.type);
    const data: ActivityNodeData = {
      label: node.activity.name ?? node.id,
      typeName: type?.displayName ?? node.activity.type,
      category: type?.category ?? 'Other',
      handles: handlesFor(node, usedBySource.get(node.id) ?? new Set(), catalogue),
      problems: (problems.get(node.id) ?? []).map((p) => p.message),
      visited: visited.has(node.id),
      waiting: waiting.has(node.id),
      isStart: node.activity.type === 'Start',
      editable: inputs.editable,
      waitingLabel: inputs.waitingLabel,
      mark: inputs.marks?.get(node.id) ?? null,
    };
    const old = previous.get(node.id);
    if (old && old.position.x === node.position.x && old.position.y === node.position.y && sameData(old.data, data)) return old;
    return {
      id: node.id,
      type: 'activity',
      position: node.position,
      data: old && sameData(old.data, data) ? old.data : data,
      selected: old?.selected,
      draggable: inputs.editable,
      connectable: inputs.editable,
      deletable: inputs.editable,
    };
  });
}

export function buildEdges(inputs: ElementInputs, previous: ReadonlyMap<string, Edge>): Edge[] {
  const { graph, highlight } = inputs;
  const visited = new Set(highlight?.activities ?? []);
  const taken = highlight?.connections
    ? new Set(highlight.connections.map((c) => `${c.from}.${c.outcome ?? 'Done'}->${c.to}`))
    : null;
  const isTaken = (e: GraphEdge) =>
    highlight ? (taken ? taken.has(`${e.source}.${e.outcome}->${e.target}`) : visited.has(e.source) && visited.has(e.target)) : false;
  return graph.edges.map((e) => {
    const followed = isTaken(e);
    const old = previous.get(e.id);
    const className = followed ? 'taken' : highlight ? 'not-taken' : undefined;
    if (old && old.source === e.source && old.target === e.target && old.sourceHandle === e.outcome && old.className === className) return old;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      sourceHandle: e.outcome,
      label: e.outcome,
      type: 'smoothstep',
      className,
      animated: followed,
      markerEnd: { type: MarkerType.ArrowClosed },
      selected: old?.selected,
      deletable: inputs.editable,
      data: { taken: followed },
    };
  });
}
