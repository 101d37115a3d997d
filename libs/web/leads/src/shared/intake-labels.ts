import type { LeadSource } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import { ALL_LEAD_SOURCES, leadSourceLabel } from '@rapport/web-core';
import type { LeadImportDedupPolicy, LeadImportField, LeadImportStatus } from './intake-types';

// One literal key per value (as in labels/sales-labels.ts): the i18n key test sees every key, and
// the API's lower-case strings that are not GraphQL enums get a label or fall back to themselves.

type Labels<K extends string> = Record<K, (t: TFunction) => string>;
const pick = <K extends string>(labels: Labels<K>, t: TFunction, value: string): string =>
  (labels as Record<string, ((t: TFunction) => string) | undefined>)[value]?.(t) ?? value;

/** Sources as the intake API stores them (`web`), labelled like the lead's source enum. */
export const SOURCE_VALUES = ALL_LEAD_SOURCES.map((s) => s.toLowerCase());
export function sourceLabel(t: TFunction, source: string | null | undefined): string {
  if (!source) return t('intake.common.anySource');
  const upper = source.toUpperCase();
  return (ALL_LEAD_SOURCES as string[]).includes(upper) ? leadSourceLabel(t, upper as LeadSource) : source;
}

export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'answered';
const SLA_STATE: Labels<SlaState> = {
  on_track: (t) => t('intake.sla.onTrack'),
  at_risk: (t) => t('intake.sla.atRisk'),
  breached: (t) => t('intake.sla.breached'),
  answered: (t) => t('intake.sla.answered'),
};
export const slaStateLabel = (t: TFunction, v: string) => pick(SLA_STATE, t, v);
export const SLA_STATE_COLORS: Record<string, string> = { on_track: 'green', at_risk: 'orange', breached: 'red', answered: 'default' };

export const PRIORITIES = ['high', 'normal', 'low'] as const;
const PRIORITY: Labels<(typeof PRIORITIES)[number]> = {
  high: (t) => t('intake.priority.high'),
  normal: (t) => t('intake.priority.normal'),
  low: (t) => t('intake.priority.low'),
};
export const priorityLabel = (t: TFunction, v: string | null | undefined) => (v ? pick(PRIORITY, t, v) : t('intake.priority.any'));

export const DISTRIBUTIONS = ['round_robin', 'least_loaded'] as const;
const DISTRIBUTION: Labels<(typeof DISTRIBUTIONS)[number]> = {
  round_robin: (t) => t('intake.routing.roundRobin'),
  least_loaded: (t) => t('intake.routing.leastLoaded'),
};
export const distributionLabel = (t: TFunction, v: string) => pick(DISTRIBUTION, t, v);

export const ESCALATION_ACTIONS = ['remind_owner', 'notify_manager', 'reassign'] as const;
const ESCALATION: Labels<(typeof ESCALATION_ACTIONS)[number]> = {
  remind_owner: (t) => t('intake.settings.remindOwner'),
  notify_manager: (t) => t('intake.settings.notifyManager'),
  reassign: (t) => t('intake.settings.reassign'),
};
export const escalationLabel = (t: TFunction, v: string) => pick(ESCALATION, t, v);

/** Lead attributes named by forms, imports and scoring rules (API keys in camelCase). */
const FIELD: Labels<string> = {
  firstName: (t) => t('intake.field.firstName'),
  lastName: (t) => t('intake.field.lastName'),
  email: (t) => t('intake.field.email'),
  company: (t) => t('intake.field.company'),
  phone: (t) => t('intake.field.phone'),
  title: (t) => t('intake.field.title'),
  country: (t) => t('intake.field.country'),
  region: (t) => t('intake.field.region'),
  productInterest: (t) => t('intake.field.productInterest'),
  employees: (t) => t('intake.field.employees'),
  language: (t) => t('intake.field.language'),
  message: (t) => t('intake.field.message'),
  source: (t) => t('intake.field.source'),
  campaign: (t) => t('intake.field.campaign'),
  campaignSource: (t) => t('intake.field.campaign'),
  status: (t) => t('intake.field.status'),
  emailDomain: (t) => t('intake.field.emailDomain'),
  submissions: (t) => t('intake.field.submissions'),
  activities: (t) => t('intake.field.activities'),
  calls: (t) => t('intake.field.calls'),
  meetings: (t) => t('intake.field.meetings'),
  emails: (t) => t('intake.field.emails'),
};
export const fieldLabel = (t: TFunction, key: string) => pick(FIELD, t, key);

