import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { GraphQLRequestError } from '../../api/graphql';
import { FlowCanvas, type FlowCanvasApi, type XY } from '../../components/FlowCanvas/FlowCanvas';
import {
  addNode, autoLayout, connect, copySelection, definitionToGraph, graphToDefinition, moveNodes, needsLayout, nodeWidth, paste,
  record, redo, removeElements, renameActivity, setProperty, startHistory, undo, updateActivity,
  type ActivityType, type FlowGraph, type History, type WorkflowDefinition,
} from '../../graph';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../shell/router';
import { publish, saveDraft, validateDefinition, type Choices, type DefinitionVersion } from './api';
import { clipboard } from './clipboard';
import type { DesignerText } from './messages';
import { newActivity } from './newActivity';
import { Palette } from './Palette';
import { markStart, measureAfterPaint } from './perf';
import { ProblemList } from './ProblemList';
import { PropertiesPanel } from './PropertiesPanel';
import { useShortcuts } from './useShortcuts';
import { useValidation } from './useValidation';

interface Props {
  initial: WorkflowDefinition;
  opened: DefinitionVersion | null;
  types: ActivityType[];
  choices: Choices;
  t: DesignerText;
  onStored: () => void;
}

type Status = { kind: 'info' | 'error'; text: string; version?: number } | null;

