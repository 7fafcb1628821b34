import type { WorkflowDefinition } from './types';

/** A server problem located on the canvas: the node, the property of it, the connection, or the definition's field. */
export interface ProblemTarget {
  activityId?: string;
  /** The property name under `properties` (its first segment: `formFields` for `properties.formFields[1].type`). */
  property?: string;
  /** The rest of the path below the property, e.g. `[1].type`. */
  detail?: string;
  /** A field of the activity itself: `id`, `type`, `name`. */
  activityField?: string;
  connectionIndex?: number;
  connectionField?: string;
  /** A top-level field (`variables`, `inputs`, `startCron`…) or '' for the whole document. */
  field?: string;
}

export interface LocatedProblem extends ProblemTarget {
  path: string;
  message: string;
}

const activityPath = /^\$\.activities\[(\d+)\](?:\.([A-Za-z_$][\w$]*))?(?:\.([A-Za-z_$][\w$-]*))?(.*)$/;
const connectionPath = /^\$\.connections\[(\d+)\](?:\.(\w+))?/;

/**
 * Maps a validation path such as `$.activities[3].properties.deadline` to what it points at, using the definition
 * that was validated (indexes refer to its arrays).
 */
export function locateProblem(definition: WorkflowDefinition, path: string): ProblemTarget {
  const activity = activityPath.exec(path);
  if (activity) {
    const index = Number(activity[1]);
    const id = definition.activities?.[index]?.id;
    const target: ProblemTarget = { activityId: typeof id === 'string' ? id : undefined };
    if (activity[2] === 'properties') {
      if (activity[3]) target.property = activity[3];
      if (activity[4]) target.detail = activity[4];
    } else if (activity[2]) target.activityField = activity[2];
    return target;
  }
  const connection = connectionPath.exec(path);
  if (connection) {
    const index = Number(connection[1]);
    const found = definition.connections?.[index];
    return {
      connectionIndex: index,
      connectionField: connection[2],
      activityId: connection[2] === 'to' ? found?.to : found?.from,
    };
  }
  const field = /^\$\.?([A-Za-z_$][\w$]*)?/.exec(path)?.[1] ?? '';
  return { field };
}

export function locateProblems(definition: WorkflowDefinition, problems: readonly { path: string; message: string }[]): LocatedProblem[] {
  return problems.map((p) => ({ ...p, ...locateProblem(definition, p.path) }));
}

/** Problems grouped by activity id, for marking nodes. */
export function problemsByActivity(problems: readonly LocatedProblem[]): Map<string, LocatedProblem[]> {
  const map = new Map<string, LocatedProblem[]>();
  for (const problem of problems) {
    if (!problem.activityId) continue;
    const list = map.get(problem.activityId) ?? [];
    list.push(problem);
    map.set(problem.activityId, list);
  }
  return map;
}
