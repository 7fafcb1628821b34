import { useState } from 'react';
import { gql } from '../../api/graphql';
import { errorText } from '../../api/useQuery';
import { useMessages } from '../../i18n/I18nProvider';
import { navigate } from '../../shell/router';
import { formData, formFields, missingRequired, type FormField } from './formData';
import { tasksMessages } from './messages';

export interface InboxTask {
  id: string;
  instanceId: string;
  activityId: string;
  definitionId: string;
  title: string;
  assigneeRole: string;
  orgUnitId: string | null;
  status: 'OPEN' | 'CLAIMED';
  claimedBy: string | null;
  createdAt: string;
  dueAt: string | null;
  outcomes: string[];
  formFields: unknown;
}

const claimMutation = 'mutation Claim($id: UUID!) { claimTask(taskId: $id) { id status claimedBy } }';
const completeMutation = 'mutation Complete($id: UUID!, $outcome: String!, $data: JSON) { completeTask(taskId: $id, outcome: $outcome, data: $data) { outcome message } }';

function FieldInput({ field, value, onChange }: { field: FormField; value: string | boolean | undefined; onChange: (v: string | boolean) => void }) {
  const testId = `task-field-${field.name}`;
  switch (field.type) {
    case 'textarea':
      return <textarea value={String(value ?? '')} required={field.required} onChange={(e) => onChange(e.target.value)} data-testid={testId} rows={3} />;
    case 'number':
      return <input type="number" value={String(value ?? '')} required={field.required} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
    case 'date':
      return <input type="date" value={String(value ?? '')} required={field.required} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
    case 'boolean':
      return <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />;
    case 'select':
      return (
        <select value={String(value ?? '')} required={field.required} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          <option value="" />
          {(field.options ?? []).map((o) => <option key={o.value} value={o.value}>{o.label ?? o.value}</option>)}
        </select>
      );
    default:
      return <input value={String(value ?? '')} required={field.required} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
  }
}

/** One task: claim it, fill in its form (inputs by field type) and complete it with one of its outcomes as a button. */
export function TaskCard({ task, me, onChanged }: { task: InboxTask; me: string; onChanged: () => void }) {
  const t = useMessages(tasksMessages);
  const fields = formFields(task.formFields);
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claimedByOther = task.status === 'CLAIMED' && task.claimedBy !== me;

  async function run(mutation: string, variables: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      await gql(mutation, variables);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  function complete(outcome: string) {
    const missing = missingRequired(fields, values);
    if (missing.length > 0) {
      setError(missing.map((name) => `${fields.find((f) => f.name === name)?.label ?? name}: ${t('required')}`).join('\n'));
      return;
    }
    void run(completeMutation, { id: task.id, outcome, data: formData(fields, values) });
  }

  return (
    <article className="task-card" data-testid={`task-${task.id}`} data-activity={task.activityId} data-instance={task.instanceId}>
      <header>
        <h2>{task.title}</h2>
        <small>{t('assignee')}: {task.assigneeRole}{task.orgUnitId ? `@${task.orgUnitId}` : ''}</small>
        {task.dueAt && <small> · {t('dueAt')}: {new Date(task.dueAt).toLocaleString()}</small>}
        <small> · <a href={`instances/${task.instanceId}`} onClick={(e) => { e.preventDefault(); navigate(`instances/${task.instanceId}`); }}>{t('instance')}</a></small>
      </header>
      {task.status === 'CLAIMED'
        ? <p className="claimed">{t('claimedBy', { who: task.claimedBy ?? '' })}</p>
        : <button type="button" onClick={() => void run(claimMutation, { id: task.id })} disabled={busy} data-testid="task-claim">{t('claim')}</button>}
      {fields.length > 0 && (
        <div className="task-fields">
          {fields.map((field) => (
            <label key={field.name} className={field.type === 'boolean' ? 'inline' : ''}>
              <span>{field.label ?? field.name}{field.required ? ' *' : ''}</span>
              <FieldInput field={field} value={values[field.name]} onChange={(v) => setValues({ ...values, [field.name]: v })} />
            </label>
          ))}
        </div>
      )}
      <div className="task-outcomes">
        {task.outcomes.map((outcome) => (
          <button key={outcome} type="button" className="primary" disabled={busy || claimedByOther} onClick={() => complete(outcome)} data-testid={`task-outcome-${outcome}`}>
            {outcome}
          </button>
        ))}
      </div>
      {error && <p role="alert" className="error" data-testid="task-error">{error}</p>}
    </article>
  );
}
