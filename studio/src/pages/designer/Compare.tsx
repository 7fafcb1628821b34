import { useEffect, useMemo, useState } from 'react';
import { FlowCanvas } from '../../components/FlowCanvas/FlowCanvas';
import { definitionToGraph, diffDefinitions, isEmptyDiff, type ActivityType, type WorkflowDefinition } from '../../graph';
import { navigate } from '../../shell/router';
import { loadDefinition, type DefinitionVersion } from './api';
import type { DesignerText } from './messages';

interface Props {
  definitionId: string;
  versions: DefinitionVersion[];
  types: ActivityType[];
  t: DesignerText;
}

/** Two versions side by side: the older marks what was removed and changed, the newer what was added and changed. */
export function Compare({ definitionId, versions, types, t }: Props) {
  const mine = versions.filter((v) => v.definitionId === definitionId);
  const params = new URLSearchParams(window.location.search);
  const [left, setLeft] = useState(Number(params.get('left')) || mine[Math.max(0, mine.length - 2)]?.version || 1);
  const [right, setRight] = useState(Number(params.get('right')) || mine[mine.length - 1]?.version || 1);
  const [pair, setPair] = useState<[WorkflowDefinition, WorkflowDefinition] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const catalogue = useMemo(() => new Map(types.map((type) => [type.type, type])), [types]);

  useEffect(() => {
    let live = true;
    Promise.all([loadDefinition(definitionId, left), loadDefinition(definitionId, right)])
      .then(([a, b]) => live && a && b && setPair([a.definition, b.definition]))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [definitionId, left, right]);

  const view = useMemo(() => {
    if (!pair) return null;
    const diff = diffDefinitions(pair[0], pair[1]);
    const changed = diff.changedActivities.map((c) => c.id);
    const before = new Map<string, string>([...diff.removedActivities.map((a) => [a.id, 'removed'] as const), ...changed.map((id) => [id, 'changed'] as const)]);
    const after = new Map<string, string>([...diff.addedActivities.map((a) => [a.id, 'added'] as const), ...changed.map((id) => [id, 'changed'] as const)]);
    return { diff, before, after, leftGraph: definitionToGraph(pair[0]), rightGraph: definitionToGraph(pair[1]) };
  }, [pair]);

  const picker = (value: number, set: (v: number) => void, testId: string) => (
    <select data-testid={testId} value={value} onChange={(e) => set(Number(e.target.value))}>
      {mine.map((v) => <option key={v.version} value={v.version}>{t('version', { version: v.version })} ({v.status.toLowerCase()})</option>)}
    </select>
  );

  return (
    <div className="compare" data-testid="version-compare">
      <div className="designer-toolbar">
        <button type="button" onClick={() => navigate(`designer/${definitionId}`)}>← {t('back')}</button>
        <strong>{t('compareTitle')}</strong>
        {t('compareLeft')} {picker(left, setLeft, 'compare-left')} → {t('compareRight')} {picker(right, setRight, 'compare-right')}
      </div>
      {error && <p className="error">{error}</p>}
      {view && (
        <>
          <div className="compare-summary" data-testid="compare-summary">
            {isEmptyDiff(view.diff) && <p>{t('noDifferences')}</p>}
            <DiffLine label={t('added')} testId="compare-added" items={view.diff.addedActivities.map((a) => a.id)} />
            <DiffLine label={t('removed')} testId="compare-removed" items={view.diff.removedActivities.map((a) => a.id)} />
            <DiffLine label={t('changed')} testId="compare-changed" items={view.diff.changedActivities.map((c) => `${c.id} (${c.fields.join(', ')})`)} />
            <DiffLine label={`${t('added')} →`} testId="compare-added-connections" items={view.diff.addedConnections.map((c) => `${c.from}.${c.outcome ?? 'Done'} → ${c.to}`)} />
            <DiffLine label={`${t('removed')} →`} testId="compare-removed-connections" items={view.diff.removedConnections.map((c) => `${c.from}.${c.outcome ?? 'Done'} → ${c.to}`)} />
            <DiffLine label={t('retargeted')} testId="compare-retargeted" items={view.diff.retargetedConnections.map((c) => `${c.key}: ${c.before.to} → ${c.after.to}`)} />
            <DiffLine label={t('fieldsChanged')} testId="compare-fields" items={view.diff.changedFields} />
            <DiffLine label={t('moved')} testId="compare-moved" items={view.diff.movedActivities} />
          </div>
          <div className="compare-sides">
            <div className="compare-side" data-testid="compare-left-canvas">
              <FlowCanvas graph={view.leftGraph} catalogue={catalogue} readOnly marks={view.before} testId="compare-canvas-left" />
            </div>
            <div className="compare-side" data-testid="compare-right-canvas">
              <FlowCanvas graph={view.rightGraph} catalogue={catalogue} readOnly marks={view.after} testId="compare-canvas-right" />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function DiffLine({ label, items, testId }: { label: string; items: string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId} data-count={items.length}>
      <strong>{label}:</strong> {items.join(' · ')}
    </div>
  );
}
