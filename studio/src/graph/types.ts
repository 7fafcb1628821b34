/**
 * The workflow definition as the server stores it (docs/definition-format.md) and the graph the canvas edits.
 * Every object keeps the fields it does not name, so nothing the designer does not understand is lost.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ActivityDefinition {
  id: string;
  type: string;
  name?: string;
  properties?: JsonObject;
  [key: string]: Json | undefined;
}

export interface ConnectionDefinition {
  from: string;
  to: string;
  outcome?: string;
  [key: string]: Json | undefined;
}

export interface LayoutPosition {
  x: number;
  y: number;
  [key: string]: Json | undefined;
}

export interface WorkflowDefinition {
  definitionId: string;
  name?: string;
  version?: number;
  activities: ActivityDefinition[];
  connections: ConnectionDefinition[];
  layout?: { nodes?: Record<string, LayoutPosition>; [key: string]: unknown };
  [key: string]: unknown;
}

export const defaultOutcome = 'Done';

export interface GraphNode {
  /** The activity id. */
  id: string;
  /** The activity, whole; its `id` equals the node's. */
  activity: ActivityDefinition;
  position: { x: number; y: number };
  /** Whether the definition's layout places this node (false: a provisional place, not written back). */
  placed: boolean;
  /** Fields of the node's layout entry besides x and y. */
  layoutExtra?: JsonObject;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  outcome: string;
  /** The connection, whole, as it was read (from/to/outcome are overwritten from source/target/outcome). */
  connection: ConnectionDefinition;
}

export interface FlowGraph {
  /** Top-level fields other than activities, connections and layout, in their order. */
  meta: JsonObject;
  /** The order of the definition's top-level keys, so the document is written back as it was read. */
  keyOrder: string[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The layout section without positions; `nodeOrder` is the order of layout.nodes' keys. */
  layout: {
    /**
     * The layout section's keys in order ('nodes' included when it had one); null when there was no layout or it
     * was just `{ "nodes": {...} }` (then it is written when some node is placed).
     */
    keyOrder: string[] | null;
    rest: JsonObject;
    /** The order of layout.nodes' keys as read; null when it was the activities' order followed by orphans. */
    nodeOrder: string[] | null;
    /** Layout entries of ids that are not activities: kept, not shown. */
    orphans: Record<string, LayoutPosition>;
  };
}

/** One entry of the server's activity catalogue (`activityTypes`). */
export interface ActivityType {
  type: string;
  displayName: string;
  category: string;
  description: string;
  properties: PropertyType[];
  outcomes: {
    fixed: string[];
    dynamic: DynamicOutcomes[];
    terminal: boolean;
  };
}

export type PropertyKind =
  | 'TEXT' | 'EXPRESSION' | 'CONDITION' | 'DURATION' | 'INSTANT' | 'CRON' | 'BOOLEAN' | 'NUMBER'
  | 'STRING_LIST' | 'JSON' | 'SCRIPT' | 'FORM_FIELDS' | 'CASES' | 'CHOICE';

export interface PropertyType {
  name: string;
  kind: PropertyKind;
  required: boolean;
  description: string | null;
  default: Json | null;
  choices: string[] | null;
}

/**
 * How a property adds outcomes: each item of a string list, each case's `outcome`, the property's value (or its
 * default) when another property is set, or a fixed outcome when a boolean property is true.
 */
export interface DynamicOutcomes {
  property: string;
  kind: 'EACH_ITEM' | 'EACH_CASE' | 'VALUE_WHEN_SET' | 'FIXED_WHEN_TRUE';
  whenSet: string | null;
  outcome: string | null;
  description: string;
}
