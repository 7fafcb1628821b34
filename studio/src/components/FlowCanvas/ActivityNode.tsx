import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { OutcomeHandle } from '../../graph';

export interface ActivityNodeData extends Record<string, unknown> {
  label: string;
  typeName: string;
  category: string;
  handles: OutcomeHandle[];
  problems: string[];
  visited: boolean;
  waiting: boolean;
  isStart: boolean;
  editable: boolean;
  waitingLabel: string;
  /** A version comparison's mark: added, removed or changed. */
  mark: string | null;
}

export type ActivityFlowNode = Node<ActivityNodeData, 'activity'>;

/** One activity: its name and type, a target handle on top and one source handle per outcome below. */
function ActivityNodeView({ id, data, selected }: NodeProps<ActivityFlowNode>) {
  const classes = ['activity-node', `category-${data.category.toLowerCase()}`];
  if (selected) classes.push('selected');
  if (data.problems.length > 0) classes.push('invalid');
  if (data.visited) classes.push('visited');
  if (data.waiting) classes.push('waiting');
  if (data.mark) classes.push(`mark-${data.mark}`);
  return (
    <div
      className={classes.join(' ')}
      data-testid={`node-${id}`}
      data-invalid={data.problems.length > 0 ? 'true' : undefined}
      data-visited={data.visited ? 'true' : undefined}
      data-waiting={data.waiting ? 'true' : undefined}
      data-mark={data.mark ?? undefined}
      title={data.problems.join('\n') || undefined}
    >
      {!data.isStart && <Handle type="target" position={Position.Top} className="in-handle" isConnectable={data.editable} />}
      <div className="activity-node-title">{data.label}</div>
      <div className="activity-node-type">
        {data.typeName}
        {data.waiting && <span className="wait-badge" data-testid={`waiting-${id}`}>{data.waitingLabel}</span>}
        {data.problems.length > 0 && <span className="problem-badge" data-testid={`node-problems-${id}`}>{data.problems.length}</span>}
      </div>
      <div className="outcome-row">
        {data.handles.map((h, i) => (
          <div key={h.outcome} className={`outcome${h.known ? '' : ' unknown'}${h.connected ? '' : ' open'}`}>
            <span className="outcome-label">{h.outcome}</span>
            <Handle
              type="source"
              id={h.outcome}
              position={Position.Bottom}
              isConnectable={data.editable}
              data-testid={`outcome-${id}-${h.outcome}`}
              style={{ left: `${((i + 0.5) / data.handles.length) * 100}%` }}
              className="out-handle"
            />
          </div>
        ))}
      </div>
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);

/** Node types live outside components so React Flow sees the same object on every render. */
export const nodeTypes = { activity: ActivityNode };
