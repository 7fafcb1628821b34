import { describe, expect, it } from 'vitest';
import { catalogueMap } from './catalogueFixture';
import { definitionToGraph } from './convert';
import { outcomeHandles, outcomesOf } from './outcomes';
import type { ActivityDefinition } from './types';

const of = (activity: Omit<ActivityDefinition, 'id'>) => outcomesOf({ ...activity, id: 'a' } as ActivityDefinition, catalogueMap.get(activity.type as string));

describe('outcomesOf', () => {
  it('Should_give_a_human_task_its_outcomes_and_the_deadline_outcome_only_with_a_deadline', () => {
    expect(of({ type: 'HumanTask', properties: { outcomes: ['Approved', 'Rejected'] } })).toEqual(['Approved', 'Rejected']);
    expect(of({ type: 'HumanTask', properties: { outcomes: ['Approved'], deadline: 'PT2H' } })).toEqual(['Approved', 'Overdue']);
    expect(of({ type: 'HumanTask', properties: { outcomes: ['Approved'], deadline: 'PT2H', deadlineOutcome: 'Late' } })).toEqual(['Approved', 'Late']);
  });

  it('Should_give_a_switch_its_cases_then_default_and_a_waiting_child_workflow_cancelled', () => {
    expect(of({ type: 'Switch', properties: { cases: [{ outcome: 'Red', condition: 'x' }, { outcome: 'Blue', condition: 'y' }] } })).toEqual(['Red', 'Blue', 'Default']);
    expect(of({ type: 'StartWorkflow', properties: {} })).toEqual(['Done']);
    expect(of({ type: 'StartWorkflow', properties: { wait: true } })).toEqual(['Cancelled', 'Done']);
  });

  it('Should_use_a_property_default_and_give_end_no_outcomes', () => {
    expect(of({ type: 'Script', properties: {} })).toEqual(['Done']);
    expect(of({ type: 'End', properties: {} })).toEqual([]);
    expect(of({ type: 'Unknown', properties: {} })).toEqual(['Done']);
  });

  it('Should_show_a_used_outcome_the_activity_cannot_produce_as_an_unknown_handle', () => {
    const graph = definitionToGraph({
      definitionId: 'x',
      activities: [{ id: 's', type: 'Start' }, { id: 't', type: 'HumanTask', properties: { outcomes: ['Ok', 'No'] } }, { id: 'e', type: 'End' }],
      connections: [{ from: 's', to: 't' }, { from: 't', outcome: 'Ok', to: 'e' }, { from: 't', outcome: 'Gone', to: 'e' }],
    });
    expect(outcomeHandles(graph, 't', catalogueMap)).toEqual([
      { outcome: 'Ok', known: true, connected: true },
      { outcome: 'No', known: true, connected: false },
      { outcome: 'Gone', known: false, connected: true },
    ]);
  });
});
