import { describe, expect, it } from 'vitest';
import { autoLayout } from './autoLayout';
import { definitionToGraph, graphToDefinition } from './convert';
import { connect, moveNodes } from './edit';
import { builtInNames, readWorkflow } from './testWorkflows';
import type { WorkflowDefinition } from './types';

describe.each(builtInNames)('%s', (name) => {
  it('Should_write_back_the_same_definition_when_read_into_a_graph', () => {
    const original = readWorkflow(name);
    const back = graphToDefinition(definitionToGraph(original));
    expect(back).toEqual(original);
    // Same key order too: written out, it is the same text.
    expect(JSON.stringify(back)).toBe(JSON.stringify(original));
  });

  it('Should_read_back_the_same_graph_when_written_as_a_definition', () => {
    const graph = definitionToGraph(readWorkflow(name));
    expect(definitionToGraph(graphToDefinition(graph))).toEqual(graph);
  });

  it('Should_show_every_activity_and_connection_with_outcome_labels_and_layout_positions', () => {
    const definition = readWorkflow(name);
    const graph = definitionToGraph(definition);
    expect(graph.nodes.map((n) => n.id)).toEqual(definition.activities.map((a) => a.id));
    expect(graph.edges.map((e) => `${e.source}>${e.outcome}>${e.target}`)).toEqual(
      definition.connections.map((c) => `${c.from}>${c.outcome ?? 'Done'}>${c.to}`),
    );
    const first = definition.activities[0].id;
    expect(graph.nodes[0].position).toEqual({ x: definition.layout!.nodes![first].x, y: definition.layout!.nodes![first].y });
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('Should_keep_the_graph_after_auto_layout_through_a_round_trip', async () => {
    const { layout: _dropped, ...withoutLayout } = readWorkflow(name);
    const graph = await autoLayout(definitionToGraph(withoutLayout as WorkflowDefinition));
    expect(new Set(graph.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(graph.nodes.length);
    const written = graphToDefinition(graph);
    expect(Object.keys(written.layout!.nodes!)).toEqual(graph.nodes.map((n) => n.id));
    expect(definitionToGraph(written)).toEqual(graph);
  });
});

describe('unknown and partial content', () => {
  const definition = {
    definitionId: 'odd',
    custom: { keep: [1, 2, 3] },
    activities: [
      { id: 'start', type: 'Start', properties: {}, note: 'designer note' },
      { id: 'b', type: 'FutureType', properties: { deep: { x: ['=a'] } } },
      { id: 'c', type: 'End' },
    ],
    connections: [
      { from: 'start', to: 'b', colour: 'red' },
      { from: 'b', outcome: 'Done', to: 'c' },
      { from: 'b', outcome: 'Done', to: 'c' },
    ],
    layout: { zoom: 1.5, nodes: { start: { x: 1, y: 2, width: 300 }, gone: { x: 9, y: 9 }, b: { width: 10 } } },
    trailing: true,
  } as unknown as WorkflowDefinition;

  it('Should_keep_unknown_fields_missing_outcomes_duplicates_and_orphan_layout_entries', () => {
    const graph = definitionToGraph(definition);
    expect(JSON.stringify(graphToDefinition(graph))).toBe(JSON.stringify(definition));
    expect(definitionToGraph(graphToDefinition(graph))).toEqual(graph);
  });

  it('Should_write_a_moved_node_and_a_new_connection_without_losing_the_rest', () => {
    let graph = definitionToGraph(definition);
    graph = moveNodes(graph, new Map([['b', { x: 50, y: 60 }]]));
    graph = connect(graph, 'start', 'Late', 'c');
    const written = graphToDefinition(graph);
    expect(written.layout).toEqual({ zoom: 1.5, nodes: { start: { x: 1, y: 2, width: 300 }, gone: { x: 9, y: 9 }, b: { x: 50, y: 60, width: 10 } } });
    expect(written.connections.at(-1)).toEqual({ from: 'start', outcome: 'Late', to: 'c' });
    expect(written.connections[0]).toEqual({ from: 'start', to: 'b', colour: 'red' });
    expect(written.custom).toEqual({ keep: [1, 2, 3] });
  });

  it('Should_not_share_objects_with_the_definition_it_read', () => {
    const graph = definitionToGraph(definition);
    (graph.nodes[1].activity.properties!.deep as { x: string[] }).x.push('changed');
    expect(definition.activities[1].properties).toEqual({ deep: { x: ['=a'] } });
  });
});