/** The designer for one definition: palette, canvas, properties, problems, and the commands of the toolbar. */
export function Editor({ initial, opened, types, choices, t, onStored }: Props) {
  const { language } = useI18n();
  const catalogue = useMemo(() => new Map(types.map((type) => [type.type, type])), [types]);
  const [history, setHistory] = useState<History<FlowGraph>>(() => startHistory(definitionToGraph(initial)));
  const graph = history.present;
  const [savedGraph, setSavedGraph] = useState(graph);
  const [selection, setSelection] = useState<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });
  const [focused, setFocused] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const coalesceKey = useRef<string | null>(null);
  const canvas = useRef<FlowCanvasApi>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const validation = useValidation(graph);

  useEffect(() => {
    if (!needsLayout(history.present)) return;
    void autoLayout(history.present).then((laidOut) => {
      setHistory(startHistory(laidOut));
      setSavedGraph(laidOut);
      setTimeout(() => canvas.current?.fitView(), 0);
    });
    // Only the definition as opened is laid out automatically.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const first = useRef(true);
  useEffect(() => {
    measureAfterPaint(first.current ? 'open' : 'change');
    first.current = false;
  }, [graph]);

  /** Applies an edit; edits with the same coalescing key in a row (typing in one field) are one undo step. */
  const apply = useCallback((edit: (g: FlowGraph) => FlowGraph, coalesce?: string) => {
    markStart('change');
    setHistory((h) => {
      const next = edit(h.present);
      if (next === h.present) return h;
      if (coalesce && coalesce === coalesceKey.current) return { ...h, present: next };
      return record(h, next);
    });
    coalesceKey.current = coalesce ?? null;
  }, []);

  const selectedNode = useMemo(() => {
    const id = focused ?? (selection.nodes.length === 1 ? selection.nodes[0] : null);
    return graph.nodes.find((n) => n.id === id) ?? null;
  }, [graph, focused, selection]);

  const addActivity = useCallback((typeName: string, at: XY) => {
    const activity = newActivity(graph, catalogue.get(typeName), typeName);
    apply((g) => addNode(g, activity, { x: Math.round(at.x - nodeWidth / 2), y: Math.round(at.y - 20) }));
    setFocused(activity.id);
  }, [graph, catalogue, apply]);

  const onMoveNodes = useCallback((moves: Map<string, XY>) => apply((g) => moveNodes(g, moves)), [apply]);
  const onConnect = useCallback((source: string, outcome: string, target: string) => apply((g) => connect(g, source, outcome, target)), [apply]);
  const onSelectionChange = useCallback((nodes: string[], edges: string[]) => {
    setSelection({ nodes, edges });
    setFocused(null);
  }, []);

  const remove = () => {
    if (selection.nodes.length + selection.edges.length === 0) return;
    apply((g) => removeElements(g, new Set(selection.nodes), new Set(selection.edges)));
    setSelection({ nodes: [], edges: [] });
    setFocused(null);
  };
  const copy = () => {
    const ids = selection.nodes.length ? selection.nodes : selectedNode ? [selectedNode.id] : [];
    if (ids.length) clipboard.set(copySelection(graph, new Set(ids)));
  };
  const pasteClip = () => {
    const clip = clipboard.get();
    if (!clip) return;
    const result = paste(graph, clip);
    apply(() => result.graph);
    setFocused(result.ids[0] ?? null);
  };

  const definition = () => graphToDefinition(graph);
  const definitionId = String(graph.meta.definitionId ?? '');

  const problemCount = (e: unknown) =>
    e instanceof GraphQLRequestError ? e.errors[0]?.extensions?.errors?.length ?? e.errors.length : 1;

  const save = async (): Promise<boolean> => {
    try {
      const stored = await saveDraft(definition());
      setSavedGraph(graph);
      setStatus({ kind: 'info', text: t('saved', { version: stored.version }), version: stored.version });
      onStored();
      return true;
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.code === 'WORKFLOW_DEFINITION_INVALID') {
        setSavedGraph(graph);
        setStatus({ kind: 'error', text: t('savedWithProblems', { count: problemCount(e) }) });
        onStored();
      } else setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      return false;
    }
  };

  const publishDraft = async () => {
    if (!(await save())) {
      setStatus({ kind: 'error', text: t('publishRefused', { count: validation.problems.length || 1 }) });
      return;
    }
    try {
      const stored = await publish(definitionId);
      setStatus({ kind: 'info', text: t('publishedVersion', { version: stored.version }), version: stored.version });
      onStored();
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof GraphQLRequestError && e.code === 'WORKFLOW_DEFINITION_INVALID'
        ? t('publishRefused', { count: problemCount(e) })
        : e instanceof Error ? e.message : String(e) });
    }
  };

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(definition(), null, 2) + '\n'], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${definitionId || 'workflow'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let parsed: WorkflowDefinition;
    try {
      parsed = JSON.parse(await file.text()) as WorkflowDefinition;
    } catch (e) {
      setStatus({ kind: 'error', text: t('importNotJson', { message: e instanceof Error ? e.message : String(e) }) });
      return;
    }
    try {
      const result = await validateDefinition(parsed);
      if (!result.valid) {
        setStatus({ kind: 'error', text: `${t('importInvalid', { count: result.problems.length })}: ${result.problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ')}` });
        return;
      }
      let next = definitionToGraph(parsed);
      if (needsLayout(next)) next = await autoLayout(next);
      apply(() => next);
      setStatus({ kind: 'info', text: t('imported') });
      setTimeout(() => canvas.current?.fitView(), 0);
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const layoutAll = async () => {
    const laidOut = await autoLayout(graph);
    apply(() => laidOut);
    setTimeout(() => canvas.current?.fitView(), 0);
  };

  useShortcuts({
    undo: () => setHistory(undo),
    redo: () => setHistory(redo),
    copy,
    paste: pasteClip,
    save: () => void save(),
    remove,
  });

  const nodeProblems = selectedNode ? validation.byActivity.get(selectedNode.id) ?? [] : [];
  const dirty = graph !== savedGraph;

  return (
    <div className="designer" data-testid="designer" data-definition={definitionId} data-dirty={dirty ? 'true' : 'false'}>
      <div className="designer-toolbar" role="toolbar">
        <strong className="designer-name">{String(graph.meta.name ?? definitionId)}</strong>
        {opened && <span className="muted" data-testid="designer-opened">{t('version', { version: opened.version })} · {t(opened.status === 'DRAFT' ? 'draft' : opened.status === 'PUBLISHED' ? 'published' : 'retired')}</span>}
        <button type="button" data-testid="designer-undo" disabled={history.past.length === 0} onClick={() => setHistory(undo)}>↶ {t('undo')}</button>
        <button type="button" data-testid="designer-redo" disabled={history.future.length === 0} onClick={() => setHistory(redo)}>↷ {t('redo')}</button>
        <button type="button" data-testid="designer-copy" onClick={copy}>{t('copy')}</button>
        <button type="button" data-testid="designer-paste" onClick={pasteClip}>{t('paste')}</button>
        <button type="button" data-testid="designer-delete" disabled={selection.nodes.length + selection.edges.length === 0} onClick={remove}>{t('delete')}</button>
        <button type="button" data-testid="designer-autolayout" onClick={() => void layoutAll()}>{t('autoLayout')}</button>
        <span className="spacer" />
        {dirty && <span className="muted" data-testid="designer-unsaved">{t('unsaved')}</span>}
        <button type="button" data-testid="designer-save" onClick={() => void save()}>{t('save')}</button>
        <button type="button" className="primary" data-testid="designer-publish" onClick={() => void publishDraft()}>{t('publish')}</button>
        <button type="button" data-testid="designer-compare" onClick={() => navigate(`designer/${definitionId}/compare`)}>{t('compare')}</button>
        <button type="button" data-testid="designer-export" onClick={exportJson}>{t('export')}</button>
        <button type="button" data-testid="designer-import" onClick={() => importInput.current?.click()}>{t('import')}</button>
        <input ref={importInput} type="file" accept="application/json,.json" hidden data-testid="designer-import-file" onChange={(e) => void importJson(e)} />
      </div>
      {status && (
        <div className={`designer-status ${status.kind}`} data-testid="designer-status" data-version={status.version} role="status">{status.text}</div>
      )}
      <div className="designer-body">
        <Palette types={types} onAdd={(type) => addActivity(type, canvas.current?.centre() ?? { x: 0, y: 0 })} t={t} />
        <div className="designer-centre">
          <div className="designer-canvas">
            <FlowCanvas
              graph={graph}
              catalogue={catalogue}
              problems={validation.byActivity}
              onMoveNodes={onMoveNodes}
              onConnect={onConnect}
              onSelectionChange={onSelectionChange}
              onDropActivity={addActivity}
              apiRef={canvas}
              labels={{ waiting: t('waiting') }}
              testId="designer-canvas"
            />
          </div>
          <ProblemList state={validation.state} problems={validation.problems} onPick={setFocused} t={t} />
          <p className="hint">{t('shortcuts')}</p>
        </div>
        <PropertiesPanel
          node={selectedNode}
          type={selectedNode ? catalogue.get(selectedNode.activity.type) : undefined}
          problems={nodeProblems}
          choices={choices}
          language={language}
          t={t}
          onProperty={(name, value) => selectedNode && apply((g) => setProperty(g, selectedNode.id, name, value), `${selectedNode.id}.${name}`)}
          onName={(name) => selectedNode && apply((g) => updateActivity(g, selectedNode.id, (a) => {
            const { name: _old, ...rest } = a;
            return name === undefined ? rest as typeof a : { ...a, name };
          }), `${selectedNode.id}.name`)}
          onRename={(id) => {
            if (!selectedNode) return;
            apply((g) => renameActivity(g, selectedNode.id, id));
            setFocused(id);
          }}
          definitionFields={{ name: String(graph.meta.name ?? ''), description: String(graph.meta.description ?? '') }}
          onDefinitionField={(field, value) => apply((g) => ({ ...g, meta: { ...g.meta, [field]: value } }), `definition.${field}`)}
        />
      </div>
    </div>
  );
}
