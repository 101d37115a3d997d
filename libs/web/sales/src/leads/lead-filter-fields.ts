import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';
import { filterFieldsOf } from '@rapport/web-core';

/** Built-in fields of the leads filter builder (LeadFilter), from the catalogue. */
export function leadFilterFields(t: TFunction): FilterFieldDef[] {
  return filterFieldsOf('lead', t);
}

/** LeadFilter enums, which the REST export compares by their stored lower-case values. */
export const LEAD_ENUM_FIELDS = ['status', 'source'] as const;
