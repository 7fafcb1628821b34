import { defaultOutcome, type ActivityDefinition, type ActivityType, type FlowGraph, type Json } from './types';

function propertyValue(activity: ActivityDefinition, type: ActivityType, name: string): Json | undefined {
  const value = activity.properties?.[name];
  if (value !== undefined && value !== null) return value;
  return type.properties.find((p) => p.name === name)?.default ?? undefined;
}

/**
 * The outcomes an activity configured like this can produce, following the catalogue's rules (the same the server's
 * validator applies). Without a catalogue entry it is `Done`, the engine's default.
 */
export function outcomesOf(activity: ActivityDefinition, type: ActivityType | undefined): string[] {
  if (!type) return [defaultOutcome];
  if (type.outcomes.terminal) return [];
  const outcomes: string[] = [];
  for (const rule of type.outcomes.dynamic) {
    const value = propertyValue(activity, type, rule.property);
    switch (rule.kind) {
      case 'EACH_ITEM':
        if (Array.isArray(value)) for (const item of value) if (typeof item === 'string' && item) outcomes.push(item);
        break;
      case 'EACH_CASE':
        if (Array.isArray(value))
          for (const item of value)
            if (item && typeof item === 'object' && !Array.isArray(item) && typeof item.outcome === 'string' && item.outcome) outcomes.push(item.outcome);
        break;
      case 'VALUE_WHEN_SET': {
        const trigger = rule.whenSet ? activity.properties?.[rule.whenSet] : null;
        if (trigger !== undefined && trigger !== null && trigger !== '' && typeof value === 'string' && value) outcomes.push(value);
        break;
      }
      case 'FIXED_WHEN_TRUE':
        if (value === true && rule.outcome) outcomes.push(rule.outcome);
        break;
    }
  }
  outcomes.push(...type.outcomes.fixed);
  return [...new Set(outcomes)];
}

/** An outcome handle of a node: `known` is false for one a connection uses but the activity cannot produce. */
export interface OutcomeHandle {
  outcome: string;
  known: boolean;
  connected: boolean;
}

/** Every handle a node shows: what it can produce, then outcomes its connections use that it cannot. */
export function outcomeHandles(graph: FlowGraph, nodeId: string, catalogue: ReadonlyMap<string, ActivityType>): OutcomeHandle[] {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) return [];
  const used = new Set(graph.edges.filter((e) => e.source === nodeId).map((e) => e.outcome));
  const known = outcomesOf(node.activity, catalogue.get(node.activity.type));
  const handles = known.map((outcome) => ({ outcome, known: true, connected: used.has(outcome) }));
  for (const outcome of used) if (!known.includes(outcome)) handles.push({ outcome, known: false, connected: true });
  return handles;
}
