import { describe, expect, it } from 'vitest';
import { connectionKey, pathTaken, type FlowConnection, type JournalStep } from './pathTaken';

const connections: FlowConnection[] = [
  { from: 'start', outcome: 'Done', to: 'review' },
  { from: 'review', outcome: 'Approve', to: 'publish' },
  { from: 'review', outcome: 'Reject', to: 'end' },
  { from: 'publish', outcome: 'Done', to: 'end' },
];

let sequence = 0;
const step = (activityId: string, event: string, outcome: string | null = null): JournalStep => ({ sequence: ++sequence, activityId, event, outcome });

describe('pathTaken', () => {
  it('highlights the entered activities and the outcome followed, and marks the current wait', () => {
    const journal = [
      step('start', 'ActivityEntered'), step('start', 'ActivityCompleted', 'Done'),
      step('review', 'ActivityEntered'), step('review', 'ActivityWaiting'), step('review', 'ActivityResumed'),
      step('review', 'ActivityCompleted', 'Approve'),
      step('publish', 'ActivityEntered'), step('publish', 'ActivityWaiting'),
    ];
    const path = pathTaken(journal, connections);
    expect([...path.activities].sort()).toEqual(['publish', 'review', 'start']);
    expect([...path.connections].sort()).toEqual([connectionKey(connections[1]), connectionKey(connections[0])].sort());
    expect(path.connections.has(connectionKey(connections[2]))).toBe(false);
    expect([...path.waiting]).toEqual(['publish']);
  });

  it('does not count a connection whose target was entered only before the outcome', () => {
    const journal = [step('end', 'ActivityEntered'), step('review', 'ActivityEntered'), step('review', 'ActivityCompleted', 'Reject')];
    expect(pathTaken(journal, connections).connections.size).toBe(0);
  });

  it('follows every branch of a fork, whose outcomes the journal joins with commas', () => {
    const fork: FlowConnection[] = [{ from: 'fork', outcome: 'A', to: 'a' }, { from: 'fork', outcome: 'B', to: 'b' }];
    const journal = [step('fork', 'ActivityEntered'), step('fork', 'ActivityCompleted', 'A,B'), step('a', 'ActivityEntered'), step('b', 'ActivityEntered')];
    expect(pathTaken(journal, fork).connections.size).toBe(2);
  });

  it('marks an activity whose last event is a fault', () => {
    const journal = [step('publish', 'ActivityEntered'), step('publish', 'ActivityFaulted')];
    expect([...pathTaken(journal, connections).faulted]).toEqual(['publish']);
  });
});
