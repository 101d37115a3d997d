import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';
import { ALL_LEAD_SOURCES, ALL_LEAD_STATUSES, leadSourceLabel, leadStatusLabel } from '@rapport/web-core';

/** Built-in fields of the leads filter builder (LeadFilter). Status and source are enums. */
export function leadFilterFields(t: TFunction): FilterFieldDef[] {
  return [
    { id: 'firstName', label: t('fields.firstName'), kind: 'text' },
    { id: 'lastName', label: t('fields.lastName'), kind: 'text' },
    { id: 'company', label: t('fields.company'), kind: 'text', nullable: true },
    { id: 'email', label: t('fields.email'), kind: 'text', nullable: true },
    { id: 'phone', label: t('fields.phone'), kind: 'text', nullable: true },
    { id: 'status', label: t('fields.status'), kind: 'select', options: ALL_LEAD_STATUSES.map((v) => ({ value: v, label: leadStatusLabel(t, v) })) },
    { id: 'source', label: t('fields.source'), kind: 'select', options: ALL_LEAD_SOURCES.map((v) => ({ value: v, label: leadSourceLabel(t, v) })) },
    { id: 'score', label: t('leads.fields.score'), kind: 'number' },
    { id: 'campaign', label: t('leads.fields.campaign'), kind: 'text', nullable: true },
    { id: 'productInterest', label: t('leads.fields.productInterest'), kind: 'text', nullable: true },
    { id: 'country', label: t('leads.fields.country'), kind: 'text', nullable: true },
    { id: 'ownerId', label: t('common.owner'), kind: 'user', nullable: true },
    { id: 'createdAt', label: t('common.created'), kind: 'datetime' },
    { id: 'updatedAt', label: t('common.updated'), kind: 'datetime' },
  ];
}

/** LeadFilter enums, which the REST export compares by their stored lower-case values. */
export const LEAD_ENUM_FIELDS = ['status', 'source'] as const;
