import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';
import { accountTierLabel, ALL_ACCOUNT_TIERS } from '@rapport/web-core';

/** Built-in fields of the accounts filter builder (AccountFilter). */
export function accountFilterFields(t: TFunction): FilterFieldDef[] {
  return [
    { id: 'name', label: t('fields.name'), kind: 'text' },
    { id: 'industry', label: t('fields.industry'), kind: 'text', nullable: true },
    // AccountFilter.tier compares the stored lower-case values (see account-filter.ts).
    { id: 'tier', label: t('fields.tier'), kind: 'select', nullable: true, options: ALL_ACCOUNT_TIERS.map((v) => ({ value: v.toLowerCase(), label: accountTierLabel(t, v) })) },
    { id: 'territory', label: t('fields.territory'), kind: 'text', nullable: true },
    { id: 'ownerId', label: t('common.owner'), kind: 'user', nullable: true },
    { id: 'createdAt', label: t('common.created'), kind: 'datetime' },
    { id: 'updatedAt', label: t('common.updated'), kind: 'datetime' },
  ];
}