/** `FIRST_NAME` → `firstName`: the import enum names the same attributes in SCREAMING_CASE. */
export const importFieldKey = (f: LeadImportField): string => f.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
export const importFieldLabel = (t: TFunction, f: LeadImportField) => fieldLabel(t, importFieldKey(f));
export const IMPORT_FIELDS: LeadImportField[] = [
  'FIRST_NAME',
  'LAST_NAME',
  'COMPANY',
  'TITLE',
  'EMAIL',
  'PHONE',
  'SOURCE',
  'CAMPAIGN_SOURCE',
  'STATUS',
  'PRODUCT_INTEREST',
  'COUNTRY',
  'REGION',
  'MESSAGE',
  'EMPLOYEES',
  'LANGUAGE',
];

export const SCORE_OPERATORS = ['eq', 'in', 'contains', 'gte', 'lte', 'exists'] as const;
export type ScoreOperator = (typeof SCORE_OPERATORS)[number];
const OPERATOR: Labels<ScoreOperator> = {
  eq: (t) => t('intake.scoring.op.eq'),
  in: (t) => t('intake.scoring.op.in'),
  contains: (t) => t('intake.scoring.op.contains'),
  gte: (t) => t('intake.scoring.op.gte'),
  lte: (t) => t('intake.scoring.op.lte'),
  exists: (t) => t('intake.scoring.op.exists'),
};
export const operatorLabel = (t: TFunction, v: string) => pick(OPERATOR, t, v);

/** ISO weekdays 1 (Monday) … 7 (Sunday), as the API stores them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const WEEKDAY: Labels<'1' | '2' | '3' | '4' | '5' | '6' | '7'> = {
  '1': (t) => t('intake.weekday.1'),
  '2': (t) => t('intake.weekday.2'),
  '3': (t) => t('intake.weekday.3'),
  '4': (t) => t('intake.weekday.4'),
  '5': (t) => t('intake.weekday.5'),
  '6': (t) => t('intake.weekday.6'),
  '7': (t) => t('intake.weekday.7'),
};
export const weekdayLabel = (t: TFunction, d: number) => pick(WEEKDAY, t, String(d));

export const DEDUP_POLICIES: LeadImportDedupPolicy[] = ['SKIP', 'UPDATE', 'MERGE'];
const DEDUP: Labels<LeadImportDedupPolicy> = {
  SKIP: (t) => t('intake.import.dedup.SKIP'),
  UPDATE: (t) => t('intake.import.dedup.UPDATE'),
  MERGE: (t) => t('intake.import.dedup.MERGE'),
};
const DEDUP_HINT: Labels<LeadImportDedupPolicy> = {
  SKIP: (t) => t('intake.import.dedupHint.SKIP'),
  UPDATE: (t) => t('intake.import.dedupHint.UPDATE'),
  MERGE: (t) => t('intake.import.dedupHint.MERGE'),
};
export const dedupLabel = (t: TFunction, v: LeadImportDedupPolicy) => pick(DEDUP, t, v);
export const dedupHint = (t: TFunction, v: LeadImportDedupPolicy) => pick(DEDUP_HINT, t, v);

const IMPORT_STATUS: Labels<LeadImportStatus> = {
  UPLOADED: (t) => t('intake.import.status.UPLOADED'),
  QUEUED: (t) => t('intake.import.status.QUEUED'),
  RUNNING: (t) => t('intake.import.status.RUNNING'),
  DONE: (t) => t('intake.import.status.DONE'),
  FAILED: (t) => t('intake.import.status.FAILED'),
  UNDONE: (t) => t('intake.import.status.UNDONE'),
};
export const importStatusLabel = (t: TFunction, v: LeadImportStatus) => pick(IMPORT_STATUS, t, v);
export const IMPORT_STATUS_COLORS: Record<LeadImportStatus, string> = {
  UPLOADED: 'default',
  QUEUED: 'blue',
  RUNNING: 'processing',
  DONE: 'green',
  FAILED: 'red',
  UNDONE: 'default',
};
