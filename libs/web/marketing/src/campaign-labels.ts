import type { AttributionModel, CampaignStatus, CampaignType } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

// One literal key per value (see web-core's role-labels.ts): the i18n key test sees every key,
// and a new enum value fails the type check until it has a label.

const TYPE_LABELS: Record<CampaignType, (t: TFunction) => string> = {
  EMAIL: (t) => t('campaignType.EMAIL'),
  EVENT: (t) => t('campaignType.EVENT'),
  WEBINAR: (t) => t('campaignType.WEBINAR'),
  TRADE_SHOW: (t) => t('campaignType.TRADE_SHOW'),
  ADVERTISING: (t) => t('campaignType.ADVERTISING'),
  DIRECT_MAIL: (t) => t('campaignType.DIRECT_MAIL'),
  TELEMARKETING: (t) => t('campaignType.TELEMARKETING'),
  PARTNER: (t) => t('campaignType.PARTNER'),
  OTHER: (t) => t('campaignType.OTHER'),
};
export const ALL_CAMPAIGN_TYPES = Object.keys(TYPE_LABELS) as CampaignType[];
export const campaignTypeLabel = (t: TFunction, v: CampaignType): string => TYPE_LABELS[v]?.(t) ?? v;

const STATUS_LABELS: Record<CampaignStatus, (t: TFunction) => string> = {
  PLANNED: (t) => t('campaignStatus.PLANNED'),
  ACTIVE: (t) => t('campaignStatus.ACTIVE'),
  COMPLETED: (t) => t('campaignStatus.COMPLETED'),
  ABORTED: (t) => t('campaignStatus.ABORTED'),
};
export const ALL_CAMPAIGN_STATUSES = Object.keys(STATUS_LABELS) as CampaignStatus[];
export const campaignStatusLabel = (t: TFunction, v: CampaignStatus): string => STATUS_LABELS[v]?.(t) ?? v;

export const CAMPAIGN_STATUS_COLORS: Record<CampaignStatus, string> = {
  PLANNED: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'default',
  ABORTED: 'red',
};

const MODEL_LABELS: Record<AttributionModel, (t: TFunction) => string> = {
  FIRST_TOUCH: (t) => t('attributionModel.FIRST_TOUCH'),
  LAST_TOUCH: (t) => t('attributionModel.LAST_TOUCH'),
  EVEN: (t) => t('attributionModel.EVEN'),
  POSITION_BASED: (t) => t('attributionModel.POSITION_BASED'),
};
export const ALL_ATTRIBUTION_MODELS = Object.keys(MODEL_LABELS) as AttributionModel[];
export const attributionModelLabel = (t: TFunction, v: AttributionModel): string => MODEL_LABELS[v]?.(t) ?? v;

// Member status labels are shared with the sales lists' "Add to campaign": they live in web-core.
export { KNOWN_MEMBER_STATUSES, memberStatusLabel } from '@rapport/web-core';
