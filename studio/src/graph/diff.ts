import { defaultOutcome, type ActivityDefinition, type ConnectionDefinition, type Json, type WorkflowDefinition } from './types';

export interface ActivityChange {
  id: string;
  before: ActivityDefinition;
  after: ActivityDefinition;
  /** What differs: `type`, `name`, `properties.<name>`, or another field of the activity. */
  fields: string[];
}

export interface ConnectionChange {
  /** `from.outcome`: a connection is identified by where it leaves. */
  key: string;
  before: ConnectionDefinition;
  after: ConnectionDefinition;
}

export interface DefinitionDiff {
  addedActivities: ActivityDefinition[];
  removedActivities: ActivityDefinition[];
  changedActivities: ActivityChange[];
  addedConnections: ConnectionDefinition[];
  removedConnections: ConnectionDefinition[];
  /** Connections leaving the same activity by the same outcome that now lead elsewhere. */
  retargetedConnections: ConnectionChange[];
  /** Top-level fields that differ (name, description, variables, inputs, …); layout is not compared. */
  changedFields: string[];
  /** Activities that only moved on the canvas. */
  movedActivities: string[];
}

export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (typeof a === 'object') {
    if (typeof b !== 'object' || Array.isArray(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameJson(a[key], b[key])) return false;
    return true;
  }
  return false;
}

function activityFields(before: ActivityDefinition, after: ActivityDefinition): string[] {
  const fields: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'properties') {
      const a = before.properties ?? {};
      const b = after.properties ?? {};
      for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) if (!sameJson(a[name], b[name])) fields.push(`properties.${name}`);
    } else if (!sameJson(before[key], after[key])) fields.push(key);
  }
  return fields;
}

const connectionKey = (c: ConnectionDefinition) => `${c.from}.${c.outcome ?? defaultOutcome}->${c.to}`;
const exitKey = (c: ConnectionDefinition) => `${c.from}.${c.outcome ?? defaultOutcome}`;

/** What changed from `before` to `after`: activities by id, connections by source, outcome and target. */
export function diffDefinitions(before: WorkflowDefinition, after: WorkflowDefinition): DefinitionDiff {
  const beforeById = new Map(before.activities.map((a) => [a.id, a]));
  const afterById = new Map(after.activities.map((a) => [a.id, a]));
  const changedActivities: ActivityChange[] = [];
  for (const activity of after.activities) {
    const old = beforeById.get(activity.id);
    if (!old) continue;
    const fields = activityFields(old, activity);
    if (fields.length > 0) changedActivities.push({ id: activity.id, before: old, after: activity, fields });
  }

  const beforeKeys = new Set(before.connections.map(connectionKey));
  const afterKeys = new Set(after.connections.map(connectionKey));
  let added = after.connections.filter((c) => !beforeKeys.has(connectionKey(c)));
  let removed = before.connections.filter((c) => !afterKeys.has(connectionKey(c)));
  const retargetedConnections: ConnectionChange[] = [];
  for (const connection of [...added]) {
    const old = removed.find((r) => exitKey(r) === exitKey(connection));
    if (!old) continue;
    retargetedConnections.push({ key: exitKey(connection), before: old, after: connection });
    added = added.filter((c) => c !== connection);
    removed = removed.filter((c) => c !== old);
  }

  const topKeys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changedFields = [...topKeys].filter(
    (key) => !['activities', 'connections', 'layout', 'version'].includes(key) && !sameJson(before[key] as Json | undefined, after[key] as Json | undefined),
  );

  const beforeNodes = before.layout?.nodes ?? {};
  const afterNodes = after.layout?.nodes ?? {};
  const movedActivities = after.activities
    .filter((a) => beforeById.has(a.id) && beforeNodes[a.id] && afterNodes[a.id])
    .filter((a) => beforeNodes[a.id].x !== afterNodes[a.id].x || beforeNodes[a.id].y !== afterNodes[a.id].y)
    .map((a) => a.id);

  return {
    addedActivities: after.activities.filter((a) => !beforeById.has(a.id)),
    removedActivities: before.activities.filter((a) => !afterById.has(a.id)),
    changedActivities,
    addedConnections: added,
    removedConnections: removed,
    retargetedConnections,
    changedFields,
    movedActivities,
  };
}

export function isEmptyDiff(diff: DefinitionDiff): boolean {
  return (
    diff.addedActivities.length + diff.removedActivities.length + diff.changedActivities.length +
      diff.addedConnections.length + diff.removedConnections.length + diff.retargetedConnections.length +
      diff.changedFields.length === 0
  );
}
