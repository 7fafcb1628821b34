/** One journal entry as the instances page reads it (`workflowInstance { journal { ... } }`). */
export interface JournalStep {
  sequence: number;
  activityId: string | null;
  event: string;
  outcome: string | null;
}

/** A connection of a definition: `from`'s `outcome` leads to `to`. */
export interface FlowConnection {
  from: string;
  outcome?: string | null;
  to: string;
}

export interface PathTaken {
  /** Activities the instance entered at least once. */
  activities: Set<string>;
  /** Connections it followed, keyed by {@link connectionKey}. */
  connections: Set<string>;
  /** Activities it waits in now: their last journal event is a wait. */
  waiting: Set<string>;
  /** Activities whose last journal event is a fault. */
  faulted: Set<string>;
}

export const connectionKey = (c: FlowConnection) => `${c.from}:${c.outcome ?? 'Done'}->${c.to}`;

/**
 * Reads the path an instance took from its journal: an activity completed with an outcome followed the connections
 * of that outcome whose target it entered afterwards (a fork follows several; a loop counts each connection once).
 */
export function pathTaken(journal: JournalStep[], connections: FlowConnection[]): PathTaken {
  const steps = [...journal].sort((a, b) => a.sequence - b.sequence);
  const activities = new Set<string>();
  const taken = new Set<string>();
  const last = new Map<string, string>();
  const enteredAt = new Map<string, number[]>();
  for (const step of steps) {
    if (!step.activityId) continue;
    last.set(step.activityId, step.event);
    if (step.event === 'ActivityEntered') {
      activities.add(step.activityId);
      enteredAt.set(step.activityId, [...(enteredAt.get(step.activityId) ?? []), step.sequence]);
    }
  }
  for (const step of steps) {
    if (step.event !== 'ActivityCompleted' || !step.activityId) continue;
    // A fork completes with all its branches at once: the journal joins them with commas.
    const outcomes = (step.outcome ?? 'Done').split(',');
    for (const c of connections) {
      if (c.from !== step.activityId || !outcomes.includes(c.outcome ?? 'Done')) continue;
      if ((enteredAt.get(c.to) ?? []).some((s) => s > step.sequence)) taken.add(connectionKey(c));
    }
  }
  const having = (event: string) => new Set([...last].filter(([, e]) => e === event).map(([id]) => id));
  return { activities, connections: taken, waiting: having('ActivityWaiting'), faulted: having('ActivityFaulted') };
}
