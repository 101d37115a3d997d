import type { ContactPolicyFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import type { MailingSkipReason, MailingStatus, MailingWhenKind } from './mailing-model';

// One literal key per value (as in campaign-labels.ts): the i18n key test sees every key, and a new
// enum value fails the type check until it has a label. Messages: lazy/mailings.*.json.

const STATUS_LABELS: Record<MailingStatus, (t: TFunction) => string> = {
  DRAFT: (t) => t('mailings.status.DRAFT'),
  SCHEDULED: (t) => t('mailings.status.SCHEDULED'),
  SENDING: (t) => t('mailings.status.SENDING'),
  PAUSED: (t) => t('mailings.status.PAUSED'),
  COMPLETED: (t) => t('mailings.status.COMPLETED'),
  CANCELLED: (t) => t('mailings.status.CANCELLED'),
};
export const mailingStatusLabel = (t: TFunction, v: MailingStatus): string => STATUS_LABELS[v]?.(t) ?? v;

export const MAILING_STATUS_COLORS: Record<MailingStatus, string> = {
  DRAFT: 'default',
  SCHEDULED: 'blue',
  SENDING: 'processing',
  PAUSED: 'warning',
  COMPLETED: 'success',
  CANCELLED: 'error',
};

const SKIP_REASON_LABELS: Record<MailingSkipReason, (t: TFunction) => string> = {
  SUPPRESSED: (t) => t('mailings.skipReason.SUPPRESSED'),
  GLOBAL_OPT_OUT: (t) => t('mailings.skipReason.GLOBAL_OPT_OUT'),
  OPTED_OUT: (t) => t('mailings.skipReason.OPTED_OUT'),
  PENDING_DOUBLE_OPT_IN: (t) => t('mailings.skipReason.PENDING_DOUBLE_OPT_IN'),
  NO_CONSENT: (t) => t('mailings.skipReason.NO_CONSENT'),
  OVERDUE_COMMITMENT: (t) => t('mailings.skipReason.OVERDUE_COMMITMENT'),
  OPEN_HIGH_PRIORITY_CASE: (t) => t('mailings.skipReason.OPEN_HIGH_PRIORITY_CASE'),
  FREQUENCY_CAP: (t) => t('mailings.skipReason.FREQUENCY_CAP'),
  SAME_CONTENT: (t) => t('mailings.skipReason.SAME_CONTENT'),
  EXCLUDED: (t) => t('mailings.skipReason.EXCLUDED'),
  CANCELLED: (t) => t('mailings.skipReason.CANCELLED'),
};
export const ALL_SKIP_REASONS = Object.keys(SKIP_REASON_LABELS) as MailingSkipReason[];
export const skipReasonLabel = (t: TFunction, v: MailingSkipReason): string => SKIP_REASON_LABELS[v]?.(t) ?? v;

/**
 * Why a mailing paused itself: the API gives a message key (`mailings.paused.failures`). A key
 * this app does not know yet is not shown raw: the general "it paused itself" stands in.
 */
const PAUSED_REASONS: Record<string, (t: TFunction) => string> = {
  'mailings.paused.failures': (t) => t('mailings.paused.failures'),
};
export const pausedReasonLabel = (t: TFunction, key: string | null): string => (key ? (PAUSED_REASONS[key]?.(t) ?? t('mailings.paused.other')) : t('mailings.paused.byPerson'));

export type ContactPolicyRuleKey = ContactPolicyFieldsFragment['rules'][number];

// The keys marketing-domain's CONTACT_POLICY_RULES names for each rule (`label`).
const RULE_LABELS: Record<ContactPolicyRuleKey, (t: TFunction) => string> = {
  OPEN_HIGH_PRIORITY_CASE: (t) => t('mailings.policy.rules.openHighPriorityCase'),
  OVERDUE_COMMITMENT: (t) => t('mailings.policy.rules.overdueCommitment'),
};
export const policyRuleLabel = (t: TFunction, v: ContactPolicyRuleKey): string => RULE_LABELS[v]?.(t) ?? v;

/** Why a rule cannot be switched on yet: the data it needs does not exist in Rapport. */
const RULE_UNAVAILABLE: Record<ContactPolicyRuleKey, (t: TFunction) => string> = {
  OPEN_HIGH_PRIORITY_CASE: (t) => t('mailings.policy.unavailable.openHighPriorityCase'),
  OVERDUE_COMMITMENT: (t) => t('mailings.policy.unavailable.overdueCommitment'),
};
export const policyRuleUnavailable = (t: TFunction, v: ContactPolicyRuleKey): string => RULE_UNAVAILABLE[v]?.(t) ?? t('mailings.policy.unavailable.other');

const WHEN_LABELS: Record<MailingWhenKind, (t: TFunction, at: string) => string> = {
  notScheduled: (t) => t('mailings.when.notScheduled'),
  planned: (t, at) => t('mailings.when.planned', { at }),
  startsAt: (t, at) => t('mailings.when.startsAt', { at }),
  startsNow: (t) => t('mailings.when.startsNow'),
  started: (t, at) => t('mailings.when.started', { at }),
  finished: (t, at) => t('mailings.when.finished', { at }),
  cancelled: (t, at) => t('mailings.when.cancelled', { at }),
  nextRun: (t, at) => t('mailings.when.nextRun', { at }),
  seriesPaused: (t) => t('mailings.when.seriesPaused'),
};
/** "Starts 2026-12-05 09:00", "Finished …": `at` already formatted for reading. */
export const mailingWhenLabel = (t: TFunction, kind: MailingWhenKind, at: string): string => WHEN_LABELS[kind](t, at);
