import type { TFunction } from 'i18next';

// Member statuses are plain strings from the API (each campaign type has its own set,
// `campaignMemberStatuses`); every value the API knows has a label here. They live in core because
// people join campaigns from marketing's campaign page and from the sales lists' bulk bar. The
// messages are in the lazily loaded `marketing` area: whoever shows these labels loads it first.
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
