import type { CustomFieldType, CustomizableObject } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

// One literal key per value (see role-labels.ts).
const TYPE_LABELS: Record<CustomFieldType, (t: TFunction) => string> = {
  TEXT: (t) => t('customFields.type.TEXT'),
  NUMBER: (t) => t('customFields.type.NUMBER'),
  DATE: (t) => t('customFields.type.DATE'),
  SELECT: (t) => t('customFields.type.SELECT'),
  MULTI_SELECT: (t) => t('customFields.type.MULTI_SELECT'),
  BOOLEAN: (t) => t('customFields.type.BOOLEAN'),
  CURRENCY: (t) => t('customFields.type.CURRENCY'),
};
export const ALL_CUSTOM_FIELD_TYPES = Object.keys(TYPE_LABELS) as CustomFieldType[];
export const customFieldTypeLabel = (t: TFunction, v: CustomFieldType): string => TYPE_LABELS[v]?.(t) ?? v;

const OBJECT_LABELS: Record<CustomizableObject, (t: TFunction) => string> = {
  ACCOUNT: (t) => t('accounts.title'),
  CONTACT: (t) => t('contacts.title'),
  LEAD: (t) => t('leads.title'),
  OPPORTUNITY: (t) => t('opportunities.title'),
  CAMPAIGN: (t) => t('campaigns.title'),
  CASE: (t) => t('nav.serviceCases'),
};
export const ALL_CUSTOMIZABLE_OBJECTS = Object.keys(OBJECT_LABELS) as CustomizableObject[];
export const customizableObjectLabel = (t: TFunction, v: CustomizableObject): string => OBJECT_LABELS[v]?.(t) ?? v;

/** Types whose values are picked from the options the admin lists. */
export const hasOptions = (type: CustomFieldType | undefined) => type === 'SELECT' || type === 'MULTI_SELECT';
