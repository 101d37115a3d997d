import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';
import { filterFieldsOf } from '@rapport/web-core';

/** Built-in fields of the accounts filter builder (AccountFilter), from the catalogue. */
export function accountFilterFields(t: TFunction): FilterFieldDef[] {
  return filterFieldsOf('account', t);
}
