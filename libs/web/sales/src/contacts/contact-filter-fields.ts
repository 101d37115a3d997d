import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';
import { filterFieldsOf } from '@rapport/web-core';
import { isLanguage, LANGUAGE_NATIVE_NAMES } from '@rapport/web-ui';

/** Built-in fields of the contacts filter builder (ContactFilter), from the catalogue; languages by their own names. */
export function contactFilterFields(t: TFunction): FilterFieldDef[] {
  return filterFieldsOf('contact', t, (field, value) => (field === 'locale' && isLanguage(value) ? LANGUAGE_NATIVE_NAMES[value] : value));
}
