import { useEffect, useState } from 'react';
import type { Json, LocatedProblem, PropertyType } from '../../graph';
import type { Choices } from './api';
import { describeDuration, parseDuration } from './duration';
import { ExpressionInput } from './ExpressionInput';
import { CasesInput, FormFieldsInput, StringListInput } from './ListInputs';
import type { DesignerText } from './messages';

interface Props {
  name: string;
  /** The catalogue's description of the property; null for a property the catalogue does not know. */
  descriptor: PropertyType | null;
  value: Json | undefined;
  problems: readonly LocatedProblem[];
  choices: Choices;
  language: 'zh' | 'en';
  t: DesignerText;
  onChange: (value: Json | undefined) => void;
}

const isExpression = (value: Json | undefined) => typeof value === 'string' && value.startsWith('=');
const text = (value: Json | undefined) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));
/** Empty text means "not set": the property is left out and its default applies. */
const fromText = (value: string): Json | undefined => (value === '' ? undefined : value);

function suggestions(name: string, choices: Choices): { id: string; label: string }[] | null {
  if (name === 'assigneeRole') return choices.roles.map((r) => ({ id: r, label: r }));
  if (name === 'calendar') return [...choices.calendars.map((c) => ({ id: c, label: c })), ...choices.orgUnits.map((u) => ({ id: u.id, label: u.name }))];
  if (name === 'orgUnit') return choices.orgUnits.map((u) => ({ id: u.id, label: u.name }));
  return null;
}

/** One property with the input its kind calls for, its description, default and the server's problems with it. */
export function PropertyField({ name, descriptor, value, problems, choices, language, t, onChange }: Props) {
  const kind = descriptor?.kind ?? 'JSON';
  const testId = `field-${name}`;
  let input;
  switch (kind) {
    case 'STRING_LIST':
      input = <StringListInput name={name} value={value} onChange={onChange} t={t} />;
      break;
    case 'CASES':
      input = <CasesInput name={name} value={value} onChange={onChange} t={t} />;
      break;
    case 'FORM_FIELDS':
      input = <FormFieldsInput name={name} value={value} onChange={onChange} t={t} />;
      break;
    case 'BOOLEAN':
      input = (
        <select data-testid={testId} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}>
          <option value="">—</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      );
      break;
    case 'CHOICE':
      input = (
        <select data-testid={testId} value={text(value)} onChange={(e) => onChange(fromText(e.target.value))}>
          <option value="">—</option>
          {(descriptor?.choices ?? []).map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      );
      break;
    case 'NUMBER':
      input = isExpression(value)
        ? <ExpressionInput testId={testId} value={text(value)} onChange={(v) => onChange(fromText(v))} />
        : <input data-testid={testId} inputMode="decimal" value={text(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value.startsWith('=') || isNaN(Number(e.target.value)) ? e.target.value : Number(e.target.value))} />;
      break;
    case 'JSON':
      input = <JsonInput testId={testId} value={value} onChange={onChange} t={t} />;
      break;
    case 'EXPRESSION':
    case 'CONDITION':
    case 'SCRIPT':
      input = suggestions(name, choices) && !isExpression(value)
        ? <SuggestInput testId={testId} name={name} value={text(value)} options={suggestions(name, choices)!} onChange={(v) => onChange(fromText(v))} />
        : <ExpressionInput testId={testId} value={text(value)} rows={kind === 'SCRIPT' ? 5 : 2} onChange={(v) => onChange(fromText(v))} />;
      break;
    default: {
      const options = suggestions(name, choices);
      input = isExpression(value)
        ? <ExpressionInput testId={testId} value={text(value)} onChange={(v) => onChange(fromText(v))} />
        : options
          ? <SuggestInput testId={testId} name={name} value={text(value)} options={options} onChange={(v) => onChange(fromText(v))} />
          : <input data-testid={testId} value={text(value)} onChange={(e) => onChange(fromText(e.target.value))} placeholder={kind === 'DURATION' ? 'PT2H' : undefined} />;
    }
  }

  const duration = kind === 'DURATION' && typeof value === 'string' && !isExpression(value) ? value : null;
  const readable = duration ? describeDuration(duration, language) : null;
  return (
    <div className={`property-field${problems.length ? ' invalid' : ''}`} data-testid={`property-${name}`} data-invalid={problems.length ? 'true' : undefined}>
      <label>
        <span className="property-name">{name}</span>
        {descriptor?.required && <span className="required-mark">{t('required')}</span>}
        {!descriptor && <span className="muted">{t('unknownProperty')}</span>}
      </label>
      {input}
      {kind === 'DURATION' && (
        <div className="hint" data-testid={`field-hint-${name}`}>
          {duration ? (readable ?? <span className="error">{t('notDuration')}</span>) : t('durationHint')}
          {duration && parseDuration(duration) && ` · ${duration}`}
        </div>
      )}
      {(kind === 'EXPRESSION' || kind === 'CONDITION') && <div className="hint">{t('expressionHint')}</div>}
      {descriptor?.description && <div className="hint">{descriptor.description}</div>}
      {descriptor?.default !== null && descriptor?.default !== undefined && (
        <div className="hint">{t('defaultValue', { value: JSON.stringify(descriptor.default) })}</div>
      )}
      {problems.map((p, i) => (
        <div key={i} className="error" data-testid={`field-error-${name}`}>{p.detail ? `${p.detail}: ` : ''}{p.message}</div>
      ))}
    </div>
  );
}

function SuggestInput({ testId, name, value, options, onChange }: { testId: string; name: string; value: string; options: { id: string; label: string }[]; onChange: (v: string) => void }) {
  const listId = `suggest-${name}`;
  return (
    <>
      <input data-testid={testId} list={listId} value={value} onChange={(e) => onChange(e.target.value)} />
      <datalist id={listId}>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </datalist>
    </>
  );
}

/** JSON text, committed only when it parses; a parse error shows under the box. */
function JsonInput({ testId, value, onChange, t }: { testId: string; value: Json | undefined; onChange: (v: Json | undefined) => void; t: DesignerText }) {
  const [draft, setDraft] = useState(value === undefined ? '' : JSON.stringify(value, null, 2));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setDraft(value === undefined ? '' : JSON.stringify(value, null, 2));
    setBad(false);
  }, [value]);
  return (
    <>
      <textarea
        data-testid={testId}
        className="json-input"
        rows={4}
        value={draft}
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value.trim() === '') return onChange(undefined);
          try {
            onChange(JSON.parse(e.target.value) as Json);
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <div className="error">{t('invalidJson')}</div>}
    </>
  );
}
