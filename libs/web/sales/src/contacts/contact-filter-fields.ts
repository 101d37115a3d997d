import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';

/** Built-in fields of the contacts filter builder (ContactFilter). */
export function contactFilterFields(t: TFunction): FilterFieldDef[] {
  return [
    { id: 'firstName', label: t('fields.firstName'), kind: 'text' },
    { id: 'lastName', label: t('fields.lastName'), kind: 'text' },
    { id: 'title', label: t('fields.title'), kind: 'text', nullable: true },
    // Matches any of the contact's addresses.
    { id: 'email', label: t('fields.email'), kind: 'text' },
    { id: 'ownerId', label: t('common.owner'), kind: 'user', nullable: true },
    { id: 'createdAt', label: t('common.created'), kind: 'datetime' },
    { id: 'updatedAt', label: t('common.updated'), kind: 'datetime' },
  ];
}
