import type { ForecastCategory, Role } from '@rapport/web-data-access';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '@rapport/web-ui';
import type { TFunction } from 'i18next';
import { forecastLabel } from '@rapport/web-core';
import { roleLabel } from '@rapport/web-core';

// The revenue API speaks in lower-case strings (not GraphQL enums). One literal key per value so
// the i18n key test sees every key; unknown values from a newer server show as they are.

type Labels = Record<string, (t: TFunction) => string>;
const labelOf = (labels: Labels) => (t: TFunction, value: string) => labels[value]?.(t) ?? value;

const QUOTE_STATUS: Labels = {
  draft: (t) => t('revenue.quoteStatus.draft'),
  pending_approval: (t) => t('revenue.quoteStatus.pending_approval'),
  approved: (t) => t('revenue.quoteStatus.approved'),
  rejected: (t) => t('revenue.quoteStatus.rejected'),
  accepted: (t) => t('revenue.quoteStatus.accepted'),
  superseded: (t) => t('revenue.quoteStatus.superseded'),
};
export const QUOTE_STATUSES = Object.keys(QUOTE_STATUS);
export const quoteStatusLabel = labelOf(QUOTE_STATUS);
export const QUOTE_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  pending_approval: 'gold',
  approved: 'blue',
  rejected: 'red',
  accepted: 'green',
  superseded: 'default',
};

const APPROVAL_STATUS: Labels = {
  pending: (t) => t('revenue.approvalStatus.pending'),
  approved: (t) => t('revenue.approvalStatus.approved'),
  rejected: (t) => t('revenue.approvalStatus.rejected'),
  withdrawn: (t) => t('revenue.approvalStatus.withdrawn'),
};
export const approvalStatusLabel = labelOf(APPROVAL_STATUS);
export const APPROVAL_STATUS_COLORS: Record<string, string> = { pending: 'gold', approved: 'green', rejected: 'red', withdrawn: 'default' };

const REASONS: Labels = {
  competitive: (t) => t('revenue.reason.competitive'),
  strategic_account: (t) => t('revenue.reason.strategic_account'),
  volume: (t) => t('revenue.reason.volume'),
  renewal_retention: (t) => t('revenue.reason.renewal_retention'),
  other: (t) => t('revenue.reason.other'),
};
/** The reason codes submitQuote accepts, in the order people pick them. */
export const REASON_CODES = Object.keys(REASONS);
export const reasonLabel = labelOf(REASONS);

const BOOK_KINDS: Labels = {
  standard: (t) => t('revenue.bookKind.standard'),
  tier: (t) => t('revenue.bookKind.tier'),
  account: (t) => t('revenue.bookKind.account'),
};
export const BOOK_KINDS_ORDER = ['standard', 'tier', 'account'];
export const bookKindLabel = labelOf(BOOK_KINDS);
export const BOOK_KIND_COLORS: Record<string, string> = { standard: 'default', tier: 'purple', account: 'cyan' };

const COMMITMENT_KIND_LABELS: Labels = {
  discount: (t) => t('revenue.commitmentKind.discount'),
  delivery_date: (t) => t('revenue.commitmentKind.delivery_date'),
  follow_up: (t) => t('revenue.commitmentKind.follow_up'),
  free_service: (t) => t('revenue.commitmentKind.free_service'),
  other: (t) => t('revenue.commitmentKind.other'),
};
export const COMMITMENT_KINDS = Object.keys(COMMITMENT_KIND_LABELS);
export const commitmentKindLabel = labelOf(COMMITMENT_KIND_LABELS);

const COMMITMENT_STATUS: Labels = {
  open: (t) => t('revenue.commitmentStatus.open'),
  kept: (t) => t('revenue.commitmentStatus.kept'),
  broken: (t) => t('revenue.commitmentStatus.broken'),
};
export const COMMITMENT_STATUSES = Object.keys(COMMITMENT_STATUS);
export const commitmentStatusLabel = labelOf(COMMITMENT_STATUS);
export const COMMITMENT_STATUS_COLORS: Record<string, string> = { open: 'blue', kept: 'green', broken: 'red' };

/** Forecast categories arrive as `best_case`; the core labels are keyed by the GraphQL enum. */
export const categoryLabel = (t: TFunction, category: string): string => forecastLabel(t, category.toUpperCase() as ForecastCategory);

/** Tolerances name roles as the database does (`sales_rep`); the labels use the GraphQL enum. */
export const toleranceRoleLabel = (t: TFunction, role: string): string => roleLabel(t, role.toUpperCase() as Role);

/** Quote PDF languages: each named in its own script, as the language switch does. */
export const QUOTE_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export const quoteLanguageLabel = (language: string): string => (isLanguage(language) ? LANGUAGE_NATIVE_NAMES[language] : language);
