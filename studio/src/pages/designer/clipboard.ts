import type { GraphEdge, GraphNode } from '../../graph';

/** Copied activities stay in the page, so they can be pasted into another definition too. */
let copied: { nodes: GraphNode[]; edges: GraphEdge[] } | null = null;

export const clipboard = {
  get: () => copied,
  set: (value: { nodes: GraphNode[]; edges: GraphEdge[] }) => {
    copied = value;
  },
};
