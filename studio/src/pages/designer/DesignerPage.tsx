import { useCallback, useEffect, useState } from 'react';
import type { ActivityType, WorkflowDefinition } from '../../graph';
import { useMessages } from '../../i18n/I18nProvider';
import { listDefinitions, loadActivityTypes, loadChoices, loadDefinition, type Choices, type DefinitionVersion, type StoredDefinition } from './api';
import { Compare } from './Compare';
import { DefinitionList } from './DefinitionList';
import { Editor } from './Editor';
import { designerMessages } from './messages';
import { markStart } from './perf';
import './designer.css';

const noChoices: Choices = { roles: [], calendars: [], orgUnits: [] };

/** `designer` lists definitions; `designer/<id>` (with `?version=N`) opens one; `designer/<id>/compare` compares versions. */
export function DesignerPage({ rest }: { rest: string[] }) {
  const t = useMessages(designerMessages);
  const [versions, setVersions] = useState<DefinitionVersion[] | null>(null);
  const [types, setTypes] = useState<ActivityType[] | null>(null);
  const [choices, setChoices] = useState<Choices>(noChoices);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    listDefinitions().then(setVersions).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    refresh();
    loadActivityTypes().then(setTypes).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void loadChoices().then(setChoices);
  }, [refresh]);

  const [definitionId, sub] = rest;
  if (error) return <p className="error">{t('loadFailed', { message: error })}</p>;
  if (!versions || !types) return <p className="muted">…</p>;
  if (!definitionId) return <DefinitionList versions={versions} t={t} />;
  if (sub === 'compare') return <Compare definitionId={definitionId} versions={versions} types={types} t={t} />;
  return <EditorLoader key={`${definitionId}${window.location.search}`} definitionId={definitionId} versions={versions} types={types} choices={choices} t={t} onStored={refresh} />;
}

function EditorLoader({ definitionId, versions, types, choices, t, onStored }: {
  definitionId: string;
  versions: DefinitionVersion[];
  types: ActivityType[];
  choices: Choices;
  t: ReturnType<typeof useMessages<keyof typeof designerMessages.zh>>;
  onStored: () => void;
}) {
  const [loaded, setLoaded] = useState<{ definition: WorkflowDefinition; stored: StoredDefinition | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    markStart('open');
    const params = new URLSearchParams(window.location.search);
    const mine = versions.filter((v) => v.definitionId === definitionId);
    const asked = Number(params.get('version')) || null;
    const pick = asked ?? (mine.find((v) => v.status === 'DRAFT') ?? [...mine].reverse().find((v) => v.status === 'PUBLISHED') ?? mine[mine.length - 1])?.version;
    if (pick === undefined) {
      const fresh: WorkflowDefinition = {
        definitionId,
        name: definitionId,
        version: 1,
        activities: [{ id: 'start', type: 'Start', properties: {} }],
        connections: [],
        layout: { nodes: { start: { x: 0, y: 0 } } },
      };
      setLoaded({ definition: fresh, stored: null });
      return;
    }
    loadDefinition(definitionId, pick)
      .then((stored) => (stored ? setLoaded({ definition: stored.definition, stored }) : setError(definitionId)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    // Opened once per definition and version (the page keys this loader by them).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (error) return <p className="error">{t('loadFailed', { message: error })}</p>;
  if (!loaded) return <p className="muted">…</p>;
  return <Editor initial={loaded.definition} opened={loaded.stored} types={types} choices={choices} t={t} onStored={onStored} />;
}
