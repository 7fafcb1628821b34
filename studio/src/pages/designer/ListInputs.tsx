import type { Json, JsonObject } from '../../graph';
import { ExpressionInput } from './ExpressionInput';
import type { DesignerText } from './messages';

const asArray = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const asObject = (value: Json): JsonObject => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});

/** A list of strings (outcomes, branches): one input per item, add and remove. */
export function StringListInput({ name, value, onChange, t }: { name: string; value: Json | undefined; onChange: (v: Json | undefined) => void; t: DesignerText }) {
  const items = asArray(value).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  const set = (next: string[]) => onChange(next);
  return (
    <div className="list-input" data-testid={`field-${name}`}>
      {items.map((item, i) => (
        <div className="list-row" key={i}>
          <input data-testid={`field-${name}-item-${i}`} value={item} onChange={(e) => set(items.map((x, j) => (j === i ? e.target.value : x)))} />
          <button type="button" data-testid={`field-${name}-remove-${i}`} aria-label={t('remove')} onClick={() => set(items.filter((_, j) => j !== i))}>✕</button>
        </div>
      ))}
      <button type="button" data-testid={`field-${name}-add`} onClick={() => set([...items, ''])}>+ {t('addItem')}</button>
    </div>
  );
}

/** Switch cases: an outcome and a condition per row. */
export function CasesInput({ name, value, onChange, t }: { name: string; value: Json | undefined; onChange: (v: Json | undefined) => void; t: DesignerText }) {
  const cases = asArray(value).map(asObject);
  const set = (next: JsonObject[]) => onChange(next);
  const update = (i: number, field: string, v: string) => set(cases.map((c, j) => (j === i ? { ...c, [field]: v } : c)));
  return (
    <div className="list-input" data-testid={`field-${name}`}>
      {cases.map((c, i) => (
        <div className="case-row" key={i}>
          <input placeholder={t('outcome')} data-testid={`field-${name}-outcome-${i}`} value={String(c.outcome ?? '')} onChange={(e) => update(i, 'outcome', e.target.value)} />
          <ExpressionInput testId={`field-${name}-condition-${i}`} placeholder={t('condition')} value={String(c.condition ?? '')} onChange={(v) => update(i, 'condition', v)} rows={1} />
          <button type="button" aria-label={t('remove')} onClick={() => set(cases.filter((_, j) => j !== i))}>✕</button>
        </div>
      ))}
      <button type="button" data-testid={`field-${name}-add`} onClick={() => set([...cases, { outcome: '', condition: '' }])}>+ {t('addItem')}</button>
    </div>
  );
}

const fieldTypes = ['text', 'textarea', 'number', 'boolean', 'date', 'select'];

/** HumanTask form fields: name, label, type, required and, for a select, its options. */
export function FormFieldsInput({ name, value, onChange, t }: { name: string; value: Json | undefined; onChange: (v: Json | undefined) => void; t: DesignerText }) {
  const fields = asArray(value).map(asObject);
  const set = (next: JsonObject[]) => onChange(next);
  const update = (i: number, change: JsonObject) => set(fields.map((f, j) => (j === i ? { ...f, ...change } : f)));
  return (
    <div className="list-input" data-testid={`field-${name}`}>
      {fields.map((f, i) => (
        <fieldset className="form-field-row" key={i}>
          <input placeholder={t('fieldName')} aria-label={t('fieldName')} value={String(f.name ?? '')} onChange={(e) => update(i, { name: e.target.value })} />
          <input placeholder={t('fieldLabel')} aria-label={t('fieldLabel')} value={String(f.label ?? '')} onChange={(e) => update(i, { label: e.target.value })} />
          <select aria-label={t('fieldType')} value={String(f.type ?? 'text')} onChange={(e) => update(i, { type: e.target.value })}>
            {fieldTypes.map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
          <label className="inline">
            <input type="checkbox" checked={f.required === true} onChange={(e) => update(i, { required: e.target.checked })} /> {t('fieldRequired')}
          </label>
          {f.type === 'select' && (
            <input
              placeholder={t('fieldOptions')}
              aria-label={t('fieldOptions')}
              value={asArray(f.options).join(', ')}
              onChange={(e) => update(i, { options: e.target.value.split(',').map((o) => o.trim()).filter(Boolean) })}
            />
          )}
          <button type="button" aria-label={t('remove')} onClick={() => set(fields.filter((_, j) => j !== i))}>✕</button>
        </fieldset>
      ))}
      <button type="button" data-testid={`field-${name}-add`} onClick={() => set([...fields, { name: '', label: '', type: 'text', required: false }])}>+ {t('addItem')}</button>
    </div>
  );
}
