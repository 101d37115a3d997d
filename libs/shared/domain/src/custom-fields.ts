/**
 * Custom fields: admins define typed fields per object; values live in the record's
 * `custom_fields` jsonb. This is the one validator for every write path (API, import, jobs).
 */
export type CustomFieldType = 'text' | 'number' | 'date' | 'select' | 'multi_select' | 'boolean' | 'currency';
export const CUSTOM_FIELD_TYPES: CustomFieldType[] = ['text', 'number', 'date', 'select', 'multi_select', 'boolean', 'currency'];

export interface CustomFieldDef {
  key: string;
  type: CustomFieldType;
  required: boolean;
  options: string[];
  label: string;
}

export interface CustomFieldProblem {
  path: string;
  message: string;
}

export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Checks and normalises `values` against the definitions. `partial` (updates) only checks the
 * keys given; `null` clears a value. Unknown keys are errors: a typo should not be stored silently.
 */
export function validateCustomFields(
  defs: CustomFieldDef[],
  values: Record<string, unknown> | null | undefined,
  path: string,
  partial: boolean,
): { values: Record<string, unknown>; problems: CustomFieldProblem[] } {
  const out: Record<string, unknown> = {};
  const problems: CustomFieldProblem[] = [];
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const input = values ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) return { values: out, problems: [{ path, message: 'must be an object of field values' }] };
  for (const key of Object.keys(input)) {
    if (!byKey.has(key)) problems.push({ path: `${path}.${key}`, message: `There is no custom field "${key}".` });
  }
  for (const def of defs) {
    const here = `${path}.${def.key}`;
    if (!(def.key in input)) {
      if (def.required && !partial) problems.push({ path: here, message: `${def.label} is required.` });
      continue;
    }
    const raw = input[def.key];
    if (raw === null || raw === '') {
      if (def.required) problems.push({ path: here, message: `${def.label} is required.` });
      else out[def.key] = null;
      continue;
    }
    const value = coerce(def, raw);
    if (value === undefined) problems.push({ path: here, message: describe(def) });
    else out[def.key] = value;
  }
  return { values: out, problems };
}

function coerce(def: CustomFieldDef, raw: unknown): unknown {
  switch (def.type) {
    case 'text':
      return typeof raw === 'string' && raw.length <= 2000 ? raw : undefined;
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    case 'currency': {
      // Money as { amount, currency }: exact to the cent, never a bare float.
      const v = raw as { amount?: unknown; currency?: unknown };
      return typeof v === 'object' && typeof v.amount === 'number' && Number.isFinite(v.amount) && typeof v.currency === 'string' && /^[A-Z]{3}$/.test(v.currency)
        ? { amount: Math.round(v.amount * 100) / 100, currency: v.currency }
        : undefined;
    }
    case 'date':
      return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'select':
      return typeof raw === 'string' && def.options.includes(raw) ? raw : undefined;
    case 'multi_select':
      return Array.isArray(raw) && raw.every((v) => typeof v === 'string' && def.options.includes(v)) ? [...new Set(raw as string[])] : undefined;
  }
}

function describe(def: CustomFieldDef): string {
  switch (def.type) {
    case 'text':
      return `${def.label} must be text (at most 2,000 characters).`;
    case 'number':
      return `${def.label} must be a number.`;
    case 'currency':
      return `${def.label} must be an amount with a 3-letter currency, e.g. { "amount": 99.5, "currency": "CNY" }.`;
    case 'date':
      return `${def.label} must be a date like 2026-12-31.`;
    case 'boolean':
      return `${def.label} must be true or false.`;
    case 'select':
      return `${def.label} must be one of: ${def.options.join(', ')}.`;
    case 'multi_select':
      return `${def.label} must be a list of: ${def.options.join(', ')}.`;
  }
}
