import { useEffect, useState } from 'react';
import { outcomesOf, type ActivityType, type GraphNode, type Json, type LocatedProblem } from '../../graph';
import type { Choices } from './api';
import type { DesignerText } from './messages';
import { PropertyField } from './PropertyField';

interface Props {
  node: GraphNode | null;
  type: ActivityType | undefined;
  problems: readonly LocatedProblem[];
  choices: Choices;
  language: 'zh' | 'en';
  t: DesignerText;
  onProperty: (name: string, value: Json | undefined) => void;
  onName: (name: string | undefined) => void;
  onRename: (id: string) => void;
  /** The definition's own fields, shown when no activity is selected. */
  definitionFields: { name: string; description: string };
  onDefinitionField: (field: 'name' | 'description', value: string) => void;
}

/** The side panel: the selected activity's id, name and typed properties, or the workflow's own fields. */
export function PropertiesPanel(props: Props) {
  const { node, type, problems, choices, language, t } = props;
  const [id, setId] = useState(node?.id ?? '');
  useEffect(() => setId(node?.id ?? ''), [node?.id]);

  if (!node) {
    return (
      <aside className="properties-panel" data-testid="properties-panel">
        <h3>{t('definitionProperties')}</h3>
        <label className="stacked">
          {t('activityName')}
          <input data-testid="definition-name" value={props.definitionFields.name} onChange={(e) => props.onDefinitionField('name', e.target.value)} />
        </label>
        <label className="stacked">
          description
          <textarea data-testid="definition-description" rows={4} value={props.definitionFields.description} onChange={(e) => props.onDefinitionField('description', e.target.value)} />
        </label>
        <p className="muted">{t('nothingSelected')}</p>
      </aside>
    );
  }

  const activity = node.activity;
  const nodeProblems = problems.filter((p) => !p.property);
  const known = new Set(type?.properties.map((p) => p.name) ?? []);
  const extra = Object.keys(activity.properties ?? {}).filter((name) => !known.has(name));
  const commitId = () => {
    if (id && id !== node.id && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(id)) props.onRename(id);
    else setId(node.id);
  };
  return (
    <aside className="properties-panel" data-testid="properties-panel" data-activity={node.id}>
      <h3>{t('properties')}</h3>
      {nodeProblems.map((p, i) => <div key={i} className="error" data-testid="activity-error">{p.message}</div>)}
      <label className="stacked">
        {t('activityId')}
        <input
          data-testid="field-id"
          value={id}
          onChange={(e) => setId(e.target.value)}
          onBlur={commitId}
          onKeyDown={(e) => e.key === 'Enter' && commitId()}
        />
      </label>
      <label className="stacked">
        {t('activityName')}
        <input data-testid="field-name" value={activity.name ?? ''} onChange={(e) => props.onName(e.target.value === '' ? undefined : e.target.value)} />
      </label>
      <div className="stacked">
        {t('activityType')}: <strong>{type?.displayName ?? activity.type}</strong> <code>{activity.type}</code>
        {type && <div className="hint">{type.description}</div>}
        <div className="hint" data-testid="activity-outcomes">{t('outcomesOf', { list: outcomesOf(activity, type).join(', ') || '—' })}</div>
      </div>
      {(type?.properties ?? []).map((descriptor) => (
        <PropertyField
          key={`${node.id}:${descriptor.name}`}
          name={descriptor.name}
          descriptor={descriptor}
          value={activity.properties?.[descriptor.name]}
          problems={problems.filter((p) => p.property === descriptor.name)}
          choices={choices}
          language={language}
          t={t}
          onChange={(value) => props.onProperty(descriptor.name, value)}
        />
      ))}
      {extra.map((name) => (
        <PropertyField
          key={`${node.id}:${name}`}
          name={name}
          descriptor={null}
          value={activity.properties?.[name]}
          problems={problems.filter((p) => p.property === name)}
          choices={choices}
          language={language}
          t={t}
          onChange={(value) => props.onProperty(name, value)}
        />
      ))}
    </aside>
  );
}
