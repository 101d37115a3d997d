import { RECORD_TYPES, type CatalogueField, type RecordTypeName } from '@rapport/web-data-access';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { FieldKind, FilterFieldDef } from '../lists/filter-builder/filter-model';

/**
 * The web side of the record definitions (docs/adr/0011): the catalogue generated from them into
 * data-access, and what the screens derive from it — form fields and their rules, filter-builder
 * fields, detail rows. A field added to a definition appears in each of these without an edit here.
 */
export type { CatalogueField, RecordTypeName };

export function recordFields(type: RecordTypeName): CatalogueField[] {
  return Object.values(RECORD_TYPES[type].fields);
}

export function recordField(type: RecordTypeName, name: string): CatalogueField | undefined {
  return RECORD_TYPES[type].fields[name];
}

/**
 * The label key of a field named in an audit change or timeline event: the record type's own
 * field if the type is known, else the first type that has a field of that name.
 */
export function fieldLabelKey(name: string, type?: RecordTypeName): string | null {
  const types = type ? [type] : (Object.keys(RECORD_TYPES) as RecordTypeName[]);
  for (const ty of types) {
    const label = RECORD_TYPES[ty].fields[name]?.label;
    if (label) return label;
  }
  return null;
}

/** The label key of an enum value: `accountTier.STRATEGIC` for AccountTier's `strategic`. */
export function enumLabelKey(enumName: string, value: string): string {
  return `${enumName.charAt(0).toLowerCase()}${enumName.slice(1)}.${value.toUpperCase()}`;
}

/** Widgets the generic form renders; references (pickers), addresses and the owner have their own controls. */
const FORM_WIDGETS = new Set(['input', 'textarea', 'select', 'number', 'money', 'date', 'switch', 'timeZone']);

/** Whether the generic form has a control for the field (else a page supplies one, or it is left out). */
export function isFormWidget(f: CatalogueField): boolean {
  return FORM_WIDGETS.has(f.widget);
}

/** A create dialog, or the edit mode of an existing record. */
export type FormMode = 'create' | 'update';

/** The fields a record's create dialog (or edit mode, `update`) shows, in definition order. */
export function formFieldsOf(type: RecordTypeName, mode: FormMode = 'create'): CatalogueField[] {
  return recordFields(type).filter((f) => (mode === 'create' ? f.creatable : f.updatable) && isFormWidget(f));
}

/** The antd rules of a form field: the API's own (required, length, web address, e-mail). */
export function formRulesOf(f: CatalogueField, t: TFunction): Rule[] {
  const rules: Rule[] = [];
  if (f.required) rules.push({ required: true, whitespace: f.type === 'text', message: t('validation.required') });
  if (f.maxLength !== null) rules.push({ max: f.maxLength, message: t('validation.maxLength', { max: f.maxLength }) });
  if (f.type === 'url') rules.push({ type: 'url', message: t('validation.url') });
  if (f.type === 'email') rules.push({ type: 'email', message: t('validation.email') });
  // InputNumber's own `min` only corrects the value on blur; Enter straight after typing would submit it.
  if (f.type === 'money' && f.min === 0) rules.push({ type: 'number', min: 0, message: t('validation.notNegative') });
  return rules;
}

const TEXT_TYPES = new Set(['text', 'longText', 'email', 'phone', 'url']);

/**
 * The API input of a form's values: texts trimmed (blank clears the value: null, or the empty text
 * of a field that is never null, such as a first name), the rest as given or null.
 */
export function recordInputOf(type: RecordTypeName, values: Record<string, unknown>, mode: FormMode = 'create'): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of formFieldsOf(type, mode)) {
    const v = values[f.name];
    if (TEXT_TYPES.has(f.type)) {
      const s = typeof v === 'string' ? v.trim() : '';
      input[f.name] = s || (f.required || !f.nullable ? s : null);
    } else if (f.type === 'date') input[f.name] = dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DD') : null;
    else input[f.name] = v ?? null;
  }
  return input;
}

