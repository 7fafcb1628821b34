import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type DragEvent, type Ref } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './FlowCanvas.css';
import type { ActivityType, FlowGraph, LocatedProblem } from '../../graph';
import { nodeTypes, type ActivityFlowNode } from './ActivityNode';
import { buildEdges, buildNodes, type PathHighlight } from './flowElements';

export type { PathHighlight } from './flowElements';

/** The MIME type the palette puts an activity type under when it is dragged onto the canvas. */
export const activityDragType = 'application/x-workflowhub-activity';

export interface XY {
  x: number;
  y: number;
}

export interface FlowCanvasApi {
  /** The flow position at the middle of what is visible (where a tapped palette item goes). */
  centre(): XY;
  fitView(): void;
}

export interface FlowCanvasProps {
  graph: FlowGraph;
  catalogue?: ReadonlyMap<string, ActivityType>;
  /** Read-only: no dragging, connecting or deleting; used to show an instance's path. */
  readOnly?: boolean;
  highlight?: PathHighlight;
  problems?: ReadonlyMap<string, readonly LocatedProblem[]>;
  /** Called once per finished drag with the new positions. */
  onMoveNodes?: (moves: Map<string, XY>) => void;
  onConnect?: (source: string, outcome: string, target: string) => void;
  onSelectionChange?: (nodeIds: string[], edgeIds: string[]) => void;
  onDropActivity?: (type: string, position: XY) => void;
  /** Marks per activity id (added, removed, changed), shown as the node's colour: a version comparison. */
  marks?: ReadonlyMap<string, string>;
  /** Texts the canvas shows; the page passes them in its language. */
  labels?: { waiting: string };
  apiRef?: Ref<FlowCanvasApi>;
  testId?: string;
}

const emptyCatalogue = new Map<string, ActivityType>();
const emptyProblems = new Map<string, readonly LocatedProblem[]>();

/** A flowchart of a workflow definition on React Flow: editable in the designer, read-only in the explorer. */
export function FlowCanvas(props: FlowCanvasProps) {
  return (
    <ReactFlowProvider>
      <FlowCanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function FlowCanvasInner(props: FlowCanvasProps) {
  const { graph, readOnly = false, highlight, marks, onMoveNodes, onConnect, onSelectionChange, onDropActivity } = props;
  const catalogue = props.catalogue ?? emptyCatalogue;
  const problems = props.problems ?? emptyProblems;
  const waitingLabel = props.labels?.waiting ?? '⏳';
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);

  const inputs = useMemo(
    () => ({ graph, catalogue, problems, highlight, marks, editable: !readOnly, waitingLabel }),
    [graph, catalogue, problems, highlight, marks, readOnly, waitingLabel],
  );
  const [nodes, setNodes] = useState<ActivityFlowNode[]>(() => buildNodes(inputs, new Map()));
  const [edges, setEdges] = useState<Edge[]>(() => buildEdges(inputs, new Map()));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setNodes((previous) => buildNodes(inputs, new Map(previous.map((n) => [n.id, n]))));
    setEdges((previous) => buildEdges(inputs, new Map(previous.map((e) => [e.id, e]))));
  }, [inputs]);

  useImperativeHandle(props.apiRef, () => ({
    centre() {
      const box = wrapper.current?.getBoundingClientRect();
      if (!box) return { x: 0, y: 0 };
      return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    },
    fitView() {
      void flow.fitView();
    },
  }), [flow]);

  const onNodesChange = useCallback((changes: NodeChange<ActivityFlowNode>[]) => {
    const allowed = readOnly ? changes.filter((c) => c.type === 'select' || c.type === 'dimensions') : changes.filter((c) => c.type !== 'remove');
    setNodes((current) => applyNodeChanges(allowed, current));
    const finished = new Map<string, XY>();
    for (const change of allowed) if (change.type === 'position' && change.dragging === false && change.position) finished.set(change.id, change.position);
    if (finished.size > 0) onMoveNodes?.(finished);
  }, [readOnly, onMoveNodes]);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setEdges((current) => applyEdgeChanges(changes.filter((c) => c.type === 'select'), current));
  }, []);

  const handleConnect = useCallback((connection: Connection) => {
    if (!readOnly && connection.sourceHandle) onConnect?.(connection.source, connection.sourceHandle, connection.target);
  }, [readOnly, onConnect]);

  const handleSelection = useCallback(({ nodes: n, edges: e }: { nodes: ActivityFlowNode[]; edges: Edge[] }) => {
    onSelectionChange?.(n.map((x) => x.id), e.map((x) => x.id));
  }, [onSelectionChange]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (readOnly || !event.dataTransfer.types.includes(activityDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, [readOnly]);

  const onDrop = useCallback((event: DragEvent) => {
    const type = event.dataTransfer.getData(activityDragType);
    if (readOnly || !type) return;
    event.preventDefault();
    onDropActivity?.(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  }, [readOnly, onDropActivity, flow]);

  return (
    <div className={`flow-canvas${readOnly ? ' read-only' : ''}`} ref={wrapper} data-testid={props.testId ?? 'flow-canvas'} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<ActivityFlowNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={handleConnect}
        onSelectionChange={handleSelection}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable
        deleteKeyCode={null}
        selectionKeyCode={readOnly ? null : 'Shift'}
        multiSelectionKeyCode={readOnly ? null : ['Meta', 'Control']}
        fitView
        minZoom={0.1}
        onlyRenderVisibleElements={graph.nodes.length > 120}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable />
      </ReactFlow>
    </div>
  );
}
