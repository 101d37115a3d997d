import type { TFunction } from 'i18next';
import type { OrderField } from './order-mapping';

// One literal key per value, so the i18n key test sees every one.

const FIELD_LABELS: Record<OrderField, (t: TFunction) => string> = {
  externalId: (t) => t('orderImport.fields.externalId'),
  email: (t) => t('orderImport.fields.email'),
  contactId: (t) => t('orderImport.fields.contactId'),
  firstName: (t) => t('orderImport.fields.firstName'),
  lastName: (t) => t('orderImport.fields.lastName'),
  orderedAt: (t) => t('orderImport.fields.orderedAt'),
  currency: (t) => t('orderImport.fields.currency'),
  amount: (t) => t('orderImport.fields.amount'),
  status: (t) => t('orderImport.fields.status'),
  sku: (t) => t('orderImport.fields.sku'),
  productLine: (t) => t('orderImport.fields.productLine'),
  quantity: (t) => t('orderImport.fields.quantity'),
  lineAmount: (t) => t('orderImport.fields.lineAmount'),
};

export function orderFieldLabel(t: TFunction, field: OrderField): string {
  return FIELD_LABELS[field](t);
}

const MISSING_LABELS: Record<string, (t: TFunction) => string> = {
  externalId: (t) => t('orderImport.missing.externalId'),
  orderedAt: (t) => t('orderImport.missing.orderedAt'),
  currency: (t) => t('orderImport.missing.currency'),
  customer: (t) => t('orderImport.missing.customer'),
  amount: (t) => t('orderImport.missing.amount'),
};

export function missingLabel(t: TFunction, group: string): string {
  return MISSING_LABELS[group]?.(t) ?? group;
}

const STATUS_LABELS: Record<string, (t: TFunction) => string> = {
  uploaded: (t) => t('orderImport.status.uploaded'),
  queued: (t) => t('orderImport.status.queued'),
  running: (t) => t('orderImport.status.running'),
  succeeded: (t) => t('orderImport.status.succeeded'),
  failed: (t) => t('orderImport.status.failed'),
  undone: (t) => t('orderImport.status.undone'),
};

export function importStatusLabel(t: TFunction, status: string): string {
  return STATUS_LABELS[status]?.(t) ?? status;
}

export const STATUS_COLORS: Record<string, string> = { uploaded: 'default', queued: 'processing', running: 'processing', succeeded: 'success', failed: 'error', undone: 'default' };
