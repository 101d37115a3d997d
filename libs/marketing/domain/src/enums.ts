/** What kind of campaign it is: decides its member statuses and how it is reported. */
export enum CampaignType {
  Email = 'email',
  Event = 'event',
  Webinar = 'webinar',
  TradeShow = 'trade_show',
  Advertising = 'advertising',
  DirectMail = 'direct_mail',
  Telemarketing = 'telemarketing',
  Partner = 'partner',
  Other = 'other',
}

export enum CampaignStatus {
  Planned = 'planned',
  Active = 'active',
  Completed = 'completed',
  Aborted = 'aborted',
}
