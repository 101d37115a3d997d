/** Stored values of the sales enums (GraphQL exposes them in SCREAMING_CASE). */
export enum LeadSource {
  Web = 'web',
  Event = 'event',
  Import = 'import',
  Referral = 'referral',
  Phone = 'phone',
  Email = 'email',
  Partner = 'partner',
  Other = 'other',
}

export enum LeadStatus {
  New = 'new',
  Working = 'working',
  Nurturing = 'nurturing',
  Qualified = 'qualified',
  Unqualified = 'unqualified',
  Converted = 'converted',
}

export enum ForecastCategory {
  Pipeline = 'pipeline',
  BestCase = 'best_case',
  Commit = 'commit',
  Closed = 'closed',
  Omitted = 'omitted',
}

export enum ActivityType {
  Call = 'call',
  Meeting = 'meeting',
  Task = 'task',
  Note = 'note',
  Email = 'email',
}

export enum PreferredChannel {
  Email = 'email',
  Phone = 'phone',
  Sms = 'sms',
  WeChat = 'wechat',
  None = 'none',
}

export enum AccountTier {
  Strategic = 'strategic',
  Key = 'key',
  Standard = 'standard',
  Small = 'small',
}
