import type { ConsentEventFieldsFragment, ConsentStateFieldsFragment, SetConsentMutationVariables, SuppressionFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

// The consent enums as the API names them, taken from the documents that carry them.
export type ConsentStatus = ConsentStateFieldsFragment['status'];
export type LawfulBasis = ConsentEventFieldsFragment['lawfulBasis'];
export type ConsentSource = ConsentEventFieldsFragment['source'];
export type SuppressionReason = SuppressionFieldsFragment['reason'];
export type ConsentAnswer = SetConsentMutationVariables['input']['answer'];

// One literal key per value (as in campaign-labels.ts): the i18n key test sees every key, and a new
// enum value fails the type check until it has a label. Messages: lazy/consent.*.json.

const STATUS_LABELS: Record<ConsentStatus | 'NONE', (t: TFunction) => string> = {
  OPTED_IN: (t) => t('consent.status.OPTED_IN'),
  OPTED_OUT: (t) => t('consent.status.OPTED_OUT'),
  PENDING: (t) => t('consent.status.PENDING'),
  NONE: (t) => t('consent.status.NONE'),
};
export const consentStatusLabel = (t: TFunction, v: ConsentStatus | null): string => STATUS_LABELS[v ?? 'NONE']?.(t) ?? String(v);

export const CONSENT_STATUS_COLORS: Record<ConsentStatus | 'NONE', string> = {
  OPTED_IN: 'green',
  OPTED_OUT: 'red',
  PENDING: 'gold',
  NONE: 'default',
};

const BASIS_LABELS: Record<LawfulBasis, (t: TFunction) => string> = {
  CONSENT: (t) => t('consent.lawfulBasis.CONSENT'),
  LEGITIMATE_INTEREST: (t) => t('consent.lawfulBasis.LEGITIMATE_INTEREST'),
  CONTRACT: (t) => t('consent.lawfulBasis.CONTRACT'),
};
export const ALL_LAWFUL_BASES = Object.keys(BASIS_LABELS) as LawfulBasis[];
export const lawfulBasisLabel = (t: TFunction, v: LawfulBasis): string => BASIS_LABELS[v]?.(t) ?? v;

const SOURCE_LABELS: Record<ConsentSource, (t: TFunction) => string> = {
  FORM: (t) => t('consent.source.FORM'),
  IMPORT: (t) => t('consent.source.IMPORT'),
  API: (t) => t('consent.source.API'),
  STAFF: (t) => t('consent.source.STAFF'),
  UNSUBSCRIBE_LINK: (t) => t('consent.source.UNSUBSCRIBE_LINK'),
  PREFERENCE_CENTRE: (t) => t('consent.source.PREFERENCE_CENTRE'),
  DOUBLE_OPT_IN: (t) => t('consent.source.DOUBLE_OPT_IN'),
};
export const consentSourceLabel = (t: TFunction, v: ConsentSource): string => SOURCE_LABELS[v]?.(t) ?? v;

const REASON_LABELS: Record<SuppressionReason, (t: TFunction) => string> = {
  HARD_BOUNCE: (t) => t('consent.reason.HARD_BOUNCE'),
  SOFT_BOUNCE: (t) => t('consent.reason.SOFT_BOUNCE'),
  COMPLAINT: (t) => t('consent.reason.COMPLAINT'),
  OPT_OUT: (t) => t('consent.reason.OPT_OUT'),
  IMPORTED: (t) => t('consent.reason.IMPORTED'),
};
export const suppressionReasonLabel = (t: TFunction, v: SuppressionReason): string => REASON_LABELS[v]?.(t) ?? v;

/** Hard bounces and complaints say most about an address (they replace other reasons on the server). */
export const SUPPRESSION_REASON_COLORS: Record<SuppressionReason, string> = {
  HARD_BOUNCE: 'red',
  COMPLAINT: 'volcano',
  SOFT_BOUNCE: 'orange',
  OPT_OUT: 'gold',
  IMPORTED: 'default',
};

/** The reasons someone may give for a list they add by hand (bounces and complaints also come from the mail). */
export const ADDABLE_REASONS: SuppressionReason[] = ['IMPORTED', 'HARD_BOUNCE', 'COMPLAINT'];
