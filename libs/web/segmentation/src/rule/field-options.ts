import { enumLabelKey, recordFields, type CustomFieldDef } from '@rapport/web-core';
import type { TFunction } from 'i18next';

/**
 * The fields a `contact.field` / `account.field` condition may name (issue 17): the record
 * catalogue's filterable fields of the type (docs/adr/0011; the API compiles the condition with the
 * lists' own filter compiler, so the same fields and operators) and its custom fields as
 * `customFields.<key>`. The kind decides the value input and how a value reads in a sentence.
 */
export type FieldValueKind = 'text' | 'number' | 'date' | 'boolean' | 'enum' | 'multi' | 'user';

export interface SegmentField {
  /** What the condition's `field` parameter holds. */
  name: string;
  label: string;
  kind: FieldValueKind;
  /** The operators the API's filter takes on this field. */
  ops: string[];
  options?: { value: string; label: string }[];
}

export type FieldRecordType = 'contact' | 'account';

const TEXT_TYPES = new Set(['text', 'longText', 'email', 'phone', 'url']);

const CUSTOM: Record<CustomFieldDef['type'], { kind: FieldValueKind; ops: string[] }> = {
  TEXT: { kind: 'text', ops: ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull'] },
  NUMBER: { kind: 'number', ops: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'isNull'] },
  // The API compares a money field by its amount.
  CURRENCY: { kind: 'number', ops: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'isNull'] },
  DATE: { kind: 'date', ops: ['eq', 'gt', 'gte', 'lt', 'lte', 'isNull'] },
  SELECT: { kind: 'enum', ops: ['eq', 'ne', 'in', 'isNull'] },
  // A multi-select is stored as a JSON list: its quoted option matches that option (as the lists' filter does).
  MULTI_SELECT: { kind: 'multi', ops: ['contains', 'isNull'] },
  BOOLEAN: { kind: 'boolean', ops: ['eq'] },
};

export const CUSTOM_PREFIX = 'customFields.';

/**
 * The built-in fields of a record type the builder offers: those with filter operators and a label,
 * not ids, and of the references only the owner (picked by name).
 */
export function segmentFields(
  type: FieldRecordType,
  t: TFunction,
  custom: readonly CustomFieldDef[] = [],
  customLabel: (def: CustomFieldDef) => string = (d) => d.label,
  optionLabel: (def: CustomFieldDef, option: string) => string = (_d, o) => o,
): SegmentField[] {
  const out: SegmentField[] = [];
  for (const f of recordFields(type)) {
    if (!f.operators.length || f.label === null || f.custom || f.type === 'id') continue;
    let kind: FieldValueKind | null = null;
    if (f.type === 'reference') kind = f.references === 'user' ? 'user' : null;
    else if (f.type === 'enum' || (TEXT_TYPES.has(f.type) && f.enumValues.length)) kind = 'enum';
    else if (TEXT_TYPES.has(f.type)) kind = 'text';
    else if (f.type === 'integer' || f.type === 'number' || f.type === 'money') kind = 'number';
    else if (f.type === 'date' || f.type === 'datetime') kind = 'date';
    else if (f.type === 'boolean') kind = 'boolean';
    if (!kind) continue;
    const field: SegmentField = { name: f.name, label: t(f.label), kind, ops: [...f.operators] };
    // The API compares stored values (`strategic`), not the GraphQL enum names.
    if (kind === 'enum') field.options = f.enumValues.map((v) => ({ value: v, label: f.enumName ? t(enumLabelKey(f.enumName, v)) : v }));
    out.push(field);
  }
  for (const def of custom) {
    const spec = CUSTOM[def.type];
    if (!spec) continue;
    const field: SegmentField = { name: `${CUSTOM_PREFIX}${def.key}`, label: customLabel(def), kind: spec.kind, ops: spec.ops };
    if (spec.kind === 'enum' || spec.kind === 'multi') field.options = def.options.map((o) => ({ value: o, label: optionLabel(def, o) }));
    out.push(field);
  }
  return out;
}

/** The record type a field condition is about, or null for any other condition. */
export function fieldConditionType(condition: string): FieldRecordType | null {
  return condition === 'contact.field' ? 'contact' : condition === 'account.field' ? 'account' : null;
}

/** What the value input starts as when the operator changes: lists for `in`, a yes/no for `isNull`. */
export function valueForOp(op: string, previous: unknown): unknown {
  if (op === 'isNull') return true;
  if (op === 'in') return Array.isArray(previous) ? previous : [];
  return Array.isArray(previous) || typeof previous === 'boolean' ? undefined : previous;
}

/** A multi-select option as the stored JSON list contains it, and back. */
export const quoteOption = (option: string): string => JSON.stringify(option);
export const unquoteOption = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  try {
    const v: unknown = JSON.parse(value);
    return typeof v === 'string' ? v : value;
  } catch {
    return value;
  }
};
