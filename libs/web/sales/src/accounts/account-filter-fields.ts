import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';
import { filterFieldsOf } from '@rapport/web-core';

/**
 * Built-in fields of the accounts filter builder (AccountFilter), from the catalogue; industry and
 * territory pick from their configured values (`options`, from picklistOptions).
 */
export function accountFilterFields(t: TFunction, options: Readonly<Record<string, FilterFieldDef['options']>> = {}): FilterFieldDef[] {
  return filterFieldsOf('account', t, undefined, options);
}
