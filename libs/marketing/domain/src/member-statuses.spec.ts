import { CampaignType } from './enums';
import { memberStatusesOf, statusAfterEngagement } from './member-statuses';

describe('statusAfterEngagement', () => {
  it('moves an email campaign’s member forward to opened or clicked, never back and never out of unsubscribed', () => {
    expect(statusAfterEngagement(CampaignType.Email, 'sent', 'open')).toBe('opened');
    expect(statusAfterEngagement(CampaignType.Email, 'sent', 'click')).toBe('clicked');
    expect(statusAfterEngagement(CampaignType.Email, 'opened', 'click')).toBe('clicked');
    expect(statusAfterEngagement(CampaignType.Email, 'clicked', 'open')).toBeNull();
    expect(statusAfterEngagement(CampaignType.Email, 'responded', 'click')).toBeNull();
    expect(statusAfterEngagement(CampaignType.Email, 'unsubscribed', 'click')).toBeNull();
  });
  it('leaves campaigns whose type has no such status alone', () => {
    expect(statusAfterEngagement(CampaignType.TradeShow, 'invited', 'click')).toBeNull();
    expect(statusAfterEngagement(CampaignType.Event, 'registered', 'open')).toBeNull();
  });
});

describe('memberStatusesOf', () => {
  it('names a type in either case, and nothing for a name that is not a type, prototype names included', () => {
    expect(memberStatusesOf('TRADE_SHOW').map((s) => s.value)).toEqual(['invited', 'visited', 'follow_up']);
    expect(memberStatusesOf('email')[0]?.value).toBe('sent');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '']) expect(memberStatusesOf(name)).toEqual([]);
  });
});
