import { describe, expect, it } from 'vitest';
import { definitionToGraph, graphToDefinition } from './convert';
import { connect, copySelection, paste, renameActivity, uniqueActivityId } from './edit';
import { record, redo, startHistory, undo } from './history';
import { readWorkflow } from './testWorkflows';

describe('edits', () => {
  it('Should_replace_the_connection_of_an_outcome_when_it_is_connected_again', () => {
    const graph = definitionToGraph(readWorkflow('escalation'));
    const edge = graph.edges[0];
    const next = connect(graph, edge.source, edge.outcome, 'end');
    expect(next.edges.filter((e) => e.source === edge.source && e.outcome === edge.outcome).map((e) => e.target)).toEqual(['end']);
    expect(next.edges.length).toBe(graph.edges.length);
  });

  it('Should_follow_a_renamed_activity_in_connections_and_layout', () => {
    const graph = renameActivity(definitionToGraph(readWorkflow('escalation')), 'raise', 'raiseWhistle');
    const written = graphToDefinition(graph);
    expect(written.activities.some((a) => a.id === 'raise')).toBe(false);
    expect(written.connections.some((c) => c.from === 'raise' || c.to === 'raise')).toBe(false);
    expect(written.connections.some((c) => c.to === 'raiseWhistle')).toBe(true);
    expect(written.layout!.nodes!.raiseWhistle).toBeDefined();
    expect(written.layout!.nodes!.raise).toBeUndefined();
  });

  it('Should_paste_copied_nodes_under_new_ids_with_the_edges_between_them', () => {
    const graph = definitionToGraph(readWorkflow('escalation'));
    const clip = copySelection(graph, new Set(['upgrade', 'countMiss']));
    const { graph: pasted, ids } = paste(graph, clip);
    expect(ids).toEqual(['upgrade2', 'countMiss2']);
    expect(pasted.edges.filter((e) => e.source === 'upgrade2').map((e) => e.target)).toEqual(['countMiss2']);
    expect(pasted.nodes.at(-1)!.position.x).toBe(graph.nodes.find((n) => n.id === 'countMiss')!.position.x + 40);
    expect(uniqueActivityId(pasted, 'Supervisor review')).toBe('supervisorReview');
  });

  it('Should_undo_and_redo_in_order_and_drop_the_redo_states_after_a_new_change', () => {
    let history = startHistory(1);
    history = record(history, 2);
    history = record(history, 3);
    history = undo(history);
    expect(history.present).toBe(2);
    history = redo(history);
    expect(history.present).toBe(3);
    history = undo(undo(history));
    history = record(history, 9);
    expect(history).toEqual({ past: [1], present: 9, future: [] });
  });
});
