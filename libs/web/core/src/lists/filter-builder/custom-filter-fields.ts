import type { CustomFieldDef } from '../../custom-fields/custom-field-values';
import { customColumnKey } from '../../custom-fields/custom-field-columns';
import type { FieldKind, FilterFieldDef } from './filter-model';

const KINDS: Record<CustomFieldDef['type'], FieldKind> = {
  TEXT: 'text',
  NUMBER: 'number',
  // The API compares a money field by its amount.
  CURRENCY: 'number',
  DATE: 'date',
  SELECT: 'select',
  MULTI_SELECT: 'multiSelect',
  BOOLEAN: 'boolean',
};

/** Filterable fields for an object's custom fields; ids match their column keys. Options filter by value, shown by `optionLabel`. */
export function customFilterFields(
  definitions: readonly CustomFieldDef[],
  label: (def: CustomFieldDef) => string,
  optionLabel: (def: CustomFieldDef, option: string) => string = (_def, option) => option,
): FilterFieldDef[] {
  return definitions.map((def) => ({
    id: customColumnKey(def.key),
    label: label(def),
    kind: KINDS[def.type],
    customKey: def.key,
    options: def.options.map((o) => ({ value: o, label: optionLabel(def, o) })),
    nullable: def.type !== 'BOOLEAN',
  }));
}
