import { uniqueActivityId, type ActivityDefinition, type ActivityType, type FlowGraph, type JsonObject } from '../../graph';

/**
 * A fresh activity of a type: required lists of outcomes start with one (so the node has a handle to connect),
 * everything else is left for the author, and validation says what is missing.
 */
export function newActivity(graph: FlowGraph, type: ActivityType | undefined, typeName: string): ActivityDefinition {
  const properties: JsonObject = {};
  for (const property of type?.properties ?? []) {
    if (!property.required || property.kind !== 'STRING_LIST') continue;
    properties[property.name] = property.name === 'branches' ? ['A', 'B'] : ['Done'];
  }
  return { id: uniqueActivityId(graph, typeName), type: typeName, name: type?.displayName ?? typeName, properties };
}
