import type { TableColumnsType } from 'antd';
import { CustomFieldValueView } from './custom-fields-card';
import { customValuesOf, type CustomFieldDef } from './custom-field-values';

/** Column keys of custom fields: `cf:<key>`, so they never clash with built-in columns. */
export const customColumnKey = (key: string) => `cf:${key}`;

/** One table column per custom field, in the admin's order. */
export function customFieldColumns<T extends { customFields: unknown }>(
  definitions: readonly CustomFieldDef[],
  label: (def: CustomFieldDef) => string,
): TableColumnsType<T> {
  return definitions.map((def) => ({
    key: customColumnKey(def.key),
    title: label(def),
    render: (_: unknown, row: T) => <CustomFieldValueView def={def} value={customValuesOf(row.customFields)[def.key]} />,
  }));
}
