import type { TableColumnsType } from 'antd';
import { sortableColumn, type ListSort } from '../lists/table-sort';
import { CustomFieldValueView } from './custom-fields-card';
import { customValuesOf, type CustomFieldDef } from './custom-field-values';

/** Column keys of custom fields: `cf:<key>`, so they never clash with built-in columns. */
export const customColumnKey = (key: string) => `cf:${key}`;

/**
 * One table column per custom field, in the admin's order; with the list's sort, each sorts on
 * the server (multi-selects excepted: a set of options has no order).
 */
export function customFieldColumns<T extends { customFields: unknown }>(
  definitions: readonly CustomFieldDef[],
  label: (def: CustomFieldDef) => string,
  sort?: ListSort<string>,
): TableColumnsType<T> {
  return definitions.map((def) => ({
    key: customColumnKey(def.key),
    title: label(def),
    ...(def.type === 'MULTI_SELECT' ? {} : sortableColumn(sort, customColumnKey(def.key), 'ascend')),
    render: (_: unknown, row: T) => <CustomFieldValueView def={def} value={customValuesOf(row.customFields)[def.key]} />,
  }));
}
