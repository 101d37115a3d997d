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

// Member statuses are plain strings from the API (each campaign type has its own set,
// `campaignMemberStatuses`); every value the API knows has a label here.
const MEMBER_STATUS_LABELS: Record<string, (t: TFunction) => string> = {
  sent: (t) => t('campaignMemberStatus.sent'),
  opened: (t) => t('campaignMemberStatus.opened'),
  clicked: (t) => t('campaignMemberStatus.clicked'),
  responded: (t) => t('campaignMemberStatus.responded'),
  unsubscribed: (t) => t('campaignMemberStatus.unsubscribed'),
  invited: (t) => t('campaignMemberStatus.invited'),
  registered: (t) => t('campaignMemberStatus.registered'),
  waitlisted: (t) => t('campaignMemberStatus.waitlisted'),
  attended: (t) => t('campaignMemberStatus.attended'),
  no_show: (t) => t('campaignMemberStatus.no_show'),
  cancelled: (t) => t('campaignMemberStatus.cancelled'),
  visited: (t) => t('campaignMemberStatus.visited'),
  follow_up: (t) => t('campaignMemberStatus.follow_up'),
  targeted: (t) => t('campaignMemberStatus.targeted'),
  called: (t) => t('campaignMemberStatus.called'),
  reached: (t) => t('campaignMemberStatus.reached'),
  interested: (t) => t('campaignMemberStatus.interested'),
  not_interested: (t) => t('campaignMemberStatus.not_interested'),
};
/** A status the labels do not know yet (a newer API) shows as its value rather than not at all. */
export const memberStatusLabel = (t: TFunction, v: string): string => MEMBER_STATUS_LABELS[v]?.(t) ?? v;
export const KNOWN_MEMBER_STATUSES = Object.keys(MEMBER_STATUS_LABELS);
