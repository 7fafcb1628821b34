import { describe, expect, it } from 'vitest';
import { definitionToGraph, graphToDefinition } from './convert';
import { diffDefinitions, isEmptyDiff } from './diff';
import { addNode, connect, moveNodes, removeElements, setProperty } from './edit';
import { builtInNames, readWorkflow } from './testWorkflows';

describe('diffDefinitions', () => {
  it.each(builtInNames)('Should_find_no_difference_between_%s_and_itself', (name) => {
    expect(isEmptyDiff(diffDefinitions(readWorkflow(name), readWorkflow(name)))).toBe(true);
  });

  it('Should_list_the_supervisor_review_step_added_between_reporting_and_rating', () => {
    const before = readWorkflow('service-request');
    let graph = definitionToGraph(before);
    const report = graph.edges.find((e) => e.source === 'reportResult')!;
    graph = addNode(graph, { id: 'supervisorReview', type: 'HumanTask', properties: { title: 'Review', assigneeRole: 'supervisor', outcomes: ['Approved'] } }, { x: 0, y: 0 });
    graph = connect(graph, 'reportResult', report.outcome, 'supervisorReview');
    graph = connect(graph, 'supervisorReview', 'Approved', report.target);
    graph = setProperty(graph, 'handle', 'deadline', 'P9D');
    graph = moveNodes(graph, new Map([['rate', { x: 999, y: 999 }]]));
    const diff = diffDefinitions(before, graphToDefinition(graph));

    expect(diff.addedActivities.map((a) => a.id)).toEqual(['supervisorReview']);
    expect(diff.removedActivities).toEqual([]);
    expect(diff.changedActivities.map((c) => [c.id, c.fields])).toEqual([['handle', ['properties.deadline']]]);
    expect(diff.retargetedConnections.map((c) => [c.key, c.before.to, c.after.to])).toEqual([[`reportResult.${report.outcome}`, report.target, 'supervisorReview']]);
    expect(diff.addedConnections).toEqual([{ from: 'supervisorReview', outcome: 'Approved', to: report.target }]);
    expect(diff.movedActivities).toEqual(['rate']);
    expect(diff.changedFields).toEqual([]);
  });

  it('Should_list_removed_activities_with_their_connections_and_changed_top_level_fields', () => {
    const before = readWorkflow('escalation');
    const graph = removeElements(definitionToGraph(before), new Set(['publishNotice']), new Set());
    const after = { ...graphToDefinition(graph), description: 'changed' };
    const diff = diffDefinitions(before, after);
    expect(diff.removedActivities.map((a) => a.id)).toEqual(['publishNotice']);
    expect(diff.removedConnections.length).toBe(before.connections.filter((c) => c.from === 'publishNotice' || c.to === 'publishNotice').length);
    expect(diff.changedFields).toEqual(['description']);
  });
});
