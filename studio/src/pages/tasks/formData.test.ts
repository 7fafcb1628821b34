import { describe, expect, it } from 'vitest';
import { formData, formFields, missingRequired } from './formData';

const fields = formFields([
  { name: 'summary', type: 'textarea', required: true },
  { name: 'hours', type: 'number' },
  { name: 'urgent', type: 'boolean' },
  { name: 'method', type: 'select', options: [{ value: 'phone' }] },
  'not a field',
]);

describe('task form data', () => {
  it('keeps only named fields', () => {
    expect(fields.map((f) => f.name)).toEqual(['summary', 'hours', 'urgent', 'method']);
  });

  it('types each filled value by its field and leaves empty ones out', () => {
    expect(formData(fields, { summary: 'Fixed', hours: '2.5', urgent: true, method: '' })).toEqual({ summary: 'Fixed', hours: 2.5, urgent: true });
  });

  it('answers an unticked box with false', () => {
    expect(formData(fields, { summary: 'x' })).toEqual({ summary: 'x', urgent: false });
  });

  it('names the required fields still empty', () => {
    expect(missingRequired(fields, { hours: '1' })).toEqual(['summary']);
    expect(missingRequired(fields, { summary: 'x' })).toEqual([]);
  });
});
