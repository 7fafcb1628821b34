/** A form field of a human task, as the definition declares it. */
export interface FormField {
  name: string;
  label?: string;
  type?: 'text' | 'textarea' | 'number' | 'boolean' | 'date' | 'select' | string;
  required?: boolean;
  options?: { value: string; label?: string }[];
}

/** Reads the task's formFields JSON defensively: anything that is not a named field is skipped. */
export function formFields(json: unknown): FormField[] {
  return Array.isArray(json) ? json.filter((f): f is FormField => typeof f === 'object' && f !== null && typeof (f as FormField).name === 'string') : [];
}

/** The completion's `data`: each filled field as the JSON its type asks for; empty fields are left out, boxes always answer. */
export function formData(fields: FormField[], values: Record<string, string | boolean>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'boolean') {
      // An unticked box is an answer too: "no".
      data[field.name] = value === true || value === 'true';
      continue;
    }
    if (value === undefined || value === '') continue;
    data[field.name] = field.type === 'number' ? Number(value) : String(value);
  }
  return data;
}

/** Names of required fields still empty, so the form can say so before the server does. */
export function missingRequired(fields: FormField[], values: Record<string, string | boolean>): string[] {
  return fields.filter((f) => f.required && f.type !== 'boolean' && (values[f.name] === undefined || values[f.name] === '')).map((f) => f.name);
}
