import { describe, expect, it } from 'vitest';
import { locateProblem, locateProblems, problemsByActivity } from './validationPaths';
import { readWorkflow } from './testWorkflows';

const definition = readWorkflow('service-request');
const index = (id: string) => definition.activities.findIndex((a) => a.id === id);

describe('locateProblem', () => {
  it('Should_point_a_property_path_at_its_activity_and_property', () => {
    expect(locateProblem(definition, `$.activities[${index('handle')}].properties.deadline`)).toEqual({ activityId: 'handle', property: 'deadline' });
  });

  it('Should_point_a_nested_property_path_at_the_property_with_the_rest_as_detail', () => {
    expect(locateProblem(definition, `$.activities[${index('dispatch')}].properties.formFields[0].type`)).toEqual({
      activityId: 'dispatch', property: 'formFields', detail: '[0].type',
    });
  });

  it('Should_point_an_activity_path_at_the_node_and_an_id_path_at_its_field', () => {
    expect(locateProblem(definition, `$.activities[${index('rate')}]`)).toEqual({ activityId: 'rate' });
    expect(locateProblem(definition, `$.activities[${index('rate')}].type`)).toEqual({ activityId: 'rate', activityField: 'type' });
  });

  it('Should_point_a_connection_path_at_the_connection_and_the_activity_it_names', () => {
    const c = definition.connections[4];
    expect(locateProblem(definition, '$.connections[4].outcome')).toEqual({ connectionIndex: 4, connectionField: 'outcome', activityId: c.from });
    expect(locateProblem(definition, '$.connections[4].to')).toEqual({ connectionIndex: 4, connectionField: 'to', activityId: c.to });
  });

  it('Should_point_other_paths_at_the_top_level_field', () => {
    expect(locateProblem(definition, '$.variables[2].name')).toEqual({ field: 'variables' });
    expect(locateProblem(definition, '$')).toEqual({ field: '' });
  });

  it('Should_group_problems_by_activity_for_marking_nodes', () => {
    const located = locateProblems(definition, [
      { path: `$.activities[${index('handle')}].properties.deadline`, message: 'bad duration' },
      { path: `$.activities[${index('handle')}]`, message: 'unreachable' },
      { path: '$.startCron', message: 'bad cron' },
    ]);
    const grouped = problemsByActivity(located);
    expect([...grouped.keys()]).toEqual(['handle']);
    expect(grouped.get('handle')!.map((p) => p.message)).toEqual(['bad duration', 'unreachable']);
  });
});
