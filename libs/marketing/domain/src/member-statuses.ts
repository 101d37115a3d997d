import { CampaignType } from './enums';

/**
 * A member's status on a campaign, from the set of its campaign's type, in the order people move
 * through them. `responded` marks the statuses that count as a response (they stamp
 * `respondedAt`, and attribution and the funnel start from them).
 */
export interface MemberStatus {
  value: string;
  responded: boolean;
}

const s = (value: string, responded = false): MemberStatus => ({ value, responded });

const EMAIL = [s('sent'), s('opened'), s('clicked', true), s('responded', true), s('unsubscribed')];
const EVENT = [s('invited'), s('registered'), s('waitlisted'), s('attended', true), s('no_show'), s('cancelled')];
// A booth visitor handed a card or was scanned: that is the response.
const TRADE_SHOW = [s('invited'), s('visited', true), s('follow_up', true)];
const OUTBOUND = [s('targeted'), s('sent'), s('responded', true)];
const CALLS = [s('targeted'), s('called'), s('reached', true), s('interested', true), s('not_interested')];
// An inbound response (a call to the tracking number, a form) joins as responded.
const INBOUND = [s('targeted'), s('responded', true)];

export const MEMBER_STATUSES: Readonly<Record<CampaignType, readonly MemberStatus[]>> = {
  [CampaignType.Email]: EMAIL,
  [CampaignType.Event]: EVENT,
  [CampaignType.Webinar]: EVENT,
  [CampaignType.TradeShow]: TRADE_SHOW,
  [CampaignType.Advertising]: INBOUND,
  [CampaignType.DirectMail]: OUTBOUND,
  [CampaignType.Telemarketing]: CALLS,
  [CampaignType.Partner]: INBOUND,
  [CampaignType.Other]: OUTBOUND,
};

/** Every status any campaign type uses (the API's enum), in first-seen order. */
export const ALL_MEMBER_STATUSES: readonly string[] = [...new Set(Object.values(MEMBER_STATUSES).flatMap((set) => set.map((m) => m.value)))];

/** The status a member gets when added without one: the first of the type's set. */
export function defaultMemberStatus(type: CampaignType): string {
  return MEMBER_STATUSES[type][0]!.value;
}

/** Why `status` is not a status of a `type` campaign, or null. */
export function memberStatusProblem(type: CampaignType, status: string): string | null {
  return MEMBER_STATUSES[type].some((m) => m.value === status) ? null : `This campaign’s type has no member status “${status}”.`;
}

/** Whether a member with this status has responded. */
export function isResponse(type: CampaignType, status: string): boolean {
  return MEMBER_STATUSES[type].find((m) => m.value === status)?.responded ?? false;
}

/** The statuses of every type that count as responses (SQL uses the pairs to stamp and count). */
export function responsePairs(): { type: CampaignType; status: string }[] {
  return (Object.keys(MEMBER_STATUSES) as CampaignType[]).flatMap((type) => MEMBER_STATUSES[type].filter((m) => m.responded).map((m) => ({ type, status: m.value })));
}

/** The status an inbound response (a call to the tracking number) gives a member: the type's first response. */
export function responseStatus(type: CampaignType): string {
  return MEMBER_STATUSES[type].find((m) => m.responded)!.value;
}

/**
 * Where an open or a click of a mailing moves its person's membership of the mailing's campaign:
 * forward through the type's statuses to `opened` or `clicked` when the type has that status, never
 * back, and never out of `unsubscribed`. Null: leave the membership as it is.
 */
export function statusAfterEngagement(type: CampaignType, current: string, event: 'open' | 'click'): string | null {
  const order = MEMBER_STATUSES[type].map((m) => m.value);
  const target = event === 'open' ? 'opened' : 'clicked';
  const to = order.indexOf(target);
  const from = order.indexOf(current);
  if (to < 0 || from < 0 || current === 'unsubscribed') return null;
  return to > from ? target : null;
}

/**
 * The statuses of a type named by a caller (`TRADE_SHOW` or `trade_show`); none for a name that is
 * not a type — own keys only, so "constructor" or "__proto__" name nothing.
 */
export function memberStatusesOf(type: string): readonly MemberStatus[] {
  const key = type.toLowerCase();
  return Object.hasOwn(MEMBER_STATUSES, key) ? MEMBER_STATUSES[key as CampaignType] : [];
}