/** A record's values as the form starts them (absent texts as undefined, so placeholders show). */
export function formValuesOf(type: RecordTypeName, record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    formFieldsOf(type, 'update').map((f) => {
      const v = record[f.name];
      if (f.type === 'date') return [f.name, typeof v === 'string' ? dayjs(v) : null];
      return [f.name, v ?? (TEXT_TYPES.has(f.type) ? undefined : null)];
    }),
  );
}

/** Fields every record has (owner, team, timestamps): screens list them after the type's own. */
const BASE_FIELDS = new Set(['id', 'ownerId', 'teamId', 'createdAt', 'updatedAt']);

/** The type's own fields first, then the ones every record has, each in definition order. */
export function ownFieldsFirst(fields: readonly CatalogueField[]): CatalogueField[] {
  return [...fields.filter((f) => !BASE_FIELDS.has(f.name)), ...fields.filter((f) => BASE_FIELDS.has(f.name))];
}

/** Rows of a record page's details: readable values (not ids, JSON or addresses); owner and dates last. */
export function detailFieldsOf(type: RecordTypeName, except: readonly string[] = []): CatalogueField[] {
  return ownFieldsFirst(recordFields(type).filter((f) => f.readable && !except.includes(f.name) && !['id', 'json', 'address'].includes(f.type) && f.name !== 'teamId' && f.name !== 'updatedAt'));
}

/** The filter-builder kind of a field, or null when the builder has no input for it (ids, non-user references). */
function kindOf(f: CatalogueField): FieldKind | null {
  if (f.type === 'reference') return f.references === 'user' ? 'user' : null;
  if (f.type === 'enum' || (TEXT_TYPES.has(f.type) && f.enumValues.length > 0)) return 'select';
  if (TEXT_TYPES.has(f.type)) return 'text';
  if (f.type === 'integer' || f.type === 'number' || f.type === 'money') return 'number';
  if (f.type === 'date' || f.type === 'datetime' || f.type === 'boolean') return f.type;
  return null;
}

/**
 * The filter builder's built-in fields of a record type. Enum values are what the API's filter
 * takes: the GraphQL enum names, or the stored values where the field keeps a text filter. Closed
 * text fields (a contact's language) are labelled by `valueLabel`, or show their values. A
 * reference is offered only with `references` options for it (ids are no use to type); a picklist
 * field takes its configured values from there too (`picklistOptions`).
 */
export function filterFieldsOf(
  type: RecordTypeName,
  t: TFunction,
  valueLabel: (field: string, value: string) => string = (_f, v) => v,
  references: Readonly<Record<string, FilterFieldDef['options']>> = {},
): FilterFieldDef[] {
  const defs: FilterFieldDef[] = [];
  for (const f of recordFields(type)) {
    // A reference the page has the records of (a deal's stages), or a field kept by a configured
    // list (an industry), is picked from the options the page supplies.
    const picked = f.type === 'reference' || f.picklist ? references[f.name] : undefined;
    const kind = f.operators.length > 0 && !f.custom ? (picked ? 'select' : kindOf(f)) : null;
    if (!kind || f.label === null) continue;
    const textFilter = f.operators.includes('contains');
    const def: FilterFieldDef = { id: f.name, label: t(f.label), kind, nullable: !f.required && f.operators.includes('isNull') };
    if (picked) def.options = picked;
    else if (f.type === 'enum' && f.enumName) {
      def.options = f.enumValues.map((v) => ({ value: textFilter ? v : v.toUpperCase(), label: t(enumLabelKey(f.enumName!, v)) }));
    } else if (f.enumValues.length > 0) def.options = f.enumValues.map((v) => ({ value: v, label: valueLabel(f.name, v) }));
    defs.push(def);
  }
  return defs;
}

/** Filter options of a record type's picklist fields (industry, territory…): each list's values labelled for the reader. */
export function picklistOptions(type: RecordTypeName, values: (list: string) => readonly { value: string }[], label: (list: string, value: string) => string): Record<string, FilterFieldDef['options']> {
  return Object.fromEntries(recordFields(type).flatMap((f) => (f.picklist ? [[f.name, values(f.picklist).map((v) => ({ value: v.value, label: label(f.picklist!, v.value) }))]] : [])));
}
