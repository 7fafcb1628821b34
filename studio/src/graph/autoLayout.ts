import type { ELK as ElkEngine } from 'elkjs/lib/elk-api';
import type { FlowGraph } from './types';

export const nodeWidth = 200;
export const nodeHeight = 72;

let elk: ElkEngine | null = null;

/** ELK is large: it is loaded the first time a definition needs laying out, not with the page. */
async function engine(): Promise<ElkEngine> {
  if (!elk) {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    elk = new ELK();
  }
  return elk;
}

/**
 * Places every node with ELK's layered algorithm, top to bottom, and marks the nodes placed so the positions are
 * written to the definition's layout. Returns a new graph; the input is not changed.
 */
export async function autoLayout(graph: FlowGraph, onlyUnplaced = false): Promise<FlowGraph> {
  const elk = await engine();
  const ids = new Set(graph.nodes.map((n) => n.id));
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '60',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: nodeWidth, height: nodeHeight })),
    edges: graph.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const positions = new Map((result.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
  return {
    ...graph,
    nodes: graph.nodes.map((n) =>
      onlyUnplaced && n.placed ? n : { ...n, position: positions.get(n.id) ?? n.position, placed: true },
    ),
  };
}

/** Whether the definition had no usable layout: every node still sits on its provisional place. */
export function needsLayout(graph: FlowGraph): boolean {
  return graph.nodes.length > 0 && graph.nodes.every((n) => !n.placed);
}
