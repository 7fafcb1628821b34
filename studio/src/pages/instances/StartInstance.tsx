import { useMemo, useState, type FormEvent } from 'react';
import { gql } from '../../api/graphql';
import { errorText, useQuery } from '../../api/useQuery';
import { useMessages } from '../../i18n/I18nProvider';
import { instancesMessages } from './messages';
import { startMutation, type DefinitionVersion } from './queries';

interface InputDeclaration {
  name: string;
  type?: string;
  required?: boolean;
  default?: unknown;
  description?: string;
}

/** Turns the typed text of each input into the JSON value its declared type asks for; empty optional inputs are left out. */
export function startInput(inputs: InputDeclaration[], values: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const declared of inputs) {
    const text = values[declared.name] ?? '';
    if (text === '') continue;
    if (declared.type === 'number') input[declared.name] = Number(text);
    else if (declared.type === 'boolean') input[declared.name] = text === 'true';
    else if (declared.type === 'object' || declared.type === 'array') input[declared.name] = JSON.parse(text);
    else input[declared.name] = text;
  }
  return input;
}

/** Starts an instance of a published definition, with a field per declared input. */
export function StartInstance({ definitions, onStarted }: { definitions: DefinitionVersion[]; onStarted: (id: string) => void }) {
  const t = useMessages(instancesMessages);
  const published = [...new Map(definitions.filter((d) => d.status === 'PUBLISHED').map((d) => [d.definitionId, d])).values()];
  const [definitionId, setDefinitionId] = useState('');
  const [businessKey, setBusinessKey] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const chosen = definitionId || published[0]?.definitionId || '';
  const definition = useQuery<{ workflowDefinition: { version: number; definition: { inputs?: InputDeclaration[] } } | null }>(
    'query Latest($id: String!) { workflowDefinition(definitionId: $id) { version definition } }', chosen ? { id: chosen } : null);
  const inputs = useMemo(() => definition.data?.workflowDefinition?.definition.inputs ?? [], [definition.data]);

  async function start(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await gql<{ startWorkflow: { instanceId: string } }>(startMutation,
        { definitionId: chosen, input: startInput(inputs, values), businessKey: businessKey || null });
      onStarted(result.startWorkflow.instanceId);
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <form className="card start-instance" onSubmit={start} data-testid="start-form">
      <h2>{t('startTitle')}</h2>
      <label>{t('definition')}
        <select value={chosen} onChange={(e) => { setDefinitionId(e.target.value); setValues({}); }} data-testid="start-definition">
          {published.map((d) => <option key={d.definitionId} value={d.definitionId}>{d.name} ({d.definitionId})</option>)}
        </select>
      </label>
      <label>{t('businessKey')}<input value={businessKey} onChange={(e) => setBusinessKey(e.target.value)} data-testid="start-business-key" /></label>
      {inputs.map((input) => (
        <label key={input.name} title={input.description}>
          {input.name}{input.required ? ` (${t('required')})` : ''}
          {input.type === 'boolean'
            ? <select value={values[input.name] ?? ''} onChange={(e) => setValues({ ...values, [input.name]: e.target.value })} data-testid={`start-input-${input.name}`}>
                <option value="" /><option value="true">true</option><option value="false">false</option>
              </select>
            : <input type={input.type === 'number' ? 'number' : 'text'} required={input.required} placeholder={input.default == null ? '' : String(input.default)}
                value={values[input.name] ?? ''} onChange={(e) => setValues({ ...values, [input.name]: e.target.value })} data-testid={`start-input-${input.name}`} />}
        </label>
      ))}
      {error && <p role="alert" className="error" data-testid="start-error">{error}</p>}
      <button type="submit" className="primary" data-testid="start-submit">{t('startSubmit')}</button>
    </form>
  );
}
