import type {
  AccountTier,
  ActivityType,
  ForecastCategory,
  LeadSource,
  LeadStatus,
  PreferredChannel,
} from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

// One literal key per value (see role-labels.ts): the i18n key test sees every key, and a new
// enum value fails the type check until it has a label.

const LEAD_STATUS_LABELS: Record<LeadStatus, (t: TFunction) => string> = {
  NEW: (t) => t('leadStatus.NEW'),
  WORKING: (t) => t('leadStatus.WORKING'),
  NURTURING: (t) => t('leadStatus.NURTURING'),
  QUALIFIED: (t) => t('leadStatus.QUALIFIED'),
  UNQUALIFIED: (t) => t('leadStatus.UNQUALIFIED'),
  CONVERTED: (t) => t('leadStatus.CONVERTED'),
};
export const ALL_LEAD_STATUSES = Object.keys(LEAD_STATUS_LABELS) as LeadStatus[];
export const leadStatusLabel = (t: TFunction, v: LeadStatus): string => LEAD_STATUS_LABELS[v]?.(t) ?? v;

export const LEAD_STATUS_COLORS: Record<LeadStatus, string> = {
  NEW: 'blue',
  WORKING: 'geekblue',
  NURTURING: 'purple',
  QUALIFIED: 'green',
  UNQUALIFIED: 'default',
  CONVERTED: 'gold',
};

const LEAD_SOURCE_LABELS: Record<LeadSource, (t: TFunction) => string> = {
  WEB: (t) => t('leadSource.WEB'),
  EVENT: (t) => t('leadSource.EVENT'),
  IMPORT: (t) => t('leadSource.IMPORT'),
  REFERRAL: (t) => t('leadSource.REFERRAL'),
  PHONE: (t) => t('leadSource.PHONE'),
  EMAIL: (t) => t('leadSource.EMAIL'),
  PARTNER: (t) => t('leadSource.PARTNER'),
  OTHER: (t) => t('leadSource.OTHER'),
};
export const ALL_LEAD_SOURCES = Object.keys(LEAD_SOURCE_LABELS) as LeadSource[];
export const leadSourceLabel = (t: TFunction, v: LeadSource): string => LEAD_SOURCE_LABELS[v]?.(t) ?? v;

const ACTIVITY_TYPE_LABELS: Record<ActivityType, (t: TFunction) => string> = {
  CALL: (t) => t('activityType.CALL'),
  MEETING: (t) => t('activityType.MEETING'),
  TASK: (t) => t('activityType.TASK'),
  NOTE: (t) => t('activityType.NOTE'),
  EMAIL: (t) => t('activityType.EMAIL'),
};
export const ALL_ACTIVITY_TYPES = Object.keys(ACTIVITY_TYPE_LABELS) as ActivityType[];
export const activityTypeLabel = (t: TFunction, v: ActivityType): string => ACTIVITY_TYPE_LABELS[v]?.(t) ?? v;

const TIER_LABELS: Record<AccountTier, (t: TFunction) => string> = {
  STRATEGIC: (t) => t('accountTier.STRATEGIC'),
  KEY: (t) => t('accountTier.KEY'),
  STANDARD: (t) => t('accountTier.STANDARD'),
  SMALL: (t) => t('accountTier.SMALL'),
};
export const ALL_ACCOUNT_TIERS = Object.keys(TIER_LABELS) as AccountTier[];
export const accountTierLabel = (t: TFunction, v: AccountTier): string => TIER_LABELS[v]?.(t) ?? v;

const CHANNEL_LABELS: Record<PreferredChannel, (t: TFunction) => string> = {
  EMAIL: (t) => t('preferredChannel.EMAIL'),
  PHONE: (t) => t('preferredChannel.PHONE'),
  SMS: (t) => t('preferredChannel.SMS'),
  WECHAT: (t) => t('preferredChannel.WECHAT'),
  NONE: (t) => t('preferredChannel.NONE'),
};
export const ALL_CHANNELS = Object.keys(CHANNEL_LABELS) as PreferredChannel[];
export const channelLabel = (t: TFunction, v: PreferredChannel): string => CHANNEL_LABELS[v]?.(t) ?? v;

const FORECAST_LABELS: Record<ForecastCategory, (t: TFunction) => string> = {
  PIPELINE: (t) => t('forecast.PIPELINE'),
  BEST_CASE: (t) => t('forecast.BEST_CASE'),
  COMMIT: (t) => t('forecast.COMMIT'),
  CLOSED: (t) => t('forecast.CLOSED'),
  OMITTED: (t) => t('forecast.OMITTED'),
};
export const forecastLabel = (t: TFunction, v: ForecastCategory): string => FORECAST_LABELS[v]?.(t) ?? v;

/** Duplicate-match reasons as the API names them (`email`, `phone`, `name`). */
export function duplicateReasonLabel(t: TFunction, reason: string): string {
  switch (reason) {
    case 'email':
      return t('duplicates.reason.email');
    case 'phone':
      return t('duplicates.reason.phone');
    case 'name':
      return t('duplicates.reason.name');
    default:
      return reason;
  }
}

/** Record kinds as search hits and duplicate candidates name them (lower case). */
export function recordTypeLabel(t: TFunction, type: string): string {
  switch (type.toLowerCase()) {
    case 'account':
      return t('recordType.account');
    case 'contact':
      return t('recordType.contact');
    case 'lead':
      return t('recordType.lead');
    case 'opportunity':
      return t('recordType.opportunity');
    default:
      return type;
  }
}
