export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: unknown; output: unknown; }
};

export type Account = {
  __typename?: 'Account';
  activities: ActivityConnection;
  annualRevenue?: Maybe<Scalars['Float']['output']>;
  billingAddress?: Maybe<Address>;
  /** Campaigns the account’s people are on (contacts and the leads that became them), latest first; null when you may not read campaigns. */
  campaigns?: Maybe<Array<CampaignTouch>>;
  contacts: ContactConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  /** Its contacts’ value summed as of the last metrics run; null before one or without customer value access. */
  customerValue?: Maybe<AccountValue>;
  employeeCount?: Maybe<Scalars['Int']['output']>;
  /** Its service contracts, newest start first. */
  entitlements: Array<Entitlement>;
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  opportunities: OpportunityConnection;
  owner?: Maybe<UserRef>;
  parentAccount?: Maybe<Account>;
  phone?: Maybe<Scalars['String']['output']>;
  shippingAddress?: Maybe<Address>;
  taxId?: Maybe<Scalars['String']['output']>;
  territory?: Maybe<Scalars['String']['output']>;
  tier?: Maybe<AccountTier>;
  /** Everything that happened with this customer, newest first. */
  timeline: TimelineConnection;
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: RecordViewerCan;
  website?: Maybe<Scalars['String']['output']>;
};


export type AccountActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrderBy>>;
};


export type AccountContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ContactOrderBy>>;
};


export type AccountOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OpportunityOrderBy>>;
};


export type AccountTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AccountFilter = {
  and?: InputMaybe<Array<AccountFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filters on custom fields: { <key>: { eq | in | contains | gte | … } }. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  id?: InputMaybe<IdFilter>;
  industry?: InputMaybe<StringFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<AccountFilter>;
  or?: InputMaybe<Array<AccountFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  parentAccountId?: InputMaybe<IdFilter>;
  taxId?: InputMaybe<StringFilter>;
  teamId?: InputMaybe<IdFilter>;
  territory?: InputMaybe<StringFilter>;
  tier?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  website?: InputMaybe<StringFilter>;
};

export type AccountOrderBy = {
  /** The key of a custom field of this object (not a multi-select) to sort by; empty values sort first. */
  customField?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  /** A built-in field to sort by; or give customField instead. */
  field?: InputMaybe<AccountOrderField>;
};

export type AccountOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type AccountTier =
  | 'KEY'
  | 'SMALL'
  | 'STANDARD'
  | 'STRATEGIC';

/** An account’s value: its contacts’ metrics summed. */
export type AccountValue = {
  __typename?: 'AccountValue';
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** Contacts at risk (high churn risk or the at-risk stage). */
  atRisk: Scalars['Int']['output'];
  clv: Scalars['Float']['output'];
  /** Contacts who have bought. */
  customers: Scalars['Int']['output'];
  revenue: Scalars['Float']['output'];
};

export type Activity = {
  __typename?: 'Activity';
  account?: Maybe<Account>;
  accountId?: Maybe<Scalars['ID']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  contact?: Maybe<Contact>;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  leadId?: Maybe<Scalars['ID']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<UserRef>;
  reminderAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  type: ActivityType;
  viewerCan: ActivityViewerCan;
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ActivityFilter = {
  accountId?: InputMaybe<IdFilter>;
  and?: InputMaybe<Array<ActivityFilter>>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  done?: InputMaybe<BooleanFilter>;
  dueAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  leadId?: InputMaybe<IdFilter>;
  not?: InputMaybe<ActivityFilter>;
  occurredAt?: InputMaybe<DateTimeFilter>;
  opportunityId?: InputMaybe<IdFilter>;
  or?: InputMaybe<Array<ActivityFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  subject?: InputMaybe<StringFilter>;
  teamId?: InputMaybe<IdFilter>;
  type?: InputMaybe<ActivityTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type ActivityOrderBy = {
  direction?: SortDirection;
  field: ActivityOrderField;
};

export type ActivityOrderField =
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'OCCURRED_AT';

export type ActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'TASK';

export type ActivityTypeFilter = {
  eq?: InputMaybe<ActivityType>;
  in?: InputMaybe<Array<ActivityType>>;
  ne?: InputMaybe<ActivityType>;
};

/** What you may do with this activity; updateActivity refuses exactly what is false. */
export type ActivityViewerCan = {
  __typename?: 'ActivityViewerCan';
  /** Tick it off or open it again (updateActivity with done). */
  complete: Scalars['Boolean']['output'];
  /** Edit or reschedule it (updateActivity: subject, notes, dates, links). */
  update: Scalars['Boolean']['output'];
};

export type AddCampaignCostInput = {
  amount: Scalars['Float']['input'];
  attachmentUrl?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  category: Scalars['String']['input'];
  /** YYYY-MM-DD */
  incurredOn: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AddCampaignCostPayload = {
  __typename?: 'AddCampaignCostPayload';
  campaign: Campaign;
  cost: CampaignCost;
};

export type AddCampaignMembersInput = {
  campaignId: Scalars['ID']['input'];
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  leadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to the first status of the campaign type. */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type AddCampaignMembersPayload = {
  __typename?: 'AddCampaignMembersPayload';
  /** People added now. */
  added: Scalars['Int']['output'];
  /** People who were members already (left as they were). */
  alreadyMembers: Scalars['Int']['output'];
  campaign: Campaign;
};

export type AddCaseNoteInput = {
  /** Files uploaded to the case beforehand (POST /api/v1/cases/{caseId}/attachments), at most 20: they go with this message. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
};

export type AddKnowledgeTranslationInput = {
  /** An article of the group (any language). */
  articleId: Scalars['ID']['input'];
  /** Markdown; images are the article’s attachments, by their url. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The translation’s language: one the group has no article in yet. */
  language: Scalars['String']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type AddSegmentToCampaignInput = {
  campaignId: Scalars['ID']['input'];
  segmentId: Scalars['ID']['input'];
  /** Defaults to the first status of the campaign type. */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type AddSuppressionsInput = {
  addresses: Array<Scalars['String']['input']>;
  /** Where the list came from; shown beside each address. */
  detail?: InputMaybe<Scalars['String']['input']>;
  reason?: SuppressionReason;
};

export type AddSuppressionsPayload = {
  __typename?: 'AddSuppressionsPayload';
  /** Addresses newly suppressed. */
  added: Scalars['Int']['output'];
  /** Addresses that were suppressed already. */
  alreadySuppressed: Scalars['Int']['output'];
  /** Entries that are not email addresses (left out). */
  invalid: Array<Scalars['String']['output']>;
};

export type Address = {
  __typename?: 'Address';
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type AdjustForecastInput = {
  amount: Scalars['Float']['input'];
  category: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  period: PeriodInput;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type AdjustForecastPayload = {
  __typename?: 'AdjustForecastPayload';
  adjustment: ForecastAdjustment;
};

/** An agent’s place in routing: presence, languages, capacity and load per channel, skills. */
export type AgentPresence = {
  __typename?: 'AgentPresence';
  /** The system made them away after inactivity. */
  autoAway: Scalars['Boolean']['output'];
  channels: Array<ChannelLoad>;
  languages: Array<Scalars['String']['output']>;
  presence: AgentPresenceState;
  since: Scalars['DateTime']['output'];
  skills: Array<UserSkill>;
  user: UserRef;
};

export type AgentPresenceState =
  | 'AVAILABLE'
  | 'AWAY'
  | 'BUSY'
  | 'OFFLINE';

/** Your answer to a case’s survey: once per case. */
export type AnswerPortalSurveyInput = {
  answers?: InputMaybe<Array<PortalSurveyAnswerInput>>;
  caseId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  rating: Scalars['Int']['input'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  actsAs: UserRef;
  createdAt: Scalars['DateTime']['output'];
  createdBy: UserRef;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public start of the key, shown so people can tell keys apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type AssignTechnicianInput = {
  /** Null: nobody yet. */
  technicianId?: InputMaybe<Scalars['ID']['input']>;
  workOrderId: Scalars['ID']['input'];
};

export type AttributionModel =
  | 'EVEN'
  | 'FIRST_TOUCH'
  | 'LAST_TOUCH'
  | 'POSITION_BASED';

export type BooleanFilter = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BulkAssignInput = {
  ids: Array<Scalars['ID']['input']>;
  objectType: BulkObject;
  ownerId: Scalars['ID']['input'];
};

export type BulkAssignPayload = {
  __typename?: 'BulkAssignPayload';
  /** Records you may not change (or that do not exist). */
  skippedIds: Array<Scalars['ID']['output']>;
  updated: Scalars['Int']['output'];
};

export type BulkObject =
  | 'ACCOUNT'
  | 'ACTIVITY'
  | 'CONTACT'
  | 'LEAD'
  | 'OPPORTUNITY';

/** Working hours, days off and make-up working days that SLA clocks count in. */
export type BusinessCalendar = {
  __typename?: 'BusinessCalendar';
  createdAt: Scalars['DateTime']['output'];
  /** Days off, oldest first. */
  holidays: Array<CalendarDay>;
  id: Scalars['ID']['output'];
  /** The calendar of SLA policies that name none. */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone, e.g. Asia/Shanghai. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Monday to Sunday, each with its periods (empty: closed). */
  week: Array<WeekdayPeriods>;
  /** Make-up working days (they work the first working weekday’s periods), oldest first. */
  workdays: Array<CalendarDay>;
};

export type BusinessCalendarPayload = {
  __typename?: 'BusinessCalendarPayload';
  calendar: BusinessCalendar;
};

export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** Local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type CalendarDayInput = {
  /** Local date, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CalendarPreset =
  /** Monday–Friday 09:00–12:00 and 13:00–18:00 in Asia/Shanghai with mainland China’s days off and make-up days. */
  | 'MAINLAND_CHINA'
  /** Monday–Friday 08:30–12:30 and 13:30–17:30 in Asia/Taipei with the DGPA office calendar’s days off and make-up days (source: 政府資料開放平臺). */
  | 'TAIWAN';

export type CallDirection =
  | 'INBOUND'
  | 'OUTBOUND';

/** What a dialled number is known as (a campaign’s tracking number names the campaign). */
export type CallLine = {
  __typename?: 'CallLine';
  /** Its name where a domain knows it (a campaign’s), else null. */
  name?: Maybe<Scalars['String']['output']>;
  /** The dialled number, E.164. */
  number: Scalars['String']['output'];
};

/** Calls logged per agent and line in a period. */
export type CallStatisticsRow = {
  __typename?: 'CallStatisticsRow';
  agent?: Maybe<UserRef>;
  /** Seconds; null when no call had a length. */
  averageHandlingSeconds?: Maybe<Scalars['Float']['output']>;
  calls: Scalars['Int']['output'];
  inbound: Scalars['Int']['output'];
  line?: Maybe<Scalars['String']['output']>;
};

/** Who is calling: the people with this number you may see, their open cases, and the line the call came in on. */
export type CallerLookup = {
  __typename?: 'CallerLookup';
  /** Contacts with this number you may see, most recently changed first (at most 5). */
  contacts: Array<Contact>;
  /** The line dialled, when it was given. */
  line?: Maybe<CallLine>;
  /** Their and their accounts’ open cases you may see, newest first (at most 20). */
  openCases: Array<Case>;
  /** The caller’s number, E.164. */
  phoneNumber: Scalars['String']['output'];
};

/** A marketing campaign: what was spent to reach people, and who responded. */
export type Campaign = {
  __typename?: 'Campaign';
  budget?: Maybe<Scalars['Float']['output']>;
  channel?: Maybe<Scalars['String']['output']>;
  /** The campaigns directly below this one, by name. */
  children: Array<Campaign>;
  /** The itemised costs, oldest first. */
  costs: Array<CampaignCost>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  expectedCost?: Maybe<Scalars['Float']['output']>;
  expectedResponseRate?: Maybe<Scalars['Float']['output']>;
  expectedRevenue?: Maybe<Scalars['Float']['output']>;
  /** Did they reach sales: members → responded → contacted by a rep → opportunity → won, with median times. */
  funnel: Array<CampaignFunnelStepRow>;
  id: Scalars['ID']['output'];
  /** Members whose contact or lead you may see, oldest first. */
  members: CampaignMemberConnection;
  name: Scalars['String']['output'];
  owner?: Maybe<UserRef>;
  /** The campaign this one rolls up into (if you may see it). */
  parent?: Maybe<Campaign>;
  /** What this campaign and every campaign below it returned, under an attribution model. */
  roi: CampaignRoi;
  shortCode?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: CampaignStatus;
  targetAudience?: Maybe<Scalars['String']['output']>;
  totals: CampaignTotals;
  trackingPhone?: Maybe<Scalars['String']['output']>;
  type: CampaignType;
  updatedAt: Scalars['DateTime']['output'];
  utmCampaign?: Maybe<Scalars['String']['output']>;
  utmMedium?: Maybe<Scalars['String']['output']>;
  utmSource?: Maybe<Scalars['String']['output']>;
  viewerCan: CampaignViewerCan;
};


/** A marketing campaign: what was spent to reach people, and who responded. */
export type CampaignMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reached?: InputMaybe<CampaignFunnelStep>;
};


/** A marketing campaign: what was spent to reach people, and who responded. */
export type CampaignRoiArgs = {
  model?: AttributionModel;
  windowDays?: Scalars['Int']['input'];
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** One itemised cost of a campaign, in the campaign’s currency. */
export type CampaignCost = {
  __typename?: 'CampaignCost';
  amount: Scalars['Float']['output'];
  attachmentUrl?: Maybe<Scalars['String']['output']>;
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  incurredOn: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type CampaignFilter = {
  and?: InputMaybe<Array<CampaignFilter>>;
  budget?: InputMaybe<NumberFilter>;
  channel?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filters on custom fields: { <key>: { eq | in | contains | gte | … } }. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  endDate?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<CampaignFilter>;
  or?: InputMaybe<Array<CampaignFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  parentCampaignId?: InputMaybe<IdFilter>;
  shortCode?: InputMaybe<StringFilter>;
  startDate?: InputMaybe<DateTimeFilter>;
  status?: InputMaybe<CampaignStatusFilter>;
  teamId?: InputMaybe<IdFilter>;
  trackingPhone?: InputMaybe<StringFilter>;
  type?: InputMaybe<CampaignTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  utmCampaign?: InputMaybe<StringFilter>;
  utmMedium?: InputMaybe<StringFilter>;
  utmSource?: InputMaybe<StringFilter>;
};

export type CampaignFunnelStep =
  | 'CONTACTED'
  | 'MEMBER'
  | 'OPPORTUNITY'
  | 'RESPONDED'
  | 'WON';

/** One step of “did they reach sales”: members who reached it, and the median time from their response. */
export type CampaignFunnelStepRow = {
  __typename?: 'CampaignFunnelStepRow';
  count: Scalars['Int']['output'];
  /** Median hours from the response to this step (null for the first two steps, or when nobody reached it). */
  medianHours?: Maybe<Scalars['Float']['output']>;
  step: CampaignFunnelStep;
};

/** A response that touched a deal: a member of the campaign at the deal’s account responded within the window before the deal was created. */
export type CampaignInfluence = {
  __typename?: 'CampaignInfluence';
  campaign: Campaign;
  respondedAt: Scalars['DateTime']['output'];
};

/** A contact or a lead on a campaign, once per campaign. */
export type CampaignMember = {
  __typename?: 'CampaignMember';
  campaignId: Scalars['ID']['output'];
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  /** When the member first reached a status that counts as a response. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A status of the campaign type’s set (campaignMemberStatuses). */
  status: Scalars['String']['output'];
};

export type CampaignMemberConnection = {
  __typename?: 'CampaignMemberConnection';
  edges: Array<CampaignMemberEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type CampaignMemberEdge = {
  __typename?: 'CampaignMemberEdge';
  cursor: Scalars['String']['output'];
  node: CampaignMember;
};

export type CampaignMemberFilter = {
  and?: InputMaybe<Array<CampaignMemberFilter>>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  leadId?: InputMaybe<IdFilter>;
  not?: InputMaybe<CampaignMemberFilter>;
  or?: InputMaybe<Array<CampaignMemberFilter>>;
  respondedAt?: InputMaybe<DateTimeFilter>;
  status?: InputMaybe<StringFilter>;
};

/** A status members of a campaign type can have. */
export type CampaignMemberStatusOption = {
  __typename?: 'CampaignMemberStatusOption';
  /** Reaching it counts as a response (stamps respondedAt). */
  responded: Scalars['Boolean']['output'];
  value: Scalars['String']['output'];
};

export type CampaignOrderBy = {
  /** The key of a custom field of this object (not a multi-select) to sort by; empty values sort first. */
  customField?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  /** A built-in field to sort by; or give customField instead. */
  field?: InputMaybe<CampaignOrderField>;
};

export type CampaignOrderField =
  | 'BUDGET'
  | 'CHANNEL'
  | 'CREATED_AT'
  | 'END_DATE'
  | 'NAME'
  | 'START_DATE'
  | 'UPDATED_AT';

export type CampaignReturnRow = ReturnFigures & {
  __typename?: 'CampaignReturnRow';
  /** Sum of the cost lines. */
  actualCost: Scalars['Float']['output'];
  budget: Scalars['Float']['output'];
  campaign: Campaign;
  members: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
  /** (wonAmount − actualCost) / actualCost; null (undefined) when nothing was spent. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** Won amount attributed under the report’s model. */
  wonAmount: Scalars['Float']['output'];
  wonDeals: Scalars['Int']['output'];
};

/** What a campaign and every campaign below it returned, under one attribution model. */
export type CampaignRoi = {
  __typename?: 'CampaignRoi';
  /** Sum of the cost lines, sub-campaigns included. */
  actualCost: Scalars['Float']['output'];
  costPerLead?: Maybe<Scalars['Float']['output']>;
  costPerWonDeal?: Maybe<Scalars['Float']['output']>;
  /** The campaign’s currency, which every amount here is in: cost lines converted at the day they were incurred, won deals at the day they closed, open pipeline at today’s rate. */
  currency: Scalars['String']['output'];
  /** Members that are leads. */
  leads: Scalars['Int']['output'];
  /** Currencies with no exchange rate at all: amounts in them are left out until an admin records a rate. */
  missingRates: Array<Scalars['String']['output']>;
  model: AttributionModel;
  /** Opportunities (any stage) a member response touched. */
  opportunities: Scalars['Int']['output'];
  /** Amount of the open opportunities among them. */
  pipelineAmount: Scalars['Float']['output'];
  responses: Scalars['Int']['output'];
  /** (wonAmount − actualCost) / actualCost; null (undefined) when nothing was spent. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** Days before an opportunity was created in which a response counts as a touch. */
  windowDays: Scalars['Int']['output'];
  /** Won amount attributed to these campaigns; a deal’s shares add up to exactly its amount. */
  wonAmount: Scalars['Float']['output'];
  /** Won deals with a share for these campaigns. */
  wonDeals: Scalars['Int']['output'];
};

export type CampaignStatus =
  | 'ABORTED'
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED';

export type CampaignStatusFilter = {
  eq?: InputMaybe<CampaignStatus>;
  in?: InputMaybe<Array<CampaignStatus>>;
  ne?: InputMaybe<CampaignStatus>;
};

/** What a campaign and every campaign below it cost and reached (the return by attribution model follows with Campaign.roi). */
export type CampaignTotals = {
  __typename?: 'CampaignTotals';
  /** Sum of the cost lines, sub-campaigns included, in the campaign’s currency. */
  actualCost: Scalars['Float']['output'];
  members: Scalars['Int']['output'];
  /** Responses per member, 0–1; null without members. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Members who reached a response status. */
  responses: Scalars['Int']['output'];
  /** Campaigns below this one, at any depth. */
  subCampaigns: Scalars['Int']['output'];
};

/** A person’s membership of a campaign: which campaign touched this customer, and when. */
export type CampaignTouch = {
  __typename?: 'CampaignTouch';
  campaign: Campaign;
  /** The member, when a contact you may read. */
  contact?: Maybe<Contact>;
  contactId?: Maybe<Scalars['ID']['output']>;
  /** When the person joined the campaign. */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The member, when a lead you may read. */
  lead?: Maybe<Lead>;
  leadId?: Maybe<Scalars['ID']['output']>;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The member status (campaignMemberStatuses of the campaign’s type). */
  status: Scalars['String']['output'];
};

export type CampaignType =
  | 'ADVERTISING'
  | 'DIRECT_MAIL'
  | 'EMAIL'
  | 'EVENT'
  | 'OTHER'
  | 'PARTNER'
  | 'TELEMARKETING'
  | 'TRADE_SHOW'
  | 'WEBINAR';

export type CampaignTypeFilter = {
  eq?: InputMaybe<CampaignType>;
  in?: InputMaybe<Array<CampaignType>>;
  ne?: InputMaybe<CampaignType>;
};

/** What this viewer may do with the campaign (the rules its mutations apply). */
export type CampaignViewerCan = {
  __typename?: 'CampaignViewerCan';
  /** Edit it, add members and costs, change member statuses. */
  update: Scalars['Boolean']['output'];
};

/** A customer’s problem or request, from any channel, with one thread and SLA clocks. */
export type Case = {
  __typename?: 'Case';
  /** The customer’s account (if you may see it). */
  account?: Maybe<Account>;
  /** Defaults to the contact’s account. */
  accountId?: Maybe<Scalars['ID']['output']>;
  channel: CaseChannel;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person who asked (if you may see them). */
  contact?: Maybe<Contact>;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The account’s contract the case is served under (chosen when it is created). */
  entitlementId?: Maybe<Scalars['ID']['output']>;
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  /** The earlier case this one continues (a customer wrote again after it was closed). */
  followsCaseId?: Maybe<Scalars['ID']['output']>;
  /** What happened to the case, newest first (up to 200 entries). */
  history: Array<CaseHistoryEntry>;
  id: Scalars['ID']['output'];
  /** Neither resolved nor closed. */
  isOpen: Scalars['Boolean']['output'];
  /** Knowledge base articles linked to the case (those you may read), oldest link first. */
  knowledgeArticles: Array<KnowledgeArticle>;
  /** The thread, oldest first (internal notes only for service staff). */
  messages: Array<CaseMessage>;
  /** CS-<year>-<sequence>, given by the server. */
  number: Scalars['String']['output'];
  /** The deal the case is about (if you may read it). */
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['ID']['output']>;
  /** The order the problem is about (if you may read it). */
  order?: Maybe<Order>;
  /** The order the problem is about: one of the customer’s (the contact’s or the account’s) that you may read. */
  orderId?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<UserRef>;
  /** The case this one was merged into. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Changed later with setCasePriority (the SLA targets follow, time spent kept). */
  priority: CasePriority;
  /** What the problem is with; chooses the contract that covers it. */
  productId?: Maybe<Scalars['ID']['output']>;
  /** The routing queue the case waited in (issue 19): set when it is queued, kept after it is answered. */
  queueId?: Maybe<Scalars['ID']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  sla: CaseSla;
  slaBreached: Scalars['Boolean']['output'];
  /** When the earliest running milestone is due; null when none runs. */
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  slaPolicyId?: Maybe<Scalars['ID']['output']>;
  /** The case this one was split off from (part of its thread moved here). */
  splitFromId?: Maybe<Scalars['ID']['output']>;
  /** A key of caseStatuses; changed with setCaseStatus. */
  status: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** The owner’s team: the queue the case is worked in. */
  teamId?: Maybe<Scalars['ID']['output']>;
  type: CaseType;
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: CaseViewerCan;
  /** On-site visits for the case, in order. */
  workOrders: Array<WorkOrder>;
};

export type CaseAgeBucket =
  | 'DAYS_1_TO_3'
  | 'DAYS_3_TO_7'
  | 'DAYS_7_TO_30'
  | 'OVER_30_DAYS'
  | 'UNDER_1_DAY';

/** Open cases opened this long ago (from the bucket’s lower bound, inclusive, to its upper, exclusive). */
export type CaseAgeRow = {
  __typename?: 'CaseAgeRow';
  breached: Scalars['Int']['output'];
  bucket: CaseAgeBucket;
  /** Every priority, low to urgent, zeros included. */
  byPriority: Array<CasePriorityCount>;
  total: Scalars['Int']['output'];
};

/** A file a customer’s mail carried, kept on the case. */
export type CaseAttachment = {
  __typename?: 'CaseAttachment';
  /** The type its content was found to be (not what the sender’s program declared). */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The file’s name, cleaned of paths and control characters. */
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  /** Where to download it (GET, for readers of the case): always a download, never shown inline. */
  url: Scalars['String']['output'];
};

export type CaseAttachmentRefusal =
  | 'COUNT'
  | 'FILE_SIZE'
  | 'MESSAGE_SIZE'
  | 'MISMATCH'
  | 'TYPE';

export type CaseChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'OTHER'
  | 'PHONE'
  | 'PORTAL'
  | 'WEB';

export type CaseChannelFilter = {
  eq?: InputMaybe<CaseChannel>;
  in?: InputMaybe<Array<CaseChannel>>;
  ne?: InputMaybe<CaseChannel>;
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CaseFilter = {
  accountId?: InputMaybe<IdFilter>;
  and?: InputMaybe<Array<CaseFilter>>;
  channel?: InputMaybe<CaseChannelFilter>;
  closedAt?: InputMaybe<DateTimeFilter>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filters on custom fields: { <key>: { eq | in | contains | gte | … } }. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  entitlementId?: InputMaybe<IdFilter>;
  firstResponseAt?: InputMaybe<DateTimeFilter>;
  followsCaseId?: InputMaybe<IdFilter>;
  id?: InputMaybe<IdFilter>;
  isOpen?: InputMaybe<BooleanFilter>;
  not?: InputMaybe<CaseFilter>;
  number?: InputMaybe<StringFilter>;
  opportunityId?: InputMaybe<IdFilter>;
  or?: InputMaybe<Array<CaseFilter>>;
  orderId?: InputMaybe<IdFilter>;
  ownerId?: InputMaybe<IdFilter>;
  parentId?: InputMaybe<IdFilter>;
  priority?: InputMaybe<CasePriorityFilter>;
  productId?: InputMaybe<IdFilter>;
  queueId?: InputMaybe<IdFilter>;
  resolvedAt?: InputMaybe<DateTimeFilter>;
  slaBreached?: InputMaybe<BooleanFilter>;
  slaDueAt?: InputMaybe<DateTimeFilter>;
  slaPolicyId?: InputMaybe<IdFilter>;
  splitFromId?: InputMaybe<IdFilter>;
  status?: InputMaybe<StringFilter>;
  subject?: InputMaybe<StringFilter>;
  teamId?: InputMaybe<IdFilter>;
  type?: InputMaybe<CaseTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One entry of a case’s history. */
export type CaseHistoryEntry = {
  __typename?: 'CaseHistoryEntry';
  actorId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  kind: Scalars['String']['output'];
  /** The queue of a queued or routed entry (for those who read routing). */
  queueName?: Maybe<Scalars['String']['output']>;
  /** The other case of a merge or split entry (merged_into, split_to, split_from). */
  relatedCaseId?: Maybe<Scalars['ID']['output']>;
  /** Its number. */
  relatedCaseNumber?: Maybe<Scalars['String']['output']>;
  /** Why routing chose the agent, on a routed entry (for those who read routing). */
  routing?: Maybe<CaseRoutingExplanation>;
};

/** One message of a case’s thread, whatever its channel. */
export type CaseMessage = {
  __typename?: 'CaseMessage';
  /** The files of the customer’s mail that were kept, in the order they came. */
  attachments: Array<CaseAttachment>;
  authorId?: Maybe<Scalars['ID']['output']>;
  body: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  channel: CaseMessageChannel;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** INBOUND from the customer, OUTBOUND to them, INTERNAL: a note only service staff see. */
  direction: CaseMessageDirection;
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  fromAddress?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  line?: Maybe<Scalars['String']['output']>;
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Files of the customer’s mail that were not kept, and why. */
  refusedAttachments: Array<RefusedCaseAttachment>;
  /** Outbound email: when the mail relay took it; null while queued. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  toAddresses: Array<Scalars['String']['output']>;
};

export type CaseMessageChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'NOTE'
  | 'OTHER'
  | 'PHONE'
  | 'PORTAL'
  | 'WEB';

export type CaseMessageDirection =
  | 'INBOUND'
  | 'INTERNAL'
  | 'OUTBOUND';

export type CaseMessagePayload = {
  __typename?: 'CaseMessagePayload';
  case: Case;
  message: CaseMessage;
};

export type CaseOrderBy = {
  /** The key of a custom field of this object (not a multi-select) to sort by; empty values sort first. */
  customField?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  /** A built-in field to sort by; or give customField instead. */
  field?: InputMaybe<CaseOrderField>;
};

export type CaseOrderField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'PRIORITY'
  | 'RESOLVED_AT'
  | 'SLA_DUE_AT'
  | 'SUBJECT'
  | 'UPDATED_AT';

export type CasePayload = {
  __typename?: 'CasePayload';
  case: Case;
};

export type CasePriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Open cases of one priority: how many, and how many are late. */
export type CasePriorityCount = {
  __typename?: 'CasePriorityCount';
  /** Open cases with an SLA milestone past due. */
  breached: Scalars['Int']['output'];
  priority: CasePriority;
  total: Scalars['Int']['output'];
};

export type CasePriorityFilter = {
  eq?: InputMaybe<CasePriority>;
  in?: InputMaybe<Array<CasePriority>>;
  ne?: InputMaybe<CasePriority>;
};

/** A canned reply agents insert into a case’s reply box; its Liquid placeholders are filled from the case. */
export type CaseReplyTemplate = {
  __typename?: 'CaseReplyTemplate';
  /** Only active templates are offered in the reply box. */
  active: Scalars['Boolean']['output'];
  /** Plain text with Liquid placeholders: contact.first_name, contact.last_name, case.number, case.subject, agent.name, account.name. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The language it is written in; null: any. */
  language?: Maybe<Locale>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CaseReplyTemplatePayload = {
  __typename?: 'CaseReplyTemplatePayload';
  template: CaseReplyTemplate;
};

/** Why routing gave the case to its agent: the queue, how it distributes, the agent’s load and who was passed over. */
export type CaseRoutingExplanation = {
  __typename?: 'CaseRoutingExplanation';
  agentId?: Maybe<Scalars['ID']['output']>;
  agentName?: Maybe<Scalars['String']['output']>;
  /** Items the agent may hold on the channel. */
  capacity?: Maybe<Scalars['Int']['output']>;
  channel?: Maybe<CaseChannel>;
  distribution?: Maybe<QueueDistribution>;
  /** Items the agent held on the channel before this one. */
  load?: Maybe<Scalars['Int']['output']>;
  /** The queue the case waited in when an overflow queue’s agent took it. */
  overflowFromName?: Maybe<Scalars['String']['output']>;
  /** At most 10. */
  passedOver: Array<CaseRoutingSkip>;
  queueId?: Maybe<Scalars['ID']['output']>;
  queueName: Scalars['String']['output'];
  waitedSeconds?: Maybe<Scalars['Int']['output']>;
};

/** An agent routing passed over, and why. */
export type CaseRoutingSkip = {
  __typename?: 'CaseRoutingSkip';
  name: Scalars['String']['output'];
  reason: RoutingSkipReason;
  userId: Scalars['ID']['output'];
};

/** The SLA a case is served under and its clocks. */
export type CaseSla = {
  __typename?: 'CaseSla';
  entitlementId?: Maybe<Scalars['ID']['output']>;
  milestones: Array<SlaMilestone>;
  policyId?: Maybe<Scalars['ID']['output']>;
};

/** A configured case status. */
export type CaseStatus = {
  __typename?: 'CaseStatus';
  category: CaseStatusCategory;
  /** Whether SLA clocks run while a case is in it. */
  clockRuns: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  /** The name in the reader’s language. */
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

export type CaseStatusCategory =
  | 'CLOSED'
  | 'NEW'
  | 'OPEN'
  | 'RESOLVED'
  | 'WAITING';

export type CaseType =
  | 'INCIDENT'
  | 'PROBLEM'
  | 'QUESTION'
  | 'REQUEST';

export type CaseTypeFilter = {
  eq?: InputMaybe<CaseType>;
  in?: InputMaybe<Array<CaseType>>;
  ne?: InputMaybe<CaseType>;
};

export type CaseViewerCan = {
  __typename?: 'CaseViewerCan';
  addNote: Scalars['Boolean']['output'];
  reply: Scalars['Boolean']['output'];
  update: Scalars['Boolean']['output'];
};

export type ChannelCapacityInput = {
  capacity: Scalars['Int']['input'];
  channel: CaseChannel;
};

/** What serving one channel cost over the period (cases opened in it). */
export type ChannelCostRow = {
  __typename?: 'ChannelCostRow';
  /** Null: no price set for the channel. */
  basis?: Maybe<CostBasis>;
  cases: Scalars['Int']['output'];
  channel: CaseChannel;
  cost: Scalars['Float']['output'];
  costPerCase?: Maybe<Scalars['Float']['output']>;
  /** Minutes of calls and chats on these cases. */
  handledMinutes: Scalars['Float']['output'];
  rate?: Maybe<Scalars['Float']['output']>;
};

export type ChannelLoad = {
  __typename?: 'ChannelLoad';
  capacity: Scalars['Int']['output'];
  channel: CaseChannel;
  /** Open routed items the agent holds on this channel. */
  load: Scalars['Int']['output'];
};

export type ChannelReturnRow = ReturnFigures & {
  __typename?: 'ChannelReturnRow';
  /** Sum of the cost lines. */
  actualCost: Scalars['Float']['output'];
  budget: Scalars['Float']['output'];
  campaigns: Scalars['Int']['output'];
  /** Null for campaigns without a channel. */
  channel?: Maybe<Scalars['String']['output']>;
  members: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
  /** (wonAmount − actualCost) / actualCost; null (undefined) when nothing was spent. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** Won amount attributed under the report’s model. */
  wonAmount: Scalars['Float']['output'];
  wonDeals: Scalars['Int']['output'];
};

/** One line of a chat, as the chat system recorded it. */
export type ChatLineInput = {
  at: Scalars['DateTime']['input'];
  /** The writer’s display name in the chat. */
  author?: InputMaybe<Scalars['String']['input']>;
  from: ChatSide;
  text: Scalars['String']['input'];
};

export type ChatSide =
  | 'AGENT'
  | 'CUSTOMER';

/** The text of the QR code on a confirmation, scanned at this event. */
export type CheckInByCodeInput = {
  code: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
};

export type ClosePortalCaseInput = {
  caseId: Scalars['ID']['input'];
};

/** One customer metrics run: the fitted BG/NBD (r, alpha, a, b) and Gamma-Gamma (p, q, gamma) parameters and how well they predicted the holdout period. */
export type ClvModelRun = {
  __typename?: 'ClvModelRun';
  a?: Maybe<Scalars['Float']['output']>;
  alpha?: Maybe<Scalars['Float']['output']>;
  asOf: Scalars['DateTime']['output'];
  b?: Maybe<Scalars['Float']['output']>;
  calibrationEnd: Scalars['DateTime']['output'];
  /** Customers in the fit. */
  customers: Scalars['Int']['output'];
  durationMs?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  fitMs?: Maybe<Scalars['Int']['output']>;
  gamma?: Maybe<Scalars['Float']['output']>;
  holdout: Array<HoldoutGroup>;
  id: Scalars['ID']['output'];
  /** BG/NBD log-likelihood of the fit. */
  logLikelihood?: Maybe<Scalars['Float']['output']>;
  p?: Maybe<Scalars['Float']['output']>;
  progress: Scalars['Int']['output'];
  q?: Maybe<Scalars['Float']['output']>;
  r?: Maybe<Scalars['Float']['output']>;
  /** Gamma-Gamma log-likelihood of the fit. */
  spendLogLikelihood?: Maybe<Scalars['Float']['output']>;
  startedAt: Scalars['DateTime']['output'];
  /** queued, running, succeeded or failed. */
  status: Scalars['String']['output'];
  timeUnit: Scalars['String']['output'];
  /** Won opportunities counted as orders in this run. */
  wonDealsAsOrders: Scalars['Boolean']['output'];
};

export type Commitment = {
  __typename?: 'Commitment';
  accountId?: Maybe<Scalars['ID']['output']>;
  activityId?: Maybe<Scalars['ID']['output']>;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** discount, delivery_date, follow_up, free_service or other */
  kind: Scalars['String']['output'];
  opportunityId?: Maybe<Scalars['ID']['output']>;
  ownerId?: Maybe<Scalars['ID']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** open, kept or broken */
  status: Scalars['String']['output'];
  viewerCan: CommitmentViewerCan;
};

export type CommitmentConnection = {
  __typename?: 'CommitmentConnection';
  edges: Array<CommitmentEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type CommitmentEdge = {
  __typename?: 'CommitmentEdge';
  cursor: Scalars['String']['output'];
  node: Commitment;
};

export type CommitmentPayload = {
  __typename?: 'CommitmentPayload';
  commitment: Commitment;
};

/** What you may do with this promise; resolveCommitment refuses exactly what is false (revenue-domain commitmentActions). */
export type CommitmentViewerCan = {
  __typename?: 'CommitmentViewerCan';
  /** Mark it kept or broken, or open it again (resolveCommitment). */
  resolve: Scalars['Boolean']['output'];
};

/** An address’s current answer for one subscription type, or to all marketing (subscriptionType null). */
export type Consent = {
  __typename?: 'Consent';
  /** The normalised email address the answer belongs to. */
  address: Scalars['String']['output'];
  status: ConsentStatus;
  /** Null: the answer to marketing as a whole (an opt-out here stops every type). */
  subscriptionType?: Maybe<SubscriptionType>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ConsentAnswer =
  | 'OPT_IN'
  | 'OPT_OUT';

/** One answer as it was given, with its evidence. Never changed afterwards. */
export type ConsentEvent = {
  __typename?: 'ConsentEvent';
  address: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  lawfulBasis: LawfulBasis;
  occurredAt: Scalars['DateTime']['output'];
  /** The user who recorded it; null when the person answered themselves. */
  recordedBy?: Maybe<Scalars['ID']['output']>;
  source: ConsentSource;
  status: ConsentStatus;
  /** Null: the global answer. */
  subscriptionType?: Maybe<SubscriptionType>;
  userAgent?: Maybe<Scalars['String']['output']>;
  /** Which wording the person saw. */
  wordingVersion?: Maybe<Scalars['String']['output']>;
};

export type ConsentSource =
  | 'API'
  | 'DOUBLE_OPT_IN'
  | 'FORM'
  | 'IMPORT'
  | 'PREFERENCE_CENTRE'
  | 'STAFF'
  | 'UNSUBSCRIBE_LINK';

export type ConsentStatus =
  | 'OPTED_IN'
  | 'OPTED_OUT'
  | 'PENDING';

export type Contact = {
  __typename?: 'Contact';
  account?: Maybe<Account>;
  activities: ActivityConnection;
  /** Campaigns this contact is on, latest first; null when you may not read campaigns. */
  campaigns?: Maybe<Array<CampaignTouch>>;
  /** Every answer the person’s addresses gave, newest first, with its evidence. */
  consentHistory: Array<ConsentEvent>;
  /** The current answers of the person’s addresses: per subscription type, and to marketing as a whole (subscriptionType null). */
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  /** The primary email. */
  email?: Maybe<Scalars['String']['output']>;
  /** The first is the primary address. */
  emails: Array<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  locale: Scalars['String']['output'];
  /** RFM, CLV, churn risk and lifecycle stage as of the last metrics run; null before the first run or without customer value access. */
  metrics?: Maybe<CustomerMetrics>;
  /** First and last name as people read them. */
  name: Scalars['String']['output'];
  /** Created from an unknown sender; check it is not a duplicate, then clear. */
  needsReview: Scalars['Boolean']['output'];
  /** The customer’s latest orders (empty without order access). */
  orders: Array<Order>;
  owner?: Maybe<UserRef>;
  phones: Array<Scalars['String']['output']>;
  preferredChannel?: Maybe<PreferredChannel>;
  /** The person’s addresses on the suppression list. */
  suppressions: Array<Suppression>;
  timeZone?: Maybe<Scalars['String']['output']>;
  timeline: TimelineConnection;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: RecordViewerCan;
  /** Pages this contact viewed on the website (also as the leads converted into it); null when never identified as a visitor. */
  webActivity?: Maybe<WebActivity>;
};


export type ContactActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type ContactFilter = {
  accountId?: InputMaybe<IdFilter>;
  and?: InputMaybe<Array<ContactFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filters on custom fields: { <key>: { eq | in | contains | gte | … } }. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<StringFilter>;
  firstName?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  lastName?: InputMaybe<StringFilter>;
  locale?: InputMaybe<StringFilter>;
  needsReview?: InputMaybe<BooleanFilter>;
  not?: InputMaybe<ContactFilter>;
  or?: InputMaybe<Array<ContactFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  teamId?: InputMaybe<IdFilter>;
  timeZone?: InputMaybe<StringFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type ContactOrderBy = {
  /** The key of a custom field of this object (not a multi-select) to sort by; empty values sort first. */
  customField?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  /** A built-in field to sort by; or give customField instead. */
  field?: InputMaybe<ContactOrderField>;
};

export type ContactOrderField =
  | 'CREATED_AT'
  | 'LAST_NAME'
  | 'UPDATED_AT';

/** The company-wide contact policy every mailing obeys, whichever department sends. */
export type ContactPolicyModel = {
  __typename?: 'ContactPolicyModel';
  availableRules: Array<ContactPolicyRuleModel>;
  frequencyCap?: Maybe<FrequencyCap>;
  quietHours?: Maybe<QuietHours>;
  rules: Array<ContactPolicyRuleKey>;
  sameContentOnce: Scalars['Boolean']['output'];
  timeZone: Scalars['String']['output'];
};

export type ContactPolicyRuleKey =
  | 'OPEN_HIGH_PRIORITY_CASE'
  | 'OVERDUE_COMMITMENT';

/** A rule that holds marketing back from some people; `available` is false until its data exists (cases come with the service domain). */
export type ContactPolicyRuleModel = {
  __typename?: 'ContactPolicyRuleModel';
  available: Scalars['Boolean']['output'];
  key: ContactPolicyRuleKey;
};

export type ConvertLeadInput = {
  /** Link to this account instead of matching or creating one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Link to this contact instead of matching or creating one. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  createOpportunity?: Scalars['Boolean']['input'];
  leadId: Scalars['ID']['input'];
  opportunityName?: InputMaybe<Scalars['String']['input']>;
};

export type ConvertLeadPayload = {
  __typename?: 'ConvertLeadPayload';
  account: Account;
  /** False when an existing account was linked. */
  accountCreated: Scalars['Boolean']['output'];
  contact: Contact;
  /** False when an existing contact was linked. */
  contactCreated: Scalars['Boolean']['output'];
  lead: Lead;
  opportunity?: Maybe<Opportunity>;
};

export type CostBasis =
  | 'CASE'
  | 'MINUTE';

/** Cost to serve over the period, in the base currency, for the cases the viewer may read. */
export type CostToServe = {
  __typename?: 'CostToServe';
  /** Every channel, in the order of the channel list. */
  byChannel: Array<ChannelCostRow>;
  /** Tiers with cases, by name; no tier last. */
  byTier: Array<TierCostRow>;
  cases: Scalars['Int']['output'];
  cost: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  handledMinutes: Scalars['Float']['output'];
};

export type CreateAccountInput = {
  annualRevenue?: InputMaybe<Scalars['Float']['input']>;
  billingAddress?: InputMaybe<AddressInput>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentAccountId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  shippingAddress?: InputMaybe<AddressInput>;
  taxId?: InputMaybe<Scalars['String']['input']>;
  territory?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<AccountTier>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateAccountPayload = {
  __typename?: 'CreateAccountPayload';
  account: Account;
};

export type CreateActivityInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  reminderAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
  type: ActivityType;
};

export type CreateActivityPayload = {
  __typename?: 'CreateActivityPayload';
  activity: Activity;
};

export type CreateApiKeyInput = {
  /** The user whose visibility the key has; defaults to the creator. */
  actsAsUserId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The full key. Shown once: only its hash is stored. */
  secret: Scalars['String']['output'];
};

export type CreateBusinessCalendarInput = {
  holidays?: InputMaybe<Array<CalendarDayInput>>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** Start from a pre-filled calendar; the fields given replace its parts. */
  preset?: InputMaybe<CalendarPreset>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  week?: InputMaybe<Array<WeekdayPeriodsInput>>;
  workdays?: InputMaybe<Array<CalendarDayInput>>;
};

export type CreateCampaignInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  expectedCost?: InputMaybe<Scalars['Float']['input']>;
  expectedResponseRate?: InputMaybe<Scalars['Float']['input']>;
  expectedRevenue?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentCampaignId?: InputMaybe<Scalars['ID']['input']>;
  shortCode?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CampaignStatus>;
  targetAudience?: InputMaybe<Scalars['String']['input']>;
  trackingPhone?: InputMaybe<Scalars['String']['input']>;
  type: CampaignType;
  utmCampaign?: InputMaybe<Scalars['String']['input']>;
  utmMedium?: InputMaybe<Scalars['String']['input']>;
  utmSource?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCampaignPayload = {
  __typename?: 'CreateCampaignPayload';
  campaign: Campaign;
};

/** A case opened from a phone call in one step: the call is its first message and the agent’s first response. */
export type CreateCaseFromCallInput = {
  /** What was said. */
  body: Scalars['String']['input'];
  /** The caller’s name, for a new contact. */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** The person calling, when the agent chose one; else the first contact you may see with the number, else a new contact flagged for review. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The number the customer dialled (a hotline or a campaign’s tracking number). */
  dialledNumber?: InputMaybe<Scalars['String']['input']>;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The caller’s number as shown or typed (any common format; stored in E.164). */
  phoneNumber: Scalars['String']['input'];
  /** NORMAL unless given. */
  priority?: InputMaybe<CasePriority>;
  /** Queue the case for routing (someone with the skills calls back) instead of keeping it with whoever took the call. */
  route?: InputMaybe<Scalars['Boolean']['input']>;
  subject: Scalars['String']['input'];
};

export type CreateCaseInput = {
  /** Defaults to the contact’s account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<CaseChannel>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** The order the problem is about: one of the customer’s (the contact’s or the account’s) that you may read. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Changed later with setCasePriority (the SLA targets follow, time spent kept). */
  priority?: InputMaybe<CasePriority>;
  /** What the problem is with; chooses the contract that covers it. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Queue the case for routing (the rules choose the queue, an agent with the skills and room takes it) instead of keeping it with its owner. */
  route?: InputMaybe<Scalars['Boolean']['input']>;
  subject: Scalars['String']['input'];
  type?: InputMaybe<CaseType>;
};

export type CreateCommitmentInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  activityId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: Scalars['String']['input'];
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateContactInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The first is the primary address. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Created from an unknown sender; check it is not a duplicate, then clear. */
  needsReview?: InputMaybe<Scalars['Boolean']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredChannel?: InputMaybe<PreferredChannel>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateContactPayload = {
  __typename?: 'CreateContactPayload';
  contact: Contact;
};

export type CreateEmailTemplateInput = {
  kind?: EmailTemplateKind;
  name: Scalars['String']['input'];
  variants: Array<EmailTemplateVariantInput>;
};

export type CreateEntitlementInput = {
  accountId: Scalars['ID']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  hoursTotal?: InputMaybe<Scalars['Float']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  policyId: Scalars['ID']['input'];
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsOn: Scalars['String']['input'];
  visitsTotal?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateEventInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** { sessions: [{ title, titles, startsAt, endsAt, speaker, room }] } */
  agenda?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Seats; empty means no limit. Registrations beyond it join the waitlist. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  descriptions?: InputMaybe<Scalars['JSONObject']['input']>;
  endsAt: Scalars['DateTime']['input'];
  /** { questions: [{ key, label, labels, type: text|longText|choice|checkbox, required, options }], consents: [{ subscriptionTypeId, text, texts, required }] } */
  form?: InputMaybe<Scalars['JSONObject']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hours before the start; default a week and a day (168, 24). */
  reminderHours?: InputMaybe<Array<Scalars['Int']['input']>>;
  startsAt: Scalars['DateTime']['input'];
  timeZone: Scalars['String']['input'];
  title: Scalars['String']['input'];
  titles?: InputMaybe<Scalars['JSONObject']['input']>;
  type: EventType;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type CreateKnowledgeArticleInput = {
  /** Default INTERNAL. */
  audience?: InputMaybe<KnowledgeAudience>;
  /** Markdown; images are the article’s attachments, by their url. */
  body?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** en, zh-CN or zh-TW. */
  language: Scalars['String']['input'];
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateLeadInput = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The campaign the inquiry named, as it came in: a campaign name, short code or UTM campaign value. */
  campaignSource?: InputMaybe<Scalars['String']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  productInterest?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  source: LeadSource;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateLeadPayload = {
  __typename?: 'CreateLeadPayload';
  lead: Lead;
};

export type CreateMailingInput = {
  audience: MailingAudienceInput;
  campaignId: Scalars['ID']['input'];
  /** Deliver at this hour (0–23) of each recipient’s day in their own time zone; null: as soon as it starts. */
  localHour?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Repeat on a rule (a series); null: once. */
  recurrence?: InputMaybe<MailingRecurrenceInput>;
  resendAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  subscriptionTypeId: Scalars['ID']['input'];
  templateId: Scalars['ID']['input'];
};

export type CreateNurtureInput = {
  campaignId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  source: NurtureSourceInput;
  steps: Array<NurtureStepInput>;
  /** Default true. */
  stopOnReply?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default true. */
  stopWhenCustomer?: InputMaybe<Scalars['Boolean']['input']>;
  subscriptionTypeId: Scalars['ID']['input'];
};

export type CreateOpportunityInput = {
  accountId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Float']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  closeDate?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  name: Scalars['String']['input'];
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the default pipeline. */
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  primaryContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the first stage. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOpportunityPayload = {
  __typename?: 'CreateOpportunityPayload';
  opportunity: Opportunity;
};

export type CreateQuoteInput = {
  /** Discount on the whole quote, percent. */
  discountPercent?: Scalars['Float']['input'];
  /** Language of the PDF: en, zh-CN or zh-TW. */
  language?: Scalars['String']['input'];
  lines: Array<QuoteLineInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  opportunityId: Scalars['ID']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSegmentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dynamic?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  refreshMinutes?: InputMaybe<Scalars['Int']['input']>;
  rule: Scalars['JSONObject']['input'];
};

export type CreateSegmentStrategyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default 0.1 (10%). */
  holdoutShare?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** Default: drawn at random; the same seed gives the same holdout. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  segmentId: Scalars['ID']['input'];
  /** Start of the outcome window; default now. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CreateServiceSlaPolicyInput = {
  /** Null: the default calendar. */
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  /** Make it the default policy (the previous default stops being one). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  targets: Array<PriorityTargetsInput>;
  /** Default 75. */
  warnAtPercent?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateTeamInput = {
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateTeamPayload = {
  __typename?: 'CreateTeamPayload';
  team: Team;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  user: User;
};

export type CreateWorkOrderInput = {
  address: WorkOrderAddressInput;
  caseId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  requiredLevel?: InputMaybe<Scalars['Int']['input']>;
  requiredSkill?: InputMaybe<Scalars['String']['input']>;
};

/** An answer to an extra question (a rating as "1"–"5", yes/no as "true"/"false", or text). */
export type CsatAnswerItem = {
  __typename?: 'CsatAnswerItem';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type CsatGroupBy =
  | 'AGENT'
  | 'CHANNEL'
  | 'DAY'
  | 'QUEUE'
  | 'TEAM';

export type CsatMode =
  | 'EVERY'
  | 'FIRST'
  | 'OFF';

/** An extra question of the satisfaction survey, after the 1–5 rating. */
export type CsatQuestion = {
  __typename?: 'CsatQuestion';
  /** Stable key the answers are stored under. */
  key: Scalars['String']['output'];
  kind: CsatQuestionKind;
  required: Scalars['Boolean']['output'];
  text: CsatQuestionText;
};

export type CsatQuestionInput = {
  key: Scalars['String']['input'];
  kind: CsatQuestionKind;
  required?: Scalars['Boolean']['input'];
  text: CsatQuestionTextInput;
};

export type CsatQuestionKind =
  | 'RATING'
  | 'TEXT'
  | 'YES_NO';

/** A question’s text per language; a missing Chinese text shows the English. */
export type CsatQuestionText = {
  __typename?: 'CsatQuestionText';
  en: Scalars['String']['output'];
  zhCN?: Maybe<Scalars['String']['output']>;
  zhTW?: Maybe<Scalars['String']['output']>;
};

export type CsatQuestionTextInput = {
  en: Scalars['String']['input'];
  zhCN?: InputMaybe<Scalars['String']['input']>;
  zhTW?: InputMaybe<Scalars['String']['input']>;
};

/** A routing queue’s own survey mode; null: it follows the company’s mode. */
export type CsatQueueMode = {
  __typename?: 'CsatQueueMode';
  /** An inactive queue takes no new cases; its cases still follow its mode. */
  active: Scalars['Boolean']['output'];
  mode?: Maybe<CsatMode>;
  queueId: Scalars['ID']['output'];
  queueName: Scalars['String']['output'];
};

export type CsatQueueModeInput = {
  /** null: the queue follows the company’s mode. */
  mode?: InputMaybe<CsatMode>;
  queueId: Scalars['ID']['input'];
};

/** Customer satisfaction over the surveys you may read (resolutions in the period). */
export type CsatReport = {
  __typename?: 'CsatReport';
  from: Scalars['DateTime']['output'];
  groupBy: CsatGroupBy;
  lowRatingThreshold: Scalars['Int']['output'];
  rows: Array<CsatReportRow>;
  /** The zone days are counted in (the default business calendar’s, UTC without one). */
  timeZone: Scalars['String']['output'];
  to: Scalars['DateTime']['output'];
  /** All rows together. */
  total: CsatReportRow;
};

export type CsatReportInput = {
  /** Resolutions from (inclusive). */
  from: Scalars['DateTime']['input'];
  groupBy: CsatGroupBy;
  /** Resolutions until (exclusive); at most 366 days after `from`. */
  to: Scalars['DateTime']['input'];
};

/** The surveys offered for the resolutions of one group in the period, and how they were answered. */
export type CsatReportRow = {
  __typename?: 'CsatReportRow';
  /** Mean rating 1–5; null without responses. */
  average?: Maybe<Scalars['Float']['output']>;
  /** Responses rated at or below the low-rating threshold. */
  dissatisfied: Scalars['Int']['output'];
  /** The agent’s, team’s or queue’s id, the channel, or the day (YYYY-MM-DD); null: none (e.g. cases in no queue). */
  key?: Maybe<Scalars['String']['output']>;
  /** The agent’s, team’s or queue’s name; the channel or day as the key. */
  label?: Maybe<Scalars['String']['output']>;
  /** Responses rated 1, 2, 3, 4 and 5 (five counts, in that order). */
  ratings: Array<Scalars['Int']['output']>;
  /** responses / surveysSent; null without surveys. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  responses: Scalars['Int']['output'];
  /** Share of responses rated 4 or 5; null without responses. */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** Surveys offered (one per case). */
  surveysSent: Scalars['Int']['output'];
};

/** A customer’s answer to the satisfaction survey of a case. */
export type CsatResponse = {
  __typename?: 'CsatResponse';
  /** The case’s owner when it was resolved. */
  agentId?: Maybe<Scalars['ID']['output']>;
  agentName?: Maybe<Scalars['String']['output']>;
  answeredAt: Scalars['DateTime']['output'];
  answers: Array<CsatAnswerItem>;
  caseId: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
  caseSubject: Scalars['String']['output'];
  channel: Scalars['String']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  language: Locale;
  queueId?: Maybe<Scalars['ID']['output']>;
  rating: Scalars['Int']['output'];
  resolvedAt: Scalars['DateTime']['output'];
  teamId?: Maybe<Scalars['ID']['output']>;
  /** Answered in the portal (else through the mailed link). */
  viaPortal: Scalars['Boolean']['output'];
};

export type CsatResponseConnection = {
  __typename?: 'CsatResponseConnection';
  edges: Array<CsatResponseEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type CsatResponseEdge = {
  __typename?: 'CsatResponseEdge';
  cursor: Scalars['String']['output'];
  node: CsatResponse;
};

export type CsatResponsesFilter = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Answered from (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only ratings at or below it (e.g. the low ones). */
  maxRating?: InputMaybe<Scalars['Int']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Answered until (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** When customers are asked how satisfied they are, and what. */
export type CsatSettings = {
  __typename?: 'CsatSettings';
  /** The survey’s language for a contact without one. */
  defaultLanguage: Locale;
  /** Ratings at or below it are low: the case owner’s manager is told (1–4). */
  lowRatingThreshold: Scalars['Int']['output'];
  /** OFF; EVERY resolution of a case (an unanswered survey is offered again); FIRST resolution of a case only. */
  mode: CsatMode;
  questions: Array<CsatQuestion>;
  /** Every routing queue with its own mode, which overrides `mode` for cases resolved in it. */
  queueModes: Array<CsatQueueMode>;
};

export type CustomFieldDefinition = {
  __typename?: 'CustomFieldDefinition';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The key in `customFields` and in filters (`customFields: { <key>: { … } }`). */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Label per locale (en, zh-CN, zh-TW), e.g. { "zh-CN": "…" }. */
  labels: Scalars['JSONObject']['output'];
  objectType: CustomizableObject;
  /** Translations of the options by option value, e.g. { "SMB": { "zh-CN": "中小企业" } }; records store the value. */
  optionLabels: Scalars['JSONObject']['output'];
  options: Array<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  type: CustomFieldType;
};

export type CustomFieldPayload = {
  __typename?: 'CustomFieldPayload';
  definition: CustomFieldDefinition;
};

export type CustomFieldType =
  | 'BOOLEAN'
  | 'CURRENCY'
  | 'DATE'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'SELECT'
  | 'TEXT';

/** A customer’s value as of the last metrics run. */
export type CustomerMetrics = {
  __typename?: 'CustomerMetrics';
  asOf: Scalars['DateTime']['output'];
  /** low, medium or high. */
  churnBand?: Maybe<Scalars['String']['output']>;
  /** 1 − P(alive), for repeat buyers. */
  churnRisk?: Maybe<Scalars['Float']['output']>;
  /** Discounted expected spend over the next 52 weeks (BG/NBD × Gamma-Gamma). */
  clv?: Maybe<Scalars['Float']['output']>;
  /** Expected purchase days in the next 52 weeks. */
  expectedPurchases?: Maybe<Scalars['Float']['output']>;
  f?: Maybe<Scalars['Int']['output']>;
  /** Completed orders. */
  frequency: Scalars['Int']['output'];
  /** subscriber, lead, opportunity, customer, repeat_customer, at_risk or lapsed. */
  lifecycleStage: Scalars['String']['output'];
  m?: Maybe<Scalars['Int']['output']>;
  /** Sum of completed orders. */
  monetary: Scalars['Float']['output'];
  /** Probability the customer is still buying (BG/NBD). */
  pAlive?: Maybe<Scalars['Float']['output']>;
  r?: Maybe<Scalars['Int']['output']>;
  /** Days since the last completed order; null: never ordered. */
  recency?: Maybe<Scalars['Int']['output']>;
  /** Named RFM cell (champions, loyal, at_risk, …). */
  rfmCell?: Maybe<Scalars['String']['output']>;
  stageSince: Scalars['DateTime']['output'];
};

export type CustomizableObject =
  | 'ACCOUNT'
  | 'CAMPAIGN'
  | 'CASE'
  | 'CONTACT'
  | 'LEAD'
  | 'OPPORTUNITY';

export type DateTimeFilter = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DecideQuoteInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type DefineCustomFieldInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  objectType: CustomizableObject;
  /** Option value → label per locale (en, zh-CN, zh-TW); replaces the stored translations. */
  optionLabels?: InputMaybe<Scalars['JSONObject']['input']>;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: CustomFieldType;
};

export type DeleteCaseReplyTemplatePayload = {
  __typename?: 'DeleteCaseReplyTemplatePayload';
  id: Scalars['ID']['output'];
};

export type DeleteLeadImportMappingInput = {
  id: Scalars['ID']['input'];
};

export type DeleteLeadImportMappingPayload = {
  __typename?: 'DeleteLeadImportMappingPayload';
  deletedId: Scalars['ID']['output'];
};

export type DeleteLeadSetupInput = {
  id: Scalars['ID']['input'];
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  id: Scalars['ID']['output'];
};

export type DeleteViewInput = {
  id: Scalars['ID']['input'];
};

export type DeleteWebInterestRuleInput = {
  id: Scalars['ID']['input'];
};

export type DeleteWebInterestRulePayload = {
  __typename?: 'DeleteWebInterestRulePayload';
  deletedId: Scalars['ID']['output'];
};

export type DiscountTolerance = {
  __typename?: 'DiscountTolerance';
  id: Scalars['ID']['output'];
  maxDiscountPercent: Scalars['Float']['output'];
  productLine?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
};

export type DiscountTolerancePayload = {
  __typename?: 'DiscountTolerancePayload';
  discountTolerance: DiscountTolerance;
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  id: Scalars['ID']['output'];
  /** email, phone, name */
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** lead, contact or account */
  type: Scalars['String']['output'];
};

/** The email as the person would get it, or what stops it from being sent. */
export type EmailPreview = {
  __typename?: 'EmailPreview';
  html?: Maybe<Scalars['String']['output']>;
  /** The language used. */
  locale: Scalars['String']['output'];
  problems: Array<TemplateProblemRow>;
  subject?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

/** An email template (issue 15): MJML + Liquid, one variant per language. */
export type EmailTemplate = {
  __typename?: 'EmailTemplate';
  archived: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The version new mailings send. */
  currentVersion?: Maybe<EmailTemplateVersion>;
  id: Scalars['ID']['output'];
  /** Marketing mail honours consent and needs the unsubscribe link and postal address; transactional mail does not. */
  kind: EmailTemplateKind;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type EmailTemplateKind =
  | 'MARKETING'
  | 'TRANSACTIONAL';

export type EmailTemplatePayload = {
  __typename?: 'EmailTemplatePayload';
  template: EmailTemplate;
};

/** One language of a template: subject, preheader and MJML with Liquid personalisation. */
export type EmailTemplateVariant = {
  __typename?: 'EmailTemplateVariant';
  /** en, zh-CN or zh-TW. */
  locale: Scalars['String']['output'];
  mjml: Scalars['String']['output'];
  /** The line mail clients show after the subject. */
  preheader?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
};

export type EmailTemplateVariantInput = {
  /** en, zh-CN or zh-TW. */
  locale: Scalars['String']['input'];
  mjml: Scalars['String']['input'];
  preheader?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

/** A saved, unchangeable content of a template; mailings point at the version they sent. */
export type EmailTemplateVersion = {
  __typename?: 'EmailTemplateVersion';
  /** Same content, same key: a person never gets the same content twice unless a mailing allows it. */
  contentKey: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  variants: Array<EmailTemplateVariant>;
  version: Scalars['Int']['output'];
};

/** An account’s service contract: dates, products covered, visits or hours counted, the SLA policy its cases are served under. */
export type Entitlement = {
  __typename?: 'Entitlement';
  accountId: Scalars['ID']['output'];
  /** Last day, YYYY-MM-DD; null: open-ended. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** Service hours included; null: not counted. */
  hoursTotal?: Maybe<Scalars['Float']['output']>;
  hoursUsed: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The level of service in a word (gold, silver, …). */
  level?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Null for readers without service set-up access. */
  policy?: Maybe<ServiceSlaPolicy>;
  policyId: Scalars['ID']['output'];
  /** Products covered; empty: every product. */
  productIds: Array<Scalars['ID']['output']>;
  /** First day, YYYY-MM-DD. */
  startsOn: Scalars['String']['output'];
  /** On-site visits included; null: not counted. */
  visitsTotal?: Maybe<Scalars['Int']['output']>;
  visitsUsed: Scalars['Int']['output'];
};

export type EntitlementPayload = {
  __typename?: 'EntitlementPayload';
  entitlement: Entitlement;
};

export type EscalationStepInput = {
  /** remind_owner, notify_manager or reassign */
  action: Scalars['String']['input'];
  /** Percent of the SLA used. */
  atPercent: Scalars['Float']['input'];
};

export type EscalationStepModel = {
  __typename?: 'EscalationStepModel';
  /** remind_owner, notify_manager or reassign */
  action: Scalars['String']['output'];
  /** Percent of the SLA used. */
  atPercent: Scalars['Float']['output'];
};

/** A seminar, webinar, booth or workshop people register for; it runs on a campaign of its own. */
export type Event = {
  __typename?: 'Event';
  address?: Maybe<Scalars['String']['output']>;
  /** { sessions: [{ title, titles, startsAt, endsAt, speaker, room }] } */
  agenda: Scalars['JSONObject']['output'];
  campaignId: Scalars['ID']['output'];
  /** Seats; empty means no limit. Registrations beyond it join the waitlist. */
  capacity?: Maybe<Scalars['Int']['output']>;
  counts: EventCounts;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Description translations by locale. */
  descriptions: Scalars['JSONObject']['output'];
  /** The registration form as HTML to paste into a site (posts to the public endpoint; the tracking script fills its visitor id). */
  embedHtml: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** { questions: [{ key, label, labels, type: text|longText|choice|checkbox, required, options }], consents: [{ subscriptionTypeId, text, texts, required }] } */
  form: Scalars['JSONObject']['output'];
  /** The hosted registration page (link to it, or open it in an iframe). */
  hostedUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The title in the reader’s language (else the canonical one). */
  localizedTitle: Scalars['String']['output'];
  onlineUrl?: Maybe<Scalars['String']['output']>;
  registrationClosesAt?: Maybe<Scalars['DateTime']['output']>;
  registrationOpensAt?: Maybe<Scalars['DateTime']['output']>;
  registrations: EventRegistrationConnection;
  /** Hours before the start at which registrants are reminded (each once). */
  reminderHours: Array<Scalars['Int']['output']>;
  /** Bumped whenever the time or place changes: each registrant’s calendar entry is updated. */
  sequence: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: EventStatus;
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Title translations by locale. */
  titles: Scalars['JSONObject']['output'];
  type: EventType;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Scalars['String']['output']>;
};


/** A seminar, webinar, booth or workshop people register for; it runs on a campaign of its own. */
export type EventEmbedHtmlArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A seminar, webinar, booth or workshop people register for; it runs on a campaign of its own. */
export type EventRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventRegistrationsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** How many registrations an event has in each state, and its seats. */
export type EventCounts = {
  __typename?: 'EventCounts';
  attended: Scalars['Int']['output'];
  cancelled: Scalars['Int']['output'];
  noShow: Scalars['Int']['output'];
  registered: Scalars['Int']['output'];
  /** Free seats; null when the event has no limit. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  waitlisted: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  and?: InputMaybe<Array<EventFilter>>;
  campaignId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  endsAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  not?: InputMaybe<EventFilter>;
  or?: InputMaybe<Array<EventFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  startsAt?: InputMaybe<DateTimeFilter>;
  status?: InputMaybe<EventStatusFilter>;
  teamId?: InputMaybe<IdFilter>;
  timeZone?: InputMaybe<StringFilter>;
  title?: InputMaybe<StringFilter>;
  type?: InputMaybe<EventTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type EventIdInput = {
  id: Scalars['ID']['input'];
};

export type EventOrderBy = {
  direction?: SortDirection;
  field: EventOrderField;
};

export type EventOrderField =
  | 'CREATED_AT'
  | 'STARTS_AT'
  | 'TITLE'
  | 'UPDATED_AT';

export type EventPayload = {
  __typename?: 'EventPayload';
  event: Event;
};

/** One person’s registration for an event. */
export type EventRegistration = {
  __typename?: 'EventRegistration';
  /** Answers to the registration form’s own questions. */
  answers: Scalars['JSONObject']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  company?: Maybe<Scalars['String']['output']>;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  eventId: Scalars['ID']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  leadId?: Maybe<Scalars['ID']['output']>;
  locale: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** Revision of the registrant’s calendar entry (its SEQUENCE). */
  sequence: Scalars['Int']['output'];
  /** One of registered, waitlisted, cancelled, attended, no_show. */
  status: Scalars['String']['output'];
  timeZone?: Maybe<Scalars['String']['output']>;
  walkIn: Scalars['Boolean']['output'];
};

export type EventRegistrationConnection = {
  __typename?: 'EventRegistrationConnection';
  edges: Array<EventRegistrationEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type EventRegistrationEdge = {
  __typename?: 'EventRegistrationEdge';
  cursor: Scalars['String']['output'];
  node: EventRegistration;
};

export type EventRegistrationPayload = {
  __typename?: 'EventRegistrationPayload';
  registration: EventRegistration;
};

export type EventRegistrationsFilter = {
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type EventStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type EventStatusFilter = {
  eq?: InputMaybe<EventStatus>;
  in?: InputMaybe<Array<EventStatus>>;
  ne?: InputMaybe<EventStatus>;
};

export type EventType =
  | 'SEMINAR'
  | 'TRADE_SHOW_BOOTH'
  | 'WEBINAR'
  | 'WORKSHOP';

export type EventTypeFilter = {
  eq?: InputMaybe<EventType>;
  in?: InputMaybe<Array<EventType>>;
  ne?: InputMaybe<EventType>;
};

/** What one unit of a currency is worth in the base currency (CNY), from a day until the next rate of that currency. */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  currency: Scalars['String']['output'];
  /** Exact decimal, e.g. "7.1234" for USD: one dollar is worth 7.1234 CNY. */
  rate: Scalars['String']['output'];
  /** The first day the rate applies (YYYY-MM-DD). */
  validFrom: Scalars['String']['output'];
};

export type ExchangeRatePayload = {
  __typename?: 'ExchangeRatePayload';
  exchangeRate: ExchangeRate;
};

export type Forecast = {
  __typename?: 'Forecast';
  /** Each category with the latest manager adjustment applied. */
  adjusted: Array<ForecastCategoryAmount>;
  /** Managers’ calls, kept beside the reps’ numbers. */
  adjustments: Array<ForecastAdjustment>;
  attainment?: Maybe<Scalars['Float']['output']>;
  /** Per rep in scope. */
  byRep: Array<ForecastRow>;
  /** The reps’ own numbers, summed over the scope. */
  categories: Array<ForecastCategoryAmount>;
  currency: Scalars['String']['output'];
  period: Scalars['String']['output'];
  quota?: Maybe<Scalars['Float']['output']>;
  /** Weekly snapshots of this period (quarters). */
  trend: Array<ForecastTrendPoint>;
  weighted: Scalars['Float']['output'];
};

export type ForecastAdjustment = {
  __typename?: 'ForecastAdjustment';
  amount: Scalars['Float']['output'];
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  managerId: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  teamId?: Maybe<Scalars['ID']['output']>;
  userId?: Maybe<Scalars['ID']['output']>;
};

export type ForecastCategory =
  | 'BEST_CASE'
  | 'CLOSED'
  | 'COMMIT'
  | 'OMITTED'
  | 'PIPELINE';

export type ForecastCategoryAmount = {
  __typename?: 'ForecastCategoryAmount';
  amount: Scalars['Float']['output'];
  /** pipeline, best_case, commit, closed or omitted */
  category: Scalars['String']['output'];
};

export type ForecastRow = {
  __typename?: 'ForecastRow';
  /** Closed won ÷ quota, percent. */
  attainment?: Maybe<Scalars['Float']['output']>;
  categories: Array<ForecastCategoryAmount>;
  name: Scalars['String']['output'];
  quota?: Maybe<Scalars['Float']['output']>;
  userId: Scalars['ID']['output'];
  weighted: Scalars['Float']['output'];
};

export type ForecastTrendPoint = {
  __typename?: 'ForecastTrendPoint';
  bestCase: Scalars['Float']['output'];
  closed: Scalars['Float']['output'];
  commit: Scalars['Float']['output'];
  takenOn: Scalars['String']['output'];
  weighted: Scalars['Float']['output'];
};

export type FrequencyCap = {
  __typename?: 'FrequencyCap';
  maxMessages: Scalars['Int']['output'];
  windowDays: Scalars['Int']['output'];
};

export type FrequencyCapInput = {
  maxMessages: Scalars['Int']['input'];
  windowDays: Scalars['Int']['input'];
};

export type Handover = {
  __typename?: 'Handover';
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  fromUserId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  moved: Scalars['Int']['output'];
  /** 0–100 */
  progress: Scalars['Int']['output'];
  /** queued, running, done or failed */
  status: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type HandoverAssignmentsInput = {
  accounts?: InputMaybe<Scalars['ID']['input']>;
  contacts?: InputMaybe<Scalars['ID']['input']>;
  leads?: InputMaybe<Scalars['ID']['input']>;
  opportunities?: InputMaybe<Scalars['ID']['input']>;
  tasks?: InputMaybe<Scalars['ID']['input']>;
};

/** Predicted vs actual purchases after the calibration end, for customers with this many repeat purchases before it. */
export type HoldoutGroup = {
  __typename?: 'HoldoutGroup';
  customers: Scalars['Int']['output'];
  frequency: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  meanActual: Scalars['Float']['output'];
  meanPredicted: Scalars['Float']['output'];
};

export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['ID']['input']>;
};

export type ImportCalendarDaysInput = {
  /** First day to take, YYYY-MM-DD. */
  from: Scalars['String']['input'];
  /** An iCalendar file’s text (RFC 5545): whole-day events become days off, make-up working days by their names. */
  icalendar: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** Last day to take, YYYY-MM-DD. */
  to: Scalars['String']['input'];
};

export type ImportCalendarDaysPayload = {
  __typename?: 'ImportCalendarDaysPayload';
  calendar: BusinessCalendar;
  /** Days off added (days already listed are kept once). */
  holidaysAdded: Scalars['Int']['output'];
  /** Events that were not whole days. */
  skipped: Scalars['Int']['output'];
  workdaysAdded: Scalars['Int']['output'];
};

/** Invites a contact to the customer portal (an invitation not yet taken up is sent again). */
export type InvitePortalUserInput = {
  /** Make them their account’s service admin: they see all of the account’s cases. */
  accountAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  contactId: Scalars['ID']['input'];
};

/** A knowledge base article in one language; its translations share a translation group. */
export type KnowledgeArticle = {
  __typename?: 'KnowledgeArticle';
  attachments: Array<KnowledgeAttachment>;
  audience: KnowledgeAudience;
  /** The published body (Markdown). */
  body?: Maybe<Scalars['String']['output']>;
  category?: Maybe<KnowledgeCategory>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Readers who answered “did this help?”. */
  feedbackCount: Scalars['Int']['output'];
  /** Readers who said it helped. */
  helpfulCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** en, zh-CN or zh-TW. */
  language: Scalars['String']['output'];
  /** The version being worked on (for those who may edit the article), else the published one. */
  latestVersion?: Maybe<KnowledgeArticleVersion>;
  /** Readers who said it did not help. */
  notHelpfulCount: Scalars['Int']['output'];
  /** Who wrote it (shown to staff; null for customers). */
  owner?: Maybe<UserRef>;
  /** The products it is about. */
  productIds: Array<Scalars['ID']['output']>;
  /** When the published version was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What readers see; null while unpublished. */
  publishedVersion?: Maybe<KnowledgeArticleVersion>;
  publishedVersionId?: Maybe<Scalars['ID']['output']>;
  /** The latest version’s status. */
  status: KnowledgeVersionStatus;
  /** The published summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The published version’s title (the latest version’s while none is published). */
  title: Scalars['String']['output'];
  /** Shared by an article’s variants in other languages (one per language). */
  translationGroupId: Scalars['ID']['output'];
  /** The article in the other languages (those you may read). */
  translations: Array<KnowledgeArticle>;
  updatedAt: Scalars['DateTime']['output'];
  /** Newest first: every version for those who may edit the article, the published one for other readers. */
  versions: Array<KnowledgeArticleVersion>;
  viewCount: Scalars['Int']['output'];
  viewerCan: KnowledgeArticleViewerCan;
  /** Your own answer to “did this help?”. */
  viewerFeedback?: Maybe<KnowledgeFeedback>;
};

export type KnowledgeArticleConnection = {
  __typename?: 'KnowledgeArticleConnection';
  edges: Array<KnowledgeArticleEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type KnowledgeArticleEdge = {
  __typename?: 'KnowledgeArticleEdge';
  cursor: Scalars['String']['output'];
  node: KnowledgeArticle;
};

export type KnowledgeArticleFilter = {
  and?: InputMaybe<Array<KnowledgeArticleFilter>>;
  audience?: InputMaybe<KnowledgeAudienceFilter>;
  categoryId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  isPublished?: InputMaybe<BooleanFilter>;
  language?: InputMaybe<StringFilter>;
  not?: InputMaybe<KnowledgeArticleFilter>;
  or?: InputMaybe<Array<KnowledgeArticleFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  publishedAt?: InputMaybe<DateTimeFilter>;
  publishedVersionId?: InputMaybe<IdFilter>;
  status?: InputMaybe<KnowledgeVersionStatusFilter>;
  teamId?: InputMaybe<IdFilter>;
  title?: InputMaybe<StringFilter>;
  translationGroupId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  viewCount?: InputMaybe<NumberFilter>;
};

export type KnowledgeArticleIdInput = {
  id: Scalars['ID']['input'];
};

export type KnowledgeArticleOrderBy = {
  direction?: SortDirection;
  field: KnowledgeArticleOrderField;
};

export type KnowledgeArticleOrderField =
  | 'CREATED_AT'
  | 'HELPFUL_COUNT'
  | 'LANGUAGE'
  | 'NOT_HELPFUL_COUNT'
  | 'PUBLISHED_AT'
  | 'TITLE'
  | 'UPDATED_AT'
  | 'VIEW_COUNT';

export type KnowledgeArticlePayload = {
  __typename?: 'KnowledgeArticlePayload';
  article: KnowledgeArticle;
};

/** One version of an article’s texts. */
export type KnowledgeArticleVersion = {
  __typename?: 'KnowledgeArticleVersion';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  authorId?: Maybe<Scalars['ID']['output']>;
  /** Markdown. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 1, 2, … per article. */
  number: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: KnowledgeVersionStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type KnowledgeArticleViewerCan = {
  __typename?: 'KnowledgeArticleViewerCan';
  /** Edit the texts (a new draft when published), submit for review, add translations. */
  edit: Scalars['Boolean']['output'];
  /** Publish and archive. */
  publish: Scalars['Boolean']['output'];
};

/** A file or image of an article; `url` serves it to whoever may read the article. */
export type KnowledgeAttachment = {
  __typename?: 'KnowledgeAttachment';
  /** The type its content was found to be. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  size: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

export type KnowledgeAudience =
  | 'CUSTOMERS'
  | 'INTERNAL'
  | 'PARTNERS';

export type KnowledgeAudienceFilter = {
  eq?: InputMaybe<KnowledgeAudience>;
  in?: InputMaybe<Array<KnowledgeAudience>>;
  ne?: InputMaybe<KnowledgeAudience>;
};

export type KnowledgeCaseLinkInput = {
  articleId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
};

/** A category of the knowledge base: a tree. */
export type KnowledgeCategory = {
  __typename?: 'KnowledgeCategory';
  id: Scalars['ID']['output'];
  /** The name in the reader’s language (English when it has none). */
  name: Scalars['String']['output'];
  /** Names by language: { "en": …, "zh-CN": …, "zh-TW": … }. */
  names: Scalars['JSONObject']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
};

export type KnowledgeCategoryPayload = {
  __typename?: 'KnowledgeCategoryPayload';
  category: KnowledgeCategory;
};

export type KnowledgeDeflectionPayload = {
  __typename?: 'KnowledgeDeflectionPayload';
  /** Articles counted (those the caller may read). */
  articleCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
};

/** The caller’s own answer to “did this help?”. */
export type KnowledgeFeedback = {
  __typename?: 'KnowledgeFeedback';
  comment: Scalars['String']['output'];
  helpful: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** An article found by a search, with its rank and the matched words marked in its title and an extract. */
export type KnowledgeSearchHit = {
  __typename?: 'KnowledgeSearchHit';
  article: KnowledgeArticle;
  /** ts_rank_cd: higher is better; comparable within one search only. */
  rank: Scalars['Float']['output'];
  /** About 200 characters of the summary or body around the first match. */
  snippet: Array<KnowledgeTextSegment>;
  /** The published title, cut where it matched. */
  title: Array<KnowledgeTextSegment>;
};

/** A piece of text; `match` marks the words the search matched (render as text, highlighted when true). */
export type KnowledgeTextSegment = {
  __typename?: 'KnowledgeTextSegment';
  match: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type KnowledgeVersionStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type KnowledgeVersionStatusFilter = {
  eq?: InputMaybe<KnowledgeVersionStatus>;
  in?: InputMaybe<Array<KnowledgeVersionStatus>>;
  ne?: InputMaybe<KnowledgeVersionStatus>;
};

/** An identified visitor seen today, with what they looked at. */
export type KnownVisitor = {
  __typename?: 'KnownVisitor';
  lastTitle?: Maybe<Scalars['String']['output']>;
  /** The latest page viewed today. */
  lastUrl?: Maybe<Scalars['String']['output']>;
  /** Page views today. */
  viewsToday: Scalars['Int']['output'];
  visitor: WebVisitor;
};

export type KnownVisitorConnection = {
  __typename?: 'KnownVisitorConnection';
  edges: Array<KnownVisitorEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type KnownVisitorEdge = {
  __typename?: 'KnownVisitorEdge';
  cursor: Scalars['String']['output'];
  node: KnownVisitor;
};

export type LawfulBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'LEGITIMATE_INTEREST';

export type Lead = {
  __typename?: 'Lead';
  /** The campaign the lead answered (set from its campaign source when it came in, or chosen); null when none or when you may not read it. */
  campaign?: Maybe<Campaign>;
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** The campaign the inquiry named, as it came in: a campaign name, short code or UTM campaign value. */
  campaignSource?: Maybe<Scalars['String']['output']>;
  /** Campaigns this lead is on, latest first; null when you may not read campaigns. */
  campaigns?: Maybe<Array<CampaignTouch>>;
  company?: Maybe<Scalars['String']['output']>;
  /** Every answer the person’s addresses gave, newest first, with its evidence. */
  consentHistory: Array<ConsentEvent>;
  /** The current answers of the person’s addresses: per subscription type, and to marketing as a whole (subscriptionType null). */
  consents: Array<Consent>;
  /** The account this lead became (if you may see it). */
  convertedAccount?: Maybe<Account>;
  convertedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The contact this lead became (if you may see it). */
  convertedContact?: Maybe<Contact>;
  /** The deal opened on conversion (if you may see it). */
  convertedOpportunity?: Maybe<Opportunity>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  /** A (≥ 75) … D (< 25), from the score. */
  grade: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Routing decision and first-response SLA (web and routed leads). */
  intake?: Maybe<LeadIntake>;
  lastName: Scalars['String']['output'];
  message?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  owner?: Maybe<UserRef>;
  phone?: Maybe<Scalars['String']['output']>;
  productInterest?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  /** Lead score 0–100 from the scoring rules. */
  score: Scalars['Int']['output'];
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  source: LeadSource;
  status: LeadStatus;
  /** The person’s addresses on the suppression list. */
  suppressions: Array<Suppression>;
  timeZone?: Maybe<Scalars['String']['output']>;
  timeline: TimelineConnection;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: LeadViewerCan;
  /** Pages this lead viewed on the website, from before the lead identified itself too; null when never identified as a visitor. */
  webActivity?: Maybe<WebActivity>;
};


export type LeadTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  and?: InputMaybe<Array<LeadFilter>>;
  campaignId?: InputMaybe<IdFilter>;
  campaignSource?: InputMaybe<StringFilter>;
  company?: InputMaybe<StringFilter>;
  country?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filters on custom fields: { <key>: { eq | in | contains | gte | … } }. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<StringFilter>;
  firstName?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  lastName?: InputMaybe<StringFilter>;
  not?: InputMaybe<LeadFilter>;
  or?: InputMaybe<Array<LeadFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  phone?: InputMaybe<StringFilter>;
  productInterest?: InputMaybe<StringFilter>;
  score?: InputMaybe<NumberFilter>;
  source?: InputMaybe<LeadSourceFilter>;
  status?: InputMaybe<LeadStatusFilter>;
  teamId?: InputMaybe<IdFilter>;
  timeZone?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type LeadImport = {
  __typename?: 'LeadImport';
  /** Column headers, made unique. */
  columns: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<UserRef>;
  createdCount: Scalars['Int']['output'];
  dedupPolicy: LeadImportDedupPolicy;
  /** Rows skipped as duplicates (of a row above, a lead or a contact). */
  duplicateCount: Scalars['Int']['output'];
  /** Why a failed import stopped, in English. */
  error?: Maybe<Scalars['String']['output']>;
  /** Rows not imported because of errors. */
  errorCount: Scalars['Int']['output'];
  /** Catalogue key of `error`, to say it in another language. */
  errorKey?: Maybe<Scalars['String']['output']>;
  /** Values for the placeholders of errorKey. */
  errorParams?: Maybe<Scalars['JSONObject']['output']>;
  /** csv or xlsx */
  fileFormat: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  fileSize: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  mapping: Array<LeadImportColumnMapping>;
  mergedCount: Scalars['Int']['output'];
  /** Owner of the created leads. */
  owner?: Maybe<UserRef>;
  /** The first 20 data rows, one cell per column. */
  preview: Array<Array<Scalars['String']['output']>>;
  /** Rows with errors (one line per problem) and rows skipped as duplicates. */
  problems: LeadImportProblemConnection;
  /** 0–100 */
  progress: Scalars['Int']['output'];
  /** Created leads removed by undo. */
  removedCount: Scalars['Int']['output'];
  /** The report as CSV (row, column, value, reason, kind); `?lang=zh-CN` for the reasons in that language. */
  reportUrl: Scalars['String']['output'];
  /** Updated leads given their old values back by undo. */
  restoredCount: Scalars['Int']['output'];
  routeLeads: Scalars['Boolean']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: LeadImportStatus;
  /** A saved mapping that fits the columns, or a guess from the headers. */
  suggestedMapping: Array<LeadImportColumnMapping>;
  /** Data rows in the file. */
  totalRows: Scalars['Int']['output'];
  undoneAt?: Maybe<Scalars['DateTime']['output']>;
  updatedCount: Scalars['Int']['output'];
};


export type LeadImportProblemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LeadImportColumnMapping = {
  __typename?: 'LeadImportColumnMapping';
  /** Column header in the file. */
  column: Scalars['String']['output'];
  field: LeadImportField;
};

export type LeadImportColumnMappingInput = {
  column: Scalars['String']['input'];
  field: LeadImportField;
};

export type LeadImportConnection = {
  __typename?: 'LeadImportConnection';
  edges: Array<LeadImportEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** What to do with a row whose email or phone belongs to an existing lead (contacts are never changed). */
export type LeadImportDedupPolicy =
  /** Fill only the lead's empty fields from the row. */
  | 'MERGE'
  /** Report it as a duplicate and create nothing. */
  | 'SKIP'
  /** Overwrite the lead's fields with the row's non-empty mapped cells. */
  | 'UPDATE';

export type LeadImportEdge = {
  __typename?: 'LeadImportEdge';
  cursor: Scalars['String']['output'];
  node: LeadImport;
};

/** Lead fields a file column can fill. */
export type LeadImportField =
  | 'CAMPAIGN_SOURCE'
  | 'COMPANY'
  | 'COUNTRY'
  | 'EMAIL'
  | 'EMPLOYEES'
  | 'FIRST_NAME'
  | 'LANGUAGE'
  | 'LAST_NAME'
  | 'MESSAGE'
  | 'PHONE'
  | 'PRODUCT_INTEREST'
  | 'REGION'
  | 'SOURCE'
  | 'STATUS'
  | 'TITLE';

export type LeadImportMapping = {
  __typename?: 'LeadImportMapping';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  mapping: Array<LeadImportColumnMapping>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** One line of the import report. */
export type LeadImportProblem = {
  __typename?: 'LeadImportProblem';
  column?: Maybe<Scalars['String']['output']>;
  kind: LeadImportProblemKind;
  /** In English. */
  reason: Scalars['String']['output'];
  /** Catalogue key of the reason, to say it in another language (null on reasons stored without one). */
  reasonKey?: Maybe<Scalars['String']['output']>;
  /** Values for the placeholders of reasonKey, e.g. { "row": 7 }. */
  reasonParams?: Maybe<Scalars['JSONObject']['output']>;
  /** Row number as in the spreadsheet (the header is row 1). */
  row: Scalars['Int']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type LeadImportProblemConnection = {
  __typename?: 'LeadImportProblemConnection';
  edges: Array<LeadImportProblemEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type LeadImportProblemEdge = {
  __typename?: 'LeadImportProblemEdge';
  cursor: Scalars['String']['output'];
  node: LeadImportProblem;
};

export type LeadImportProblemKind =
  | 'DUPLICATE'
  | 'ERROR';

export type LeadImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'UNDONE'
  | 'UPLOADED';

/** How a lead came in and was routed, and where its first-response SLA stands. */
export type LeadIntake = {
  __typename?: 'LeadIntake';
  /** Why this owner: the rule, the distribution and who was skipped. */
  explanation?: Maybe<Scalars['String']['output']>;
  /** The decision behind `explanation` as JSON (ruleName, conditions, reason, chosenName, skipped with why, passed), for wording it in another language. */
  explanationJson?: Maybe<Scalars['String']['output']>;
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  /** high, normal or low (from the grade). */
  priority: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  routedAt?: Maybe<Scalars['DateTime']['output']>;
  ruleId?: Maybe<Scalars['ID']['output']>;
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** First-response time in business minutes. */
  slaMinutes?: Maybe<Scalars['Int']['output']>;
  /** on_track, at_risk (half the time used), breached or answered. */
  slaState: Scalars['String']['output'];
};

/** The business calendar the speed-to-lead SLA counts in (one of the shared business calendars). */
export type LeadIntakeCalendar = {
  __typename?: 'LeadIntakeCalendar';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone, e.g. Asia/Shanghai. */
  timeZone: Scalars['String']['output'];
};

export type LeadIntakeSettings = {
  __typename?: 'LeadIntakeSettings';
  /** The calendar the SLA counts in now: the chosen one, else the default one; null while there is none (Monday to Friday 09:00–18:00, Asia/Shanghai). */
  calendar?: Maybe<LeadIntakeCalendar>;
  /** The business calendar chosen (businessCalendars: working periods, days off and make-up days shared with the service desk); null follows the default one. */
  calendarId?: Maybe<Scalars['ID']['output']>;
  fallbackUserId?: Maybe<Scalars['ID']['output']>;
  ladder: Array<EscalationStepModel>;
};

export type LeadOrderBy = {
  /** The key of a custom field of this object (not a multi-select) to sort by; empty values sort first. */
  customField?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  /** A built-in field to sort by; or give customField instead. */
  field?: InputMaybe<LeadOrderField>;
};

export type LeadOrderField =
  | 'COMPANY'
  | 'CREATED_AT'
  | 'LAST_NAME'
  | 'SCORE'
  | 'UPDATED_AT';

export type LeadSource =
  | 'EMAIL'
  | 'EVENT'
  | 'IMPORT'
  | 'OTHER'
  | 'PARTNER'
  | 'PHONE'
  | 'REFERRAL'
  | 'WEB';

export type LeadSourceFilter = {
  eq?: InputMaybe<LeadSource>;
  in?: InputMaybe<Array<LeadSource>>;
  ne?: InputMaybe<LeadSource>;
};

export type LeadStatus =
  | 'CONVERTED'
  | 'NEW'
  | 'NURTURING'
  | 'QUALIFIED'
  | 'UNQUALIFIED'
  | 'WORKING';

export type LeadStatusFilter = {
  eq?: InputMaybe<LeadStatus>;
  in?: InputMaybe<Array<LeadStatus>>;
  ne?: InputMaybe<LeadStatus>;
};

/** What you may do with this lead; the mutations refuse exactly what is false. */
export type LeadViewerCan = {
  __typename?: 'LeadViewerCan';
  /** Convert it (convertLead): not converted yet, and yours to change. */
  convert: Scalars['Boolean']['output'];
  /** Take part in a merge, as survivor or merged (mergeRecords). */
  merge: Scalars['Boolean']['output'];
  /** Share it with a user or a team (shareRecord, unshareRecord). */
  share: Scalars['Boolean']['output'];
  /** Edit it (updateAccount, updateContact or updateLead; custom fields included). */
  update: Scalars['Boolean']['output'];
};

export type Locale =
  | 'EN'
  | 'ZH_CN'
  | 'ZH_TW';

export type LogCaseCallInput = {
  /** What was said. */
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  /** INBOUND: the customer called; OUTBOUND: we called. */
  direction: CallDirection;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The line (number) the call came in on or went out from. */
  line?: InputMaybe<Scalars['String']['input']>;
  /** The other party’s number, E.164 (+8613800000000). */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
};

/** An inbound phone call, logged by the agent who took it or by a telephony system. */
export type LogInboundCallInput = {
  /** The caller’s name, for a new lead when nobody has the number. */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** The caller’s number: matched (E.164) to a contact, then a lead, you may see. */
  callerNumber: Scalars['String']['input'];
  /** The number the caller dialled: a campaign’s tracking number attributes the call to it. */
  dialedNumber: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** When the call came in; defaults to now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type LogInboundCallPayload = {
  __typename?: 'LogInboundCallPayload';
  /** The call, on the person’s timeline. */
  activity: Activity;
  /** The campaign whose tracking number was dialled (if any, and if you may see it). */
  campaign?: Maybe<Campaign>;
  contact?: Maybe<Contact>;
  /** Nobody you may see had the caller’s number, so a lead was created. */
  createdLead: Scalars['Boolean']['output'];
  lead?: Maybe<Lead>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  user: User;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
};

/** A template sent to an audience under a subscription type, for a campaign (issue 15). */
export type Mailing = {
  __typename?: 'Mailing';
  audience: MailingAudience;
  /** Null when the reader may not see the campaign. */
  campaign?: Maybe<Campaign>;
  campaignId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  engagement: MailingEngagement;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Human opens and clicks per hour since it started. */
  hourly: Array<MailingHour>;
  id: Scalars['ID']['output'];
  /** ONE_OFF, a RECURRING series, an OCCURRENCE of one, or a NURTURE step. */
  kind: MailingKind;
  /** Human clicks per destination, most first (at most 100). */
  links: Array<MailingLinkClicks>;
  /** Delivered at this hour (0–23) of each recipient’s day in their time zone (a contact’s, else the contact policy’s); null: as soon as it starts. */
  localHour?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** A series: when its next occurrence is made. */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** An occurrence: the time of the rule it stands for. */
  occurrenceAt?: Maybe<Scalars['DateTime']['output']>;
  /** A series: the occurrences it has made. */
  occurrenceCount: Scalars['Int']['output'];
  /** A series’ occurrences, newest first (empty for other mailings). */
  occurrences: MailingConnection;
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** An occurrence: its series. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Why it paused itself (a message key), or null. */
  pausedReason?: Maybe<Scalars['String']['output']>;
  progress: MailingProgressModel;
  /** A series’ rule; null for a mailing sent once. */
  recurrence?: Maybe<MailingRecurrence>;
  /** The same content may go again to people who already got it. */
  resendAllowed: Scalars['Boolean']['output'];
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Skipped recipients by reason, most first. */
  skipped: Array<MailingSkipCount>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: MailingStatus;
  subscriptionType?: Maybe<SubscriptionType>;
  subscriptionTypeId: Scalars['ID']['output'];
  /** Null when the reader may not read templates. */
  template?: Maybe<EmailTemplate>;
  templateId: Scalars['ID']['output'];
  /** The template version it sends, fixed when it is started. */
  templateVersionId?: Maybe<Scalars['ID']['output']>;
  viewerCan: MailingViewerCan;
};


/** A template sent to an audience under a subscription type, for a campaign (issue 15). */
export type MailingOccurrencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Who a mailing goes to: members of its campaign with these statuses, plus every member of the lists (other campaigns), minus the exclusion lists. One message per address. */
export type MailingAudience = {
  __typename?: 'MailingAudience';
  campaignMemberStatuses: Array<Scalars['String']['output']>;
  excludeListIds: Array<Scalars['ID']['output']>;
  excludeSegmentIds: Array<Scalars['ID']['output']>;
  listIds: Array<Scalars['ID']['output']>;
  /** Segments whose current members get the mailing (minus the holdout of an active strategy on them). */
  segmentIds: Array<Scalars['ID']['output']>;
};

/** Who a mailing would reach if it were prepared now (consent and the contact policy applied). */
export type MailingAudienceCount = {
  __typename?: 'MailingAudienceCount';
  /** Addresses that would get the message. */
  eligible: Scalars['Int']['output'];
  skipped: Array<MailingSkipCount>;
  /** Distinct addresses in the audience. */
  total: Scalars['Int']['output'];
};

export type MailingAudienceInput = {
  campaignMemberStatuses?: InputMaybe<Array<Scalars['String']['input']>>;
  excludeListIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  excludeSegmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  listIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  segmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MailingConnection = {
  __typename?: 'MailingConnection';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Mailing>;
  totalCount: Scalars['Int']['output'];
};

/** What people did with a mailing’s messages. Opens and clicks by machines (privacy proxies, link scanners, prefetch) are counted apart and left out of the rest. */
export type MailingEngagement = {
  __typename?: 'MailingEngagement';
  clicks: Scalars['Int']['output'];
  complaints: Scalars['Int']['output'];
  /** Sent minus hard bounces. */
  delivered: Scalars['Int']['output'];
  hardBounces: Scalars['Int']['output'];
  machineClicks: Scalars['Int']['output'];
  machineOpens: Scalars['Int']['output'];
  opens: Scalars['Int']['output'];
  replies: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  softBounces: Scalars['Int']['output'];
  uniqueClicks: Scalars['Int']['output'];
  /** Recipients who opened at least once. */
  uniqueOpens: Scalars['Int']['output'];
  unsubscribes: Scalars['Int']['output'];
};

export type MailingHour = {
  __typename?: 'MailingHour';
  at: Scalars['DateTime']['output'];
  clicks: Scalars['Int']['output'];
  opens: Scalars['Int']['output'];
};

export type MailingIdInput = {
  id: Scalars['ID']['input'];
};

export type MailingKind =
  | 'NURTURE'
  | 'OCCURRENCE'
  | 'ONE_OFF'
  | 'RECURRING';

export type MailingLinkClicks = {
  __typename?: 'MailingLinkClicks';
  clicks: Scalars['Int']['output'];
  uniqueClicks: Scalars['Int']['output'];
  /** The destination, with the campaign’s UTM values. */
  url: Scalars['String']['output'];
};

/** A mailing’s recipients by state. `total` = queued + sending + sent + failed + skipped. */
export type MailingProgressModel = {
  __typename?: 'MailingProgressModel';
  failed: Scalars['Int']['output'];
  queued: Scalars['Int']['output'];
  sending: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** How a recurring mailing repeats (a subset of RFC 5545 RRULE), in wall-clock time of its time zone. */
export type MailingRecurrence = {
  __typename?: 'MailingRecurrence';
  /** Ends after this many occurrences. */
  count?: Maybe<Scalars['Int']['output']>;
  frequency: RecurrenceFrequency;
  hour: Scalars['Int']['output'];
  /** Every n days, weeks or months. */
  interval: Scalars['Int']['output'];
  minute: Scalars['Int']['output'];
  /** Monthly: the day of the month (a shorter month uses its last day). */
  monthDay?: Maybe<Scalars['Int']['output']>;
  /** The rule as RRULE text, e.g. FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=9;BYMINUTE=0. */
  rrule: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
  /** Ends after this day (YYYY-MM-DD). */
  until?: Maybe<Scalars['String']['output']>;
  /** Weekly: ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: Array<Scalars['Int']['output']>;
};

/** Makes the mailing a series: each time the rule comes round, an occurrence is sent with the template as it is then. */
export type MailingRecurrenceInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  frequency: RecurrenceFrequency;
  hour: Scalars['Int']['input'];
  /** Every n days, weeks or months (1–12); default 1. */
  interval?: InputMaybe<Scalars['Int']['input']>;
  minute?: InputMaybe<Scalars['Int']['input']>;
  monthDay?: InputMaybe<Scalars['Int']['input']>;
  /** IANA time zone; default: the contact policy’s. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, the last day an occurrence may fall on. */
  until?: InputMaybe<Scalars['String']['input']>;
  /** Weekly: ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type MailingSkipCount = {
  __typename?: 'MailingSkipCount';
  count: Scalars['Int']['output'];
  reason: MailingSkipReason;
};

export type MailingSkipReason =
  | 'CANCELLED'
  | 'EXCLUDED'
  | 'FREQUENCY_CAP'
  | 'GLOBAL_OPT_OUT'
  | 'NO_CONSENT'
  | 'OPEN_HIGH_PRIORITY_CASE'
  | 'OPTED_OUT'
  | 'OVERDUE_COMMITMENT'
  | 'PENDING_DOUBLE_OPT_IN'
  | 'SAME_CONTENT'
  | 'SUPPRESSED';

export type MailingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PAUSED'
  | 'SCHEDULED'
  | 'SENDING';

/** What the viewer may do with this mailing now (its status and their permission). */
export type MailingViewerCan = {
  __typename?: 'MailingViewerCan';
  cancel: Scalars['Boolean']['output'];
  pause: Scalars['Boolean']['output'];
  resume: Scalars['Boolean']['output'];
  send: Scalars['Boolean']['output'];
  update: Scalars['Boolean']['output'];
};

export type MarkNotificationsReadInput = {
  /** Omit to mark all as read. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  unreadCount: Scalars['Int']['output'];
};

/** The marketing dashboard: return by campaign and by channel for campaigns starting in a period. */
export type MarketingReport = {
  __typename?: 'MarketingReport';
  /** Best attributed return first. */
  campaigns: Array<CampaignReturnRow>;
  channels: Array<ChannelReturnRow>;
  /** Every amount of the report is in this currency (converted at the day each cost was incurred or deal closed; budgets at the campaign’s start). */
  currency: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  /** Currencies with no exchange rate at all: amounts in them are left out until an admin records a rate. */
  missingRates: Array<Scalars['String']['output']>;
  model: AttributionModel;
  to?: Maybe<Scalars['String']['output']>;
  total: ReturnTotal;
  windowDays: Scalars['Int']['output'];
};

export type MergeCasesInput = {
  /** The duplicates: closed, pointing at the one that stays. */
  fromIds: Array<Scalars['ID']['input']>;
  /** The case that stays: it takes the others’ messages. */
  intoId: Scalars['ID']['input'];
};

export type MergeFieldChoice = {
  /** e.g. name, website, email, ownerId */
  field: Scalars['String']['input'];
  /** The record whose value wins. */
  fromId: Scalars['ID']['input'];
};

export type MergeRecordsInput = {
  fieldChoices?: InputMaybe<Array<MergeFieldChoice>>;
  mergedIds: Array<Scalars['ID']['input']>;
  objectType: MergeableObject;
  survivorId: Scalars['ID']['input'];
};

export type MergeRecordsPayload = {
  __typename?: 'MergeRecordsPayload';
  mergedIds: Array<Scalars['ID']['output']>;
  survivorId: Scalars['ID']['output'];
};

export type MergeableObject =
  | 'ACCOUNT'
  | 'CONTACT'
  | 'LEAD';

export type MoveOpportunityStageInput = {
  id: Scalars['ID']['input'];
  lostReason?: InputMaybe<Scalars['String']['input']>;
  stageId: Scalars['ID']['input'];
  wonReason?: InputMaybe<Scalars['String']['input']>;
};

export type MoveOpportunityStagePayload = {
  __typename?: 'MoveOpportunityStagePayload';
  opportunity: Opportunity;
};

export type MoveWorkOrderInput = {
  status: WorkOrderStatus;
  workOrderId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Locks the quote and makes its total the opportunity amount. */
  acceptQuote: QuotePayload;
  /** Starts a draft or resumes a paused nurture: its source is enrolled and people move through the steps. */
  activateNurture: Nurture;
  addCampaignCost: AddCampaignCostPayload;
  /** Adds contacts and leads (up to 1,000 per call); people already on the campaign stay as they are. */
  addCampaignMembers: AddCampaignMembersPayload;
  /** An internal note: never shown to the customer, nor to staff outside service. */
  addCaseNote: CaseMessagePayload;
  /** The article in another language: a draft of its own, linked as a translation. */
  addKnowledgeTranslation: KnowledgeArticlePayload;
  /** Adds the current members of a segment that you may see (any number); people already on the campaign stay as they are. */
  addSegmentToCampaign: AddCampaignMembersPayload;
  /** Suppresses addresses (an imported list, or by hand); up to 10,000 per call. */
  addSuppressions: AddSuppressionsPayload;
  adjustForecast: AdjustForecastPayload;
  /** Answers the survey of one of your cases (once). */
  answerPortalSurvey: PortalSurvey;
  /** Withdraws the published version: readers and search no longer find the article. */
  archiveKnowledgeArticle: KnowledgeArticlePayload;
  archiveSegment: SegmentPayload;
  assignTechnician: WorkOrderPayload;
  /** Assign up to 500 records of one kind to an owner. */
  bulkAssign: BulkAssignPayload;
  /** Cancels the event; every registrant’s calendar entry is cancelled. */
  cancelEvent: EventPayload;
  /** Ends a mailing for good: recipients not yet sent to are skipped as cancelled. */
  cancelMailing: Mailing;
  /** Checks in the registrant whose confirmation’s QR code was scanned. */
  checkInByCode: EventRegistrationPayload;
  /** Marks a registrant as attended (again: no change). */
  checkInRegistration: EventRegistrationPayload;
  /** Closes one of your cases. */
  closePortalCase: PortalCase;
  /** Closes the event: registrants who did not come become no-shows. */
  completeEvent: EventPayload;
  convertLead: ConvertLeadPayload;
  createAccount: CreateAccountPayload;
  createActivity: CreateActivityPayload;
  createApiKey: CreateApiKeyPayload;
  createBusinessCalendar: BusinessCalendarPayload;
  createCampaign: CreateCampaignPayload;
  createCase: CasePayload;
  /** Opens a case from a phone call: the call is its first message and the agent’s first response. */
  createCaseFromCall: CasePayload;
  createCommitment: CommitmentPayload;
  createContact: CreateContactPayload;
  /** Creates a template with its first version (campaign managers). A marketing template needs the unsubscribe link (unsubscribe_url) and the postal address (company.postal_address) in every language. */
  createEmailTemplate: EmailTemplatePayload;
  createEntitlement: EntitlementPayload;
  createEvent: EventPayload;
  /** A new article (its first version a draft) in one language. */
  createKnowledgeArticle: KnowledgeArticlePayload;
  createLead: CreateLeadPayload;
  /** A draft mailing (writers of mailings). */
  createMailing: Mailing;
  /** A draft nurture (writers of mailings); each send step gets a mailing of its own. */
  createNurture: Nurture;
  createOpportunity: CreateOpportunityPayload;
  createQuote: QuotePayload;
  createSegment: SegmentPayload;
  /** Starts a strategy on a segment and draws its holdout (stratified by RFM cell, fixed by the seed). */
  createSegmentStrategy: SegmentStrategyPayload;
  createServiceSlaPolicy: ServiceSlaPolicyPayload;
  createTeam: CreateTeamPayload;
  createUser: CreateUserPayload;
  /** Plans an on-site visit for a case (dispatchers). */
  createWorkOrder: WorkOrderPayload;
  decideQuote: QuotePayload;
  defineCustomField: CustomFieldPayload;
  deleteCaseReplyTemplate: DeleteCaseReplyTemplatePayload;
  deleteLeadImportMapping: DeleteLeadImportMappingPayload;
  /** Deletes a queue rule (routing set-up). */
  deleteRoutingQueueRule: Scalars['Boolean']['output'];
  deleteRoutingRule: DeletePayload;
  deleteScoringRule: DeletePayload;
  deleteSlaPolicy: DeletePayload;
  deleteView: SaveViewPayload;
  /** Admins: remove a URL → product-line rule. */
  deleteWebInterestRule: DeleteWebInterestRulePayload;
  endSegmentStrategy: SegmentStrategyPayload;
  /** Adds the days off and make-up working days of an iCalendar file within a range. */
  importCalendarDays: ImportCalendarDaysPayload;
  /** Invites a contact you may change to the customer portal: a login for their address and a mailed link (7 days). */
  invitePortalUser: PortalLogin;
  /** Links a published article to a case you may change. */
  linkKnowledgeArticleToCase: KnowledgeArticlePayload;
  /** A phone call with the customer, logged on the case (an agent response for the SLA). */
  logCaseCall: CaseMessagePayload;
  /** Logs an inbound call: the dialled tracking number attributes it to a campaign, the caller’s number finds (or creates) the person. */
  logInboundCall: LogInboundCallPayload;
  login: LoginPayload;
  logout: LogoutPayload;
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Merges duplicates into one case: it takes their messages; they are closed and point at it. */
  mergeCases: CasePayload;
  /** Merge duplicates into one record, choosing field by field; relations move to the survivor. */
  mergeRecords: MergeRecordsPayload;
  moveOpportunityStage: MoveOpportunityStagePayload;
  /** The visit’s progress: scheduled → en route → on site → done, or cancelled. Done counts it against the contract, once. */
  moveWorkOrder: WorkOrderPayload;
  /** Opens a case as the customer you are (it waits for a skilled agent). */
  openPortalCase: PortalCase;
  /** Stops handing messages to the relay; the ones on the wire finish. */
  pauseMailing: Mailing;
  /** Nobody moves on and no message goes out until it is activated again. */
  pauseNurture: Nurture;
  /** A chat that ended, posted by the chat system: it continues the case given, or opens one for the customer; its lines count for the SLA as mail does. Idempotent by externalId. */
  postChatTranscript: CasePayload;
  /** A sign of life from your screen (every minute while in use): keeps you from turning away after inactivity. True when it made you available again. */
  presenceHeartbeat: Scalars['Boolean']['output'];
  /** Offers the customer times for the visit by email, one confirmation link per time. */
  proposeVisitSlots: WorkOrderPayload;
  /** Opens registration. */
  publishEvent: EventPayload;
  /** Publishes a version (the latest by default); the one published before is archived. */
  publishKnowledgeArticle: KnowledgeArticlePayload;
  /** “Did this help?”: one answer per person (a new one replaces it). */
  rateKnowledgeArticle: KnowledgeArticlePayload;
  /** A customer read these articles while writing a case and left without submitting it. */
  recordKnowledgeDeflection: KnowledgeDeflectionPayload;
  /** The visit report: work done, parts, the customer’s signature (PNG). */
  recordVisitReport: WorkOrderPayload;
  /** Refreshes now: a dynamic segment follows its rule, a static one retakes its snapshot. */
  refreshSegment: SegmentPayload;
  /** Registers someone at the door and checks them in. */
  registerWalkIn: EventRegistrationPayload;
  removeExchangeRate: RemoveExchangeRatePayload;
  /** Takes an address off the suppression list; false when it was not on it. */
  removeSuppression: Scalars['Boolean']['output'];
  /** Puts the rules in this order (every rule, each once). */
  reorderRoutingQueueRules: Array<RoutingQueueRule>;
  reorderRoutingRules: ReorderRoutingRulesPayload;
  /** An agent’s reply to the customer (an agent response for the SLA). */
  replyToCase: CaseMessagePayload;
  /** Writes on one of your cases (a resolved one opens again for a while; a closed one takes no more). */
  replyToPortalCase: PortalCase;
  resolveCommitment: CommitmentPayload;
  restoreSegment: SegmentPayload;
  resumeMailing: Mailing;
  revokeApiKey: RevokeApiKeyPayload;
  /** Puts a case (back) in a queue for routing: the named queue, or the one the rules choose. False when it was already waiting. */
  routeCase: Scalars['Boolean']['output'];
  /** Queues a metrics run (RFM, CLV fit and scoring, churn, lifecycle) for every contact. */
  runCustomerMetrics: ClvModelRun;
  /** Creates a template (no id) or changes one; the body’s Liquid is checked first. */
  saveCaseReplyTemplate: CaseReplyTemplatePayload;
  /** Changes the survey settings (service set-up writers). */
  saveCsatSettings: SaveCsatSettingsPayload;
  saveDiscountTolerance: DiscountTolerancePayload;
  /** Creates or changes a category (knowledge base managers). */
  saveKnowledgeCategory: KnowledgeCategoryPayload;
  saveLeadIntakeSettings: SaveLeadSettingsPayload;
  savePicklistValue: PicklistValuePayload;
  savePriceBook: PriceBookPayload;
  saveProduct: ProductPayload;
  saveRoutingProfile: SaveRoutingProfilePayload;
  /** Creates or changes a routing queue (routing set-up). */
  saveRoutingQueue: RoutingQueue;
  /** Creates (placed last) or changes a queue rule (routing set-up). */
  saveRoutingQueueRule: RoutingQueueRule;
  saveRoutingRule: SaveRoutingRulePayload;
  saveScoringRule: SaveScoringRulePayload;
  /** Adds or renames a skill (service managers and admins). */
  saveServiceSkill: ServiceSkill;
  saveSlaPolicy: SaveSlaPolicyPayload;
  /** Creates or changes a subscription type (campaign managers). */
  saveSubscriptionType: SubscriptionTypePayload;
  saveView: SaveViewPayload;
  saveWebForm: SaveWebFormPayload;
  /** Admins: add or change a URL → product-line rule. */
  saveWebInterestRule: SaveWebInterestRulePayload;
  /** Admins: change the tracked sites, the retention or the rate limit. */
  saveWebVisitorSettings: SaveWebVisitorSettingsPayload;
  /** Starts a draft now or at `scheduledAt`; its template version is fixed from then on. */
  sendMailing: Mailing;
  /** Sends the preview (a template, or unsaved variants, as a chosen contact would get it) to the sender’s own address, marked as a test. */
  sendTestEmail: TestEmailPayload;
  /** Sets an agent’s languages, capacity per channel and skills (routing set-up). */
  setAgentRoutingProfile: AgentPresence;
  /** A new priority; the SLA targets follow, time already spent kept. */
  setCasePriority: CasePayload;
  /** Moves a case to another status (resolving, reopening or pausing its clocks as the status says). */
  setCaseStatus: CasePayload;
  /** Records an answer given to staff or an integration, with its evidence. An opt-in to a double opt-in type stays pending until confirmed. */
  setConsent: SetConsentPayload;
  /** Records (or corrects) the rate of a currency from a day on. */
  setExchangeRate: ExchangeRatePayload;
  /** Sets your own presence; available asks for your first case at once. */
  setMyPresence: AgentPresence;
  setPriceBookEntries: PriceBookEntriesPayload;
  setQuota: SetQuotaPayload;
  /** Prices a channel per handled minute or per case, or removes its price (amount null); returns every price (service set-up). */
  setServiceChannelCost: Array<ServiceChannelCost>;
  /** Replaces a person’s skills (service managers and admins). */
  setUserSkills: Array<UserSkill>;
  /** Share a record with a user or a team, for reading or writing. */
  shareRecord: ShareRecordPayload;
  /** Splits part of a thread off into a new case (same customer, owner and priority) pointing back at this one; returns the new case. */
  splitCase: CasePayload;
  /** Starts an uploaded import as a background job with progress. */
  startLeadImport: StartLeadImportPayload;
  /** Starts an uploaded import with a mapping; the job reports progress and bad rows. */
  startOrderImport: OrderImport;
  /** Sends the latest draft for review. */
  submitKnowledgeArticle: KnowledgeArticlePayload;
  /** Within your discount tolerance the quote is approved at once; beyond it a manager must approve. */
  submitQuote: SubmitQuotePayload;
  /** Hand a person’s open book to new owners, as a background job with progress. */
  transferOwnership: TransferOwnershipPayload;
  /** Takes back a check-in made by mistake. */
  undoCheckIn: EventRegistrationPayload;
  /** Removes the leads an import created and restores the fields it updated. */
  undoLeadImport: UndoLeadImportPayload;
  /** Removes the orders the import created. */
  undoOrderImport: OrderImport;
  unlinkKnowledgeArticleFromCase: KnowledgeArticlePayload;
  /** Admins only; audited with the reason. */
  unlockQuote: QuotePayload;
  unshareRecord: ShareRecordPayload;
  updateAccount: UpdateAccountPayload;
  updateActivity: UpdateActivityPayload;
  updateBusinessCalendar: BusinessCalendarPayload;
  updateCampaign: UpdateCampaignPayload;
  updateCampaignMemberStatus: UpdateCampaignMemberStatusPayload;
  updateCase: CasePayload;
  updateContact: UpdateContactPayload;
  /** Changes the company-wide contact policy (admins). */
  updateContactPolicy: ContactPolicyModel;
  updateCustomField: CustomFieldPayload;
  /** Renames or archives a template; changed variants become its next version. */
  updateEmailTemplate: EmailTemplatePayload;
  updateEntitlement: EntitlementPayload;
  updateEvent: EventPayload;
  /** Changes the draft (a published article gets a new draft version; readers keep the published one). */
  updateKnowledgeArticle: KnowledgeArticlePayload;
  updateLead: UpdateLeadPayload;
  updateMailing: Mailing;
  updateMyPreferences: UpdateMyPreferencesPayload;
  /** Changes a draft. */
  updateNurture: Nurture;
  updateOpportunity: UpdateOpportunityPayload;
  /** Renames a pipeline or sets its translations (administrators). */
  updatePipeline: UpdatePipelinePayload;
  updateQuote: QuotePayload;
  updateSegment: SegmentPayload;
  updateServiceSlaPolicy: ServiceSlaPolicyPayload;
  /** Renames a stage or sets its translations (administrators). */
  updateStage: UpdateStagePayload;
  updateTeam: UpdateTeamPayload;
  updateUser: UpdateUserPayload;
  /** Changes a planned visit’s description, address or required skill (dispatchers). */
  updateWorkOrder: WorkOrderPayload;
  /** Counts a reading of a published article (the reader opened it). */
  viewKnowledgeArticle: KnowledgeArticlePayload;
};


export type MutationAcceptQuoteArgs = {
  input: QuoteIdInput;
};


export type MutationActivateNurtureArgs = {
  input: NurtureIdInput;
};


export type MutationAddCampaignCostArgs = {
  input: AddCampaignCostInput;
};


export type MutationAddCampaignMembersArgs = {
  input: AddCampaignMembersInput;
};


export type MutationAddCaseNoteArgs = {
  input: AddCaseNoteInput;
};


export type MutationAddKnowledgeTranslationArgs = {
  input: AddKnowledgeTranslationInput;
};


export type MutationAddSegmentToCampaignArgs = {
  input: AddSegmentToCampaignInput;
};


export type MutationAddSuppressionsArgs = {
  input: AddSuppressionsInput;
};


export type MutationAdjustForecastArgs = {
  input: AdjustForecastInput;
};


export type MutationAnswerPortalSurveyArgs = {
  input: AnswerPortalSurveyInput;
};


export type MutationArchiveKnowledgeArticleArgs = {
  input: KnowledgeArticleIdInput;
};


export type MutationArchiveSegmentArgs = {
  input: SegmentIdInput;
};


export type MutationAssignTechnicianArgs = {
  input: AssignTechnicianInput;
};


export type MutationBulkAssignArgs = {
  input: BulkAssignInput;
};


export type MutationCancelEventArgs = {
  input: EventIdInput;
};


export type MutationCancelMailingArgs = {
  input: MailingIdInput;
};


export type MutationCheckInByCodeArgs = {
  input: CheckInByCodeInput;
};


export type MutationCheckInRegistrationArgs = {
  input: RegistrationIdInput;
};


export type MutationClosePortalCaseArgs = {
  input: ClosePortalCaseInput;
};


export type MutationCompleteEventArgs = {
  input: EventIdInput;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateBusinessCalendarArgs = {
  input: CreateBusinessCalendarInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateCaseFromCallArgs = {
  input: CreateCaseFromCallInput;
};


export type MutationCreateCommitmentArgs = {
  input: CreateCommitmentInput;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateEmailTemplateArgs = {
  input: CreateEmailTemplateInput;
};


export type MutationCreateEntitlementArgs = {
  input: CreateEntitlementInput;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateKnowledgeArticleArgs = {
  input: CreateKnowledgeArticleInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateMailingArgs = {
  input: CreateMailingInput;
};


export type MutationCreateNurtureArgs = {
  input: CreateNurtureInput;
};


export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};


export type MutationCreateQuoteArgs = {
  input: CreateQuoteInput;
};


export type MutationCreateSegmentArgs = {
  input: CreateSegmentInput;
};


export type MutationCreateSegmentStrategyArgs = {
  input: CreateSegmentStrategyInput;
};


export type MutationCreateServiceSlaPolicyArgs = {
  input: CreateServiceSlaPolicyInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkOrderArgs = {
  input: CreateWorkOrderInput;
};


export type MutationDecideQuoteArgs = {
  input: DecideQuoteInput;
};


export type MutationDefineCustomFieldArgs = {
  input: DefineCustomFieldInput;
};


export type MutationDeleteCaseReplyTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLeadImportMappingArgs = {
  input: DeleteLeadImportMappingInput;
};


export type MutationDeleteRoutingQueueRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoutingRuleArgs = {
  input: DeleteLeadSetupInput;
};


export type MutationDeleteScoringRuleArgs = {
  input: DeleteLeadSetupInput;
};


export type MutationDeleteSlaPolicyArgs = {
  input: DeleteLeadSetupInput;
};


export type MutationDeleteViewArgs = {
  input: DeleteViewInput;
};


export type MutationDeleteWebInterestRuleArgs = {
  input: DeleteWebInterestRuleInput;
};


export type MutationEndSegmentStrategyArgs = {
  input: StrategyIdInput;
};


export type MutationImportCalendarDaysArgs = {
  input: ImportCalendarDaysInput;
};


export type MutationInvitePortalUserArgs = {
  input: InvitePortalUserInput;
};


export type MutationLinkKnowledgeArticleToCaseArgs = {
  input: KnowledgeCaseLinkInput;
};


export type MutationLogCaseCallArgs = {
  input: LogCaseCallInput;
};


export type MutationLogInboundCallArgs = {
  input: LogInboundCallInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMergeCasesArgs = {
  input: MergeCasesInput;
};


export type MutationMergeRecordsArgs = {
  input: MergeRecordsInput;
};


export type MutationMoveOpportunityStageArgs = {
  input: MoveOpportunityStageInput;
};


export type MutationMoveWorkOrderArgs = {
  input: MoveWorkOrderInput;
};


export type MutationOpenPortalCaseArgs = {
  input: OpenPortalCaseInput;
};


export type MutationPauseMailingArgs = {
  input: MailingIdInput;
};


export type MutationPauseNurtureArgs = {
  input: NurtureIdInput;
};


export type MutationPostChatTranscriptArgs = {
  input: PostChatTranscriptInput;
};


export type MutationProposeVisitSlotsArgs = {
  input: ProposeVisitSlotsInput;
};


export type MutationPublishEventArgs = {
  input: EventIdInput;
};


export type MutationPublishKnowledgeArticleArgs = {
  input: PublishKnowledgeArticleInput;
};


export type MutationRateKnowledgeArticleArgs = {
  input: RateKnowledgeArticleInput;
};


export type MutationRecordKnowledgeDeflectionArgs = {
  input: RecordKnowledgeDeflectionInput;
};


export type MutationRecordVisitReportArgs = {
  input: RecordVisitReportInput;
};


export type MutationRefreshSegmentArgs = {
  input: SegmentIdInput;
};


export type MutationRegisterWalkInArgs = {
  input: WalkInInput;
};


export type MutationRemoveExchangeRateArgs = {
  input: RemoveExchangeRateInput;
};


export type MutationRemoveSuppressionArgs = {
  address: Scalars['String']['input'];
};


export type MutationReorderRoutingQueueRulesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReorderRoutingRulesArgs = {
  input: ReorderRoutingRulesInput;
};


export type MutationReplyToCaseArgs = {
  input: ReplyToCaseInput;
};


export type MutationReplyToPortalCaseArgs = {
  input: ReplyToPortalCaseInput;
};


export type MutationResolveCommitmentArgs = {
  input: ResolveCommitmentInput;
};


export type MutationRestoreSegmentArgs = {
  input: SegmentIdInput;
};


export type MutationResumeMailingArgs = {
  input: MailingIdInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationRouteCaseArgs = {
  input: RouteCaseInput;
};


export type MutationRunCustomerMetricsArgs = {
  input?: InputMaybe<RunCustomerMetricsInput>;
};


export type MutationSaveCaseReplyTemplateArgs = {
  input: SaveCaseReplyTemplateInput;
};


export type MutationSaveCsatSettingsArgs = {
  input: SaveCsatSettingsInput;
};


export type MutationSaveDiscountToleranceArgs = {
  input: SaveDiscountToleranceInput;
};


export type MutationSaveKnowledgeCategoryArgs = {
  input: SaveKnowledgeCategoryInput;
};


export type MutationSaveLeadIntakeSettingsArgs = {
  input: SaveLeadSettingsInput;
};


export type MutationSavePicklistValueArgs = {
  input: SavePicklistValueInput;
};


export type MutationSavePriceBookArgs = {
  input: SavePriceBookInput;
};


export type MutationSaveProductArgs = {
  input: SaveProductInput;
};


export type MutationSaveRoutingProfileArgs = {
  input: SaveRoutingProfileInput;
};


export type MutationSaveRoutingQueueArgs = {
  input: SaveRoutingQueueInput;
};


export type MutationSaveRoutingQueueRuleArgs = {
  input: SaveRoutingQueueRuleInput;
};


export type MutationSaveRoutingRuleArgs = {
  input: SaveRoutingRuleInput;
};


export type MutationSaveScoringRuleArgs = {
  input: SaveScoringRuleInput;
};


export type MutationSaveServiceSkillArgs = {
  input: SaveServiceSkillInput;
};


export type MutationSaveSlaPolicyArgs = {
  input: SaveSlaPolicyInput;
};


export type MutationSaveSubscriptionTypeArgs = {
  input: SaveSubscriptionTypeInput;
};


export type MutationSaveViewArgs = {
  input: SaveViewInput;
};


export type MutationSaveWebFormArgs = {
  input: SaveWebFormInput;
};


export type MutationSaveWebInterestRuleArgs = {
  input: SaveWebInterestRuleInput;
};


export type MutationSaveWebVisitorSettingsArgs = {
  input: SaveWebVisitorSettingsInput;
};


export type MutationSendMailingArgs = {
  input: SendMailingInput;
};


export type MutationSendTestEmailArgs = {
  input: PreviewEmailInput;
};


export type MutationSetAgentRoutingProfileArgs = {
  input: SetAgentRoutingProfileInput;
};


export type MutationSetCasePriorityArgs = {
  input: SetCasePriorityInput;
};


export type MutationSetCaseStatusArgs = {
  input: SetCaseStatusInput;
};


export type MutationSetConsentArgs = {
  input: SetConsentInput;
};


export type MutationSetExchangeRateArgs = {
  input: SetExchangeRateInput;
};


export type MutationSetMyPresenceArgs = {
  presence: AgentPresenceState;
};


export type MutationSetPriceBookEntriesArgs = {
  input: SetPriceBookEntriesInput;
};


export type MutationSetQuotaArgs = {
  input: SetQuotaInput;
};


export type MutationSetServiceChannelCostArgs = {
  input: SetServiceChannelCostInput;
};


export type MutationSetUserSkillsArgs = {
  input: SetUserSkillsInput;
};


export type MutationShareRecordArgs = {
  input: ShareRecordInput;
};


export type MutationSplitCaseArgs = {
  input: SplitCaseInput;
};


export type MutationStartLeadImportArgs = {
  input: StartLeadImportInput;
};


export type MutationStartOrderImportArgs = {
  input: StartOrderImportInput;
};


export type MutationSubmitKnowledgeArticleArgs = {
  input: KnowledgeArticleIdInput;
};


export type MutationSubmitQuoteArgs = {
  input: SubmitQuoteInput;
};


export type MutationTransferOwnershipArgs = {
  input: TransferOwnershipInput;
};


export type MutationUndoCheckInArgs = {
  input: RegistrationIdInput;
};


export type MutationUndoLeadImportArgs = {
  input: UndoLeadImportInput;
};


export type MutationUndoOrderImportArgs = {
  input: OrderImportIdInput;
};


export type MutationUnlinkKnowledgeArticleFromCaseArgs = {
  input: KnowledgeCaseLinkInput;
};


export type MutationUnlockQuoteArgs = {
  input: UnlockQuoteInput;
};


export type MutationUnshareRecordArgs = {
  input: UnshareRecordInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


export type MutationUpdateBusinessCalendarArgs = {
  input: UpdateBusinessCalendarInput;
};


export type MutationUpdateCampaignArgs = {
  input: UpdateCampaignInput;
};


export type MutationUpdateCampaignMemberStatusArgs = {
  input: UpdateCampaignMemberStatusInput;
};


export type MutationUpdateCaseArgs = {
  input: UpdateCaseInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateContactPolicyArgs = {
  input: UpdateContactPolicyInput;
};


export type MutationUpdateCustomFieldArgs = {
  input: UpdateCustomFieldInput;
};


export type MutationUpdateEmailTemplateArgs = {
  input: UpdateEmailTemplateInput;
};


export type MutationUpdateEntitlementArgs = {
  input: UpdateEntitlementInput;
};


export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


export type MutationUpdateKnowledgeArticleArgs = {
  input: UpdateKnowledgeArticleInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateMailingArgs = {
  input: UpdateMailingInput;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdateMyPreferencesInput;
};


export type MutationUpdateNurtureArgs = {
  input: UpdateNurtureInput;
};


export type MutationUpdateOpportunityArgs = {
  input: UpdateOpportunityInput;
};


export type MutationUpdatePipelineArgs = {
  input: UpdatePipelineInput;
};


export type MutationUpdateQuoteArgs = {
  input: UpdateQuoteInput;
};


export type MutationUpdateSegmentArgs = {
  input: UpdateSegmentInput;
};


export type MutationUpdateServiceSlaPolicyArgs = {
  input: UpdateServiceSlaPolicyInput;
};


export type MutationUpdateStageArgs = {
  input: UpdateStageInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateWorkOrderArgs = {
  input: UpdateWorkOrderInput;
};


export type MutationViewKnowledgeArticleArgs = {
  input: KnowledgeArticleIdInput;
};

export type Notification = {
  __typename?: 'Notification';
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** Details as JSON. */
  payloadJson: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type NumberFilter = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
  ne?: InputMaybe<Scalars['Float']['input']>;
};

/** A drip sequence (issue 15): people of a source go through ordered steps; every message obeys consent and the contact policy. */
export type Nurture = {
  __typename?: 'Nurture';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  campaignId: Scalars['ID']['output'];
  counts: NurtureCounts;
  createdAt: Scalars['DateTime']['output'];
  /** Who is in it and where each person is, in the order they joined. */
  enrolments: NurtureEnrolmentConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerId?: Maybe<Scalars['ID']['output']>;
  source: NurtureSource;
  status: NurtureStatus;
  steps: Array<NurtureStepModel>;
  /** Stop a person’s sequence once they reply to one of its messages. */
  stopOnReply: Scalars['Boolean']['output'];
  /** Stop a person’s sequence once their account has a won opportunity. */
  stopWhenCustomer: Scalars['Boolean']['output'];
  subscriptionTypeId: Scalars['ID']['output'];
};


/** A drip sequence (issue 15): people of a source go through ordered steps; every message obeys consent and the contact policy. */
export type NurtureEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type NurtureBranchOn =
  | 'CLICKED'
  | 'OPENED';

export type NurtureConnection = {
  __typename?: 'NurtureConnection';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Nurture>;
};

/** Enrolments by state, and the active ones by the step they are at. */
export type NurtureCounts = {
  __typename?: 'NurtureCounts';
  active: Scalars['Int']['output'];
  byPosition: Array<NurturePositionCount>;
  completed: Scalars['Int']['output'];
  stopped: Scalars['Int']['output'];
};

export type NurtureEnrolmentConnection = {
  __typename?: 'NurtureEnrolmentConnection';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<NurtureEnrolmentModel>;
};

/** A person going through a nurture, by address. */
export type NurtureEnrolmentModel = {
  __typename?: 'NurtureEnrolmentModel';
  address: Scalars['String']['output'];
  contactId?: Maybe<Scalars['ID']['output']>;
  /** When their current step runs; null once they are done or stopped. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  enteredAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  leadId?: Maybe<Scalars['ID']['output']>;
  /** The step they are at (the number of steps once done). */
  position: Scalars['Int']['output'];
  status: NurtureEnrolmentStatus;
  stopReason?: Maybe<NurtureStopReason>;
};

export type NurtureEnrolmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'STOPPED';

export type NurtureIdInput = {
  id: Scalars['ID']['input'];
};

export type NurturePositionCount = {
  __typename?: 'NurturePositionCount';
  count: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
};

/** Who joins a nurture: members of a campaign (a list is a campaign) with these statuses, and the members of a segment, each once, at their primary address. */
export type NurtureSource = {
  __typename?: 'NurtureSource';
  campaignId: Scalars['ID']['output'];
  memberStatuses: Array<Scalars['String']['output']>;
  /** Members of this segment join as they enter it (minus the holdout of an active strategy on it). */
  segmentId?: Maybe<Scalars['ID']['output']>;
};

export type NurtureSourceInput = {
  campaignId: Scalars['ID']['input'];
  memberStatuses: Array<Scalars['String']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};

export type NurtureStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'PAUSED';

/** A step: `kind` and the fields of that kind (see NurtureStep). */
export type NurtureStepInput = {
  branchOn?: InputMaybe<NurtureBranchOn>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
  elseStep?: InputMaybe<Scalars['Int']['input']>;
  hour?: InputMaybe<Scalars['Int']['input']>;
  kind: NurtureStepKind;
  memberStatus?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  next?: InputMaybe<Scalars['Int']['input']>;
  resendAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  sendStep?: InputMaybe<Scalars['Int']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  thenStep?: InputMaybe<Scalars['Int']['input']>;
  weekday?: InputMaybe<Scalars['Int']['input']>;
  withinHours?: InputMaybe<Scalars['Int']['input']>;
};

export type NurtureStepKind =
  | 'BRANCH'
  | 'NOTIFY_OWNER'
  | 'SEND'
  | 'SET_MEMBER_STATUS'
  | 'WAIT';

/** One step of a nurture; the fields of its kind are set, the others null. Positions count from 0; a jump to the number of steps finishes. */
export type NurtureStepModel = {
  __typename?: 'NurtureStepModel';
  branchOn?: Maybe<NurtureBranchOn>;
  /** set_member_status: the campaign. */
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** wait: this many days. */
  days?: Maybe<Scalars['Int']['output']>;
  elseStep?: Maybe<Scalars['Int']['output']>;
  hour?: Maybe<Scalars['Int']['output']>;
  kind: NurtureStepKind;
  /** send: the mailing that carries this step’s messages (its report). */
  mailingId?: Maybe<Scalars['ID']['output']>;
  memberStatus?: Maybe<Scalars['String']['output']>;
  /** notify_owner: the note. */
  message?: Maybe<Scalars['String']['output']>;
  /** Where to go after this step; null: the following one. */
  next?: Maybe<Scalars['Int']['output']>;
  position: Scalars['Int']['output'];
  resendAllowed?: Maybe<Scalars['Boolean']['output']>;
  /** branch: the position of the earlier send step it looks at. */
  sendStep?: Maybe<Scalars['Int']['output']>;
  /** send: the template. */
  templateId?: Maybe<Scalars['ID']['output']>;
  thenStep?: Maybe<Scalars['Int']['output']>;
  /** wait: until this ISO weekday (1 = Monday … 7 = Sunday) at `hour`, in the contact policy’s time zone. */
  weekday?: Maybe<Scalars['Int']['output']>;
  withinHours?: Maybe<Scalars['Int']['output']>;
};

export type NurtureStopReason =
  | 'CUSTOMER'
  | 'REPLIED';

/** A new case from the customer portal: it waits in its routing queue for a skilled agent. */
export type OpenPortalCaseInput = {
  /** What happened, in your words. */
  description: Scalars['String']['input'];
  /** The product it is about, if you know it. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
};

export type Opportunity = {
  __typename?: 'Opportunity';
  account?: Maybe<Account>;
  amount?: Maybe<Scalars['Float']['output']>;
  /** The deal’s primary campaign (from its lead, or chosen); null when none or when you may not read it. */
  campaign?: Maybe<Campaign>;
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** Campaign responses at the account in the 90 days before the deal was created (the touches attribution splits it by), oldest first; null when you may not read campaigns. */
  campaigns?: Maybe<Array<CampaignInfluence>>;
  /** YYYY-MM-DD */
  closeDate?: Maybe<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  lostReason?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nextStep?: Maybe<Scalars['String']['output']>;
  owner?: Maybe<UserRef>;
  pipelineId: Scalars['ID']['output'];
  /** The main person on the deal (if you may see them). */
  primaryContact?: Maybe<Contact>;
  stage: Stage;
  stageChangedAt: Scalars['DateTime']['output'];
  /** Stage changes, activities and edits of this deal, newest first. */
  timeline: TimelineConnection;
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: OpportunityViewerCan;
  wonReason?: Maybe<Scalars['String']['output']>;
};


export type OpportunityTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

export type OpportunityFilter = {
  accountId?: InputMaybe<IdFilter>;
  amount?: InputMaybe<NumberFilter>;
  and?: InputMaybe<Array<OpportunityFilter>>;
  campaignId?: InputMaybe<IdFilter>;
  closeDate?: InputMaybe<DateTimeFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Filters on custom fields: { <key>: { eq | in | contains | gte | … } }. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  id?: InputMaybe<IdFilter>;
  isClosed?: InputMaybe<BooleanFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<OpportunityFilter>;
  or?: InputMaybe<Array<OpportunityFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  pipelineId?: InputMaybe<IdFilter>;
  stageId?: InputMaybe<IdFilter>;
  teamId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type OpportunityOrderBy = {
  /** The key of a custom field of this object (not a multi-select) to sort by; empty values sort first. */
  customField?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  /** A built-in field to sort by; or give customField instead. */
  field?: InputMaybe<OpportunityOrderField>;
};

export type OpportunityOrderField =
  | 'AMOUNT'
  | 'CLOSE_DATE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** What you may do with this opportunity; the mutations refuse exactly what is false. */
export type OpportunityViewerCan = {
  __typename?: 'OpportunityViewerCan';
  /** Quote on it (createQuote). */
  createQuote: Scalars['Boolean']['output'];
  /** Move it to another stage (moveOpportunityStage, the kanban). */
  moveStage: Scalars['Boolean']['output'];
  /** Share it (shareRecord). */
  share: Scalars['Boolean']['output'];
  /** Edit it (updateOpportunity). */
  update: Scalars['Boolean']['output'];
};

/** A customer’s order (from a shop, ERP or a won deal). */
export type Order = {
  __typename?: 'Order';
  accountId?: Maybe<Scalars['ID']['output']>;
  /** Exact decimal. */
  amount: Scalars['String']['output'];
  contactId: Scalars['ID']['output'];
  currency: Scalars['String']['output'];
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  orderedAt: Scalars['DateTime']['output'];
  /** import, api or opportunity. */
  source: Scalars['String']['output'];
  /** completed, returned or cancelled. */
  status: Scalars['String']['output'];
};

export type OrderColumnMapping = {
  __typename?: 'OrderColumnMapping';
  column: Scalars['String']['output'];
  /** One of externalId, email, contactId, firstName, lastName, orderedAt, currency, amount, status, sku, productLine, quantity, lineAmount. */
  field: Scalars['String']['output'];
};

export type OrderColumnMappingInput = {
  column: Scalars['String']['input'];
  field: Scalars['String']['input'];
};

/** An orders file: upload, mapping, progress, counts and the report of bad rows. */
export type OrderImport = {
  __typename?: 'OrderImport';
  badRows: Scalars['Int']['output'];
  columns: Array<Scalars['String']['output']>;
  createCustomers: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  customersCreated: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  mapping?: Maybe<Array<OrderColumnMapping>>;
  preview: Array<Array<Scalars['String']['output']>>;
  /** Bad rows by row number (the first 1,000), in the reader’s language. */
  problems: Array<OrderImportProblem>;
  progress: Scalars['Int']['output'];
  /** uploaded, queued, running, succeeded, failed or undone. */
  status: Scalars['String']['output'];
  suggestedMapping: Array<OrderColumnMapping>;
  totalRows: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type OrderImportIdInput = {
  id: Scalars['ID']['input'];
};

export type OrderImportProblem = {
  __typename?: 'OrderImportProblem';
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  row: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One page a tracked visitor viewed on the company’s website (issue 16). Append-only; kept for the retention the admins set. */
export type PageView = {
  __typename?: 'PageView';
  id: Scalars['ID']['output'];
  /** Host and path, the page as counted: www.example.com/pricing. */
  page: Scalars['String']['output'];
  /** The product lines (productLine picklist values) the page is about, by the admins’ URL rules. */
  productLines: Array<Scalars['String']['output']>;
  referrer?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** The page’s address as viewed (without fragment). */
  url: Scalars['String']['output'];
  viewedAt: Scalars['DateTime']['output'];
};

export type PageViewConnection = {
  __typename?: 'PageViewConnection';
  edges: Array<PageViewEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type PageViewEdge = {
  __typename?: 'PageViewEdge';
  cursor: Scalars['String']['output'];
  node: PageView;
};

/** One page and how often it was viewed: “pricing, 3 times this week”. */
export type PageVisitCount = {
  __typename?: 'PageVisitCount';
  lastViewedAt: Scalars['DateTime']['output'];
  page: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** The latest address it was viewed at. */
  url: Scalars['String']['output'];
  views: Scalars['Int']['output'];
};

export type PartLine = {
  __typename?: 'PartLine';
  part: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
};

export type PartLineInput = {
  part: Scalars['String']['input'];
  quantity: Scalars['Float']['input'];
};

export type PeriodInput = {
  month?: InputMaybe<Scalars['Int']['input']>;
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type Permission = {
  __typename?: 'Permission';
  object: Scalars['String']['output'];
  read: RecordScope;
  write: RecordScope;
};

/** A configured value list (docs/adr/0018-picklists.md). */
export type Picklist = {
  __typename?: 'Picklist';
  name: PicklistName;
  /** Its English name. */
  title: Scalars['String']['output'];
  /** In the order admins set; retired ones included. */
  values: Array<PicklistValue>;
};

/** A configured value list of built-in fields: INDUSTRY and TERRITORY (accounts), PRODUCT_LINE (products). */
export type PicklistName =
  | 'INDUSTRY'
  | 'PRODUCT_LINE'
  | 'TERRITORY';

/** A configured value: records store `value`; `label` is its name in your language. */
export type PicklistValue = {
  __typename?: 'PicklistValue';
  /** New records may take it; a retired value stays on the records that have it. */
  active: Scalars['Boolean']['output'];
  /** The value in the request’s language (Accept-Language, else your profile’s), else the value itself. */
  label: Scalars['String']['output'];
  /** Translations by locale (en, zh-CN, zh-TW). */
  names: Scalars['JSONObject']['output'];
  position: Scalars['Int']['output'];
  /** What records store, filters compare and exports write. */
  value: Scalars['String']['output'];
};

export type PicklistValuePayload = {
  __typename?: 'PicklistValuePayload';
  value: PicklistValue;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  /** The name as stored, untranslated: what integrations match on and what every language falls back to. */
  canonicalName: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  /** The name in the reader's language: the Accept-Language header, else the signed-in user's language; the canonical name when there is no translation (API keys that send no Accept-Language get the canonical name). */
  name: Scalars['String']['output'];
  /** Translations of the name by locale, e.g. { "zh-CN": "资格确认", "zh-TW": "資格確認" }. */
  names: Scalars['JSONObject']['output'];
  stages: Array<Stage>;
};

/** A file on a message of your case (never an internal note’s). */
export type PortalAttachment = {
  __typename?: 'PortalAttachment';
  /** The type its content was found to be. */
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  size: Scalars['Int']['output'];
  /** Where you download it (GET, your session). */
  url: Scalars['String']['output'];
};

/** A case as the customer portal shows it: no owner, clocks or history, the thread without notes. */
export type PortalCase = {
  __typename?: 'PortalCase';
  channel: CaseChannel;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The thread, oldest first, without internal notes. */
  messages: Array<PortalMessage>;
  number: Scalars['String']['output'];
  /** Another person of the customer’s account opened it (a service admin sees their account’s cases). */
  openedByColleague: Scalars['Boolean']['output'];
  priority: CasePriority;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the support team promised to answer next (the running response milestone of the SLA); null when no answer is due. */
  responseDueAt?: Maybe<Scalars['DateTime']['output']>;
  statusCategory: CaseStatusCategory;
  /** In the language asked for, else English, else the key. */
  statusName: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type PortalCaseConnection = {
  __typename?: 'PortalCaseConnection';
  edges: Array<PortalCaseEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type PortalCaseEdge = {
  __typename?: 'PortalCaseEdge';
  cursor: Scalars['String']['output'];
  node: PortalCase;
};

/** A contact’s portal login, as staff see it. */
export type PortalLogin = {
  __typename?: 'PortalLogin';
  accountAdmin: Scalars['Boolean']['output'];
  contactId: Scalars['ID']['output'];
  email: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
  /** When they confirmed their address or took up the invitation; null while pending. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Who you are in the customer portal. */
export type PortalMe = {
  __typename?: 'PortalMe';
  /** You see all of your account’s cases. */
  accountAdmin: Scalars['Boolean']['output'];
  accountName?: Maybe<Scalars['String']['output']>;
  contactId: Scalars['ID']['output'];
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Where you manage which emails you get from us (the consent centre); null without an address. */
  preferencesUrl?: Maybe<Scalars['String']['output']>;
};

/** A message of a case as its customer sees it (internal notes never are). */
export type PortalMessage = {
  __typename?: 'PortalMessage';
  /** The files it carries, oldest first. */
  attachments: Array<PortalAttachment>;
  /** The agent who answered; null for the customer’s own messages. */
  authorName?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  channel?: Maybe<CaseChannel>;
  createdAt: Scalars['DateTime']['output'];
  /** True when the customer wrote it; false for the support team’s answers. */
  fromCustomer: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** A product you may say a case is about: your account’s contracts’ products, else the catalogue’s active ones. */
export type PortalProduct = {
  __typename?: 'PortalProduct';
  id: Scalars['ID']['output'];
  /** In the language asked for, else the canonical name. */
  name: Scalars['String']['output'];
};

/** The satisfaction survey of one of your cases. */
export type PortalSurvey = {
  __typename?: 'PortalSurvey';
  answered: Scalars['Boolean']['output'];
  language: Scalars['String']['output'];
  questions: Array<PortalSurveyQuestion>;
  rating?: Maybe<Scalars['Int']['output']>;
};

/** An answer to one extra question: the value that fits its kind. */
export type PortalSurveyAnswerInput = {
  key: Scalars['String']['input'];
  rating?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  yes?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PortalSurveyQuestion = {
  __typename?: 'PortalSurveyQuestion';
  key: Scalars['String']['output'];
  kind: CsatQuestionKind;
  required: Scalars['Boolean']['output'];
  /** In the survey’s language. */
  text: Scalars['String']['output'];
};

export type PossibleDuplicatesInput = {
  /** For an account: its name. */
  accountName?: InputMaybe<Scalars['String']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  excludeId?: InputMaybe<Scalars['ID']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A chat that ended, posted by the chat system: it continues a case, or opens one for the customer (found by email or phone, else a new contact flagged for review). */
export type PostChatTranscriptInput = {
  /** The case the chat was about; without it a new case is opened. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer’s email, to find them (a new case). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The chat system’s id of the chat: posting it again changes nothing (the case is answered as it is). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ChatLineInput>;
  /** The customer’s name, for a new contact. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The customer’s phone number, to find them when there is no email (a new case). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A new case’s priority; NORMAL unless given. */
  priority?: InputMaybe<CasePriority>;
  /** The new case’s subject (required without caseId). */
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type PreferredChannel =
  | 'EMAIL'
  | 'NONE'
  | 'PHONE'
  | 'SMS'
  | 'WECHAT';

/** What to preview: a saved template or unsaved variants, in a language, as a person you may read (else sample values). */
export type PreviewEmailInput = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** For unsaved variants. */
  kind?: InputMaybe<EmailTemplateKind>;
  /** en, zh-CN or zh-TW; the contact’s language otherwise. */
  locale?: InputMaybe<Scalars['String']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  variants?: InputMaybe<Array<EmailTemplateVariantInput>>;
};

export type PriceBook = {
  __typename?: 'PriceBook';
  accountId?: Maybe<Scalars['ID']['output']>;
  active: Scalars['Boolean']['output'];
  currency: Scalars['String']['output'];
  effectiveFrom?: Maybe<Scalars['String']['output']>;
  effectiveTo?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** standard, tier or account */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  tier?: Maybe<Scalars['String']['output']>;
};

export type PriceBookEntriesPayload = {
  __typename?: 'PriceBookEntriesPayload';
  entries: Array<PriceBookEntry>;
};

export type PriceBookEntry = {
  __typename?: 'PriceBookEntry';
  id: Scalars['ID']['output'];
  minQuantity: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  unitPrice: Scalars['Float']['output'];
};

export type PriceBookEntryInput = {
  minQuantity?: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
  unitPrice: Scalars['Float']['input'];
};

export type PriceBookPayload = {
  __typename?: 'PriceBookPayload';
  priceBook: PriceBook;
};

export type PriceQuote = {
  __typename?: 'PriceQuote';
  minQuantity: Scalars['Int']['output'];
  priceBookId: Scalars['ID']['output'];
  priceBookName: Scalars['String']['output'];
  /** account, tier or standard: which book the price came from. */
  source: Scalars['String']['output'];
  unitPrice: Scalars['Float']['output'];
};

/** What a policy promises for cases of one priority, in business minutes (null: not tracked). */
export type PriorityTargets = {
  __typename?: 'PriorityTargets';
  firstResponse?: Maybe<Scalars['Int']['output']>;
  /** After each customer message, once the first response is made. */
  nextResponse?: Maybe<Scalars['Int']['output']>;
  priority: CasePriority;
  resolution?: Maybe<Scalars['Int']['output']>;
};

export type PriorityTargetsInput = {
  firstResponse?: InputMaybe<Scalars['Int']['input']>;
  /** After each customer message, once the first response is made. */
  nextResponse?: InputMaybe<Scalars['Int']['input']>;
  priority: CasePriority;
  resolution?: InputMaybe<Scalars['Int']['input']>;
};

export type Product = {
  __typename?: 'Product';
  active: Scalars['Boolean']['output'];
  /** The name as stored, untranslated: what integrations match on and what every language falls back to. */
  canonicalName: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The name in the reader's language: the Accept-Language header, else the signed-in user's language; the canonical name when there is no translation (API keys that send no Accept-Language get the canonical name). */
  name: Scalars['String']['output'];
  /** Translations of the name by locale, e.g. { "zh-CN": "云座席（年）", "zh-TW": "雲端使用者授權（年）" }. */
  names: Scalars['JSONObject']['output'];
  productLine?: Maybe<Scalars['String']['output']>;
  sku: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

export type ProductPayload = {
  __typename?: 'ProductPayload';
  product: Product;
};

export type ProposeVisitSlotsInput = {
  slots: Array<VisitSlotInput>;
  workOrderId: Scalars['ID']['input'];
};

export type PublishKnowledgeArticleInput = {
  id: Scalars['ID']['input'];
  /** The version to publish; default the latest. */
  versionNumber?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Null when missing or not visible to you. */
  account?: Maybe<Account>;
  accounts: AccountConnection;
  activities: ActivityConnection;
  /** Every scope an API key can be granted. */
  apiKeyScopes: Array<Scalars['String']['output']>;
  apiKeys: ApiKeyConnection;
  businessCalendar: BusinessCalendar;
  /** Every business calendar, the default first. */
  businessCalendars: Array<BusinessCalendar>;
  /** Logged calls per agent and line in [from, to) (at most 92 days): calls, inbound, average handling time. */
  callStatistics: Array<CallStatisticsRow>;
  /** Who is calling from a number: the contacts you may see with it, their open cases, and the line dialled. */
  callerLookup: CallerLookup;
  campaign?: Maybe<Campaign>;
  /** The member statuses of a campaign type, in the order members move through them. */
  campaignMemberStatuses: Array<CampaignMemberStatusOption>;
  campaigns: CampaignConnection;
  case?: Maybe<Case>;
  /** Reply templates by name: active ones for whoever may reply to cases; with includeInactive, all of them for those who read service set-up. */
  caseReplyTemplates: Array<CaseReplyTemplate>;
  /** The configured case statuses, in order. */
  caseStatuses: Array<CaseStatus>;
  /** Cases you may see: your own and your team’s, and those of the accounts you may read. */
  cases: CaseConnection;
  /** Metrics runs, newest first. */
  clvModelRuns: Array<ClvModelRun>;
  /** Promises to customers within your visibility; a manager sees the team’s. */
  commitments: CommitmentConnection;
  contact?: Maybe<Contact>;
  contactPolicy: ContactPolicyModel;
  contacts: ContactConnection;
  /** Satisfaction by agent, team, channel, queue or day over the resolutions in a period, within your CSAT scope (agents: their own). */
  csatReport: CsatReport;
  /** Customers’ answers with their comments, newest first, within your CSAT scope. */
  csatResponses: CsatResponseConnection;
  /** When customers get a satisfaction survey and what it asks (service set-up readers). */
  csatSettings: CsatSettings;
  customFieldDefinitions: Array<CustomFieldDefinition>;
  discountTolerances: Array<DiscountTolerance>;
  emailTemplate?: Maybe<EmailTemplate>;
  /** Up to 500 templates, last changed first (campaign readers). */
  emailTemplates: Array<EmailTemplate>;
  event?: Maybe<Event>;
  events: EventConnection;
  /** Every exchange rate, by currency, newest first. CNY is the base (rate 1). */
  exchangeRates: Array<ExchangeRate>;
  /** Your own, your team’s (rolled up the hierarchy) or one person’s forecast for a month, quarter or year. */
  forecast: Forecast;
  handover?: Maybe<Handover>;
  knowledgeArticle?: Maybe<KnowledgeArticle>;
  /** Articles you may read: published ones for your audience, and those you may edit. */
  knowledgeArticles: KnowledgeArticleConnection;
  /** The category tree, as a list (each with its parent), in order. */
  knowledgeCategories: Array<KnowledgeCategory>;
  /** Articles for the agent reading a case: found by its subject and description (any of their words), best first. */
  knowledgeSuggestions: Array<KnowledgeSearchHit>;
  /** Identified visitors on the website today (in `timeZone`, default UTC) whose person you may see, latest first: who to call now. */
  knownVisitorsToday: KnownVisitorConnection;
  lead?: Maybe<Lead>;
  leadImport?: Maybe<LeadImport>;
  /** Saved column mappings. */
  leadImportMappings: Array<LeadImportMapping>;
  /** Import history, newest first. */
  leadImports: LeadImportConnection;
  leadIntakeSettings: LeadIntakeSettings;
  leads: LeadConnection;
  mailing?: Maybe<Mailing>;
  /** Who the mailing would reach if it were prepared now, and who would be skipped and why. */
  mailingAudienceCount: MailingAudienceCount;
  /** Mailings, newest first (readers of mailings; the `own` scope sees its own). */
  mailings: MailingConnection;
  /** Cost against attributed return per campaign and per channel, for campaigns starting in a period (YYYY-MM-DD, either end open). */
  marketingReport: MarketingReport;
  /** The signed-in user (or the user an API key acts as). */
  me: User;
  /** Your own presence, languages and load; null before you first set a presence (or for roles that do not work cases). */
  myPresence?: Maybe<AgentPresence>;
  notifications: Array<Notification>;
  nurture?: Maybe<Nurture>;
  /** Nurtures, newest first (readers of mailings; the `own` scope sees its own). */
  nurtures: NurtureConnection;
  opportunities: OpportunityConnection;
  opportunity?: Maybe<Opportunity>;
  orderImport?: Maybe<OrderImport>;
  /** Your order imports (all of them for those who import for the company), newest first. */
  orderImports: Array<OrderImport>;
  /** The configured value lists of built-in fields (industry, territory, product line) with their values in your language. */
  picklists: Array<Picklist>;
  /** Sales pipelines with their ordered stages. */
  pipelines: Array<Pipeline>;
  /** One of your cases; null when it is not yours to see. */
  portalCase?: Maybe<PortalCase>;
  /** Your cases (your account’s too when you are its service admin), newest first. */
  portalCases: PortalCaseConnection;
  /** Who you are in the customer portal (customers only). */
  portalMe: PortalMe;
  /** The products you may say a new case is about: your account’s contracts’, else the active catalogue. */
  portalProducts: Array<PortalProduct>;
  /** The satisfaction survey of one of your cases; null when it has none for you. */
  portalSurvey?: Maybe<PortalSurvey>;
  /** Records that may be the same person or company, among those you can see. */
  possibleDuplicates: Array<DuplicateCandidate>;
  /** Renders a template as a person would get it; problems instead when it could not be sent. */
  previewEmail: EmailPreview;
  priceBookEntries: Array<PriceBookEntry>;
  priceBooks: Array<PriceBook>;
  /** The price a quote line would get for this account today (null: no price). */
  priceFor?: Maybe<PriceQuote>;
  /** Up to 500 products by SKU; search matches SKU or name. */
  products: Array<Product>;
  quote?: Maybe<Quote>;
  /** Open quotes to one customer pricing the same SKU differently beyond tolerance. */
  quotePriceConflicts: Array<QuotePriceConflict>;
  quotes: QuoteConnection;
  /** Who a record is shared with (empty when you cannot see the record). */
  recordShares: Array<RecordShare>;
  /** The record types you may read and their fields (built-in and custom): for report and segment builders and integrations. */
  recordTypes: Array<RecordType>;
  /** An active template’s text for a case you may read, its placeholders filled (plain text, to edit before replying). */
  renderCaseReplyTemplate: Scalars['String']['output'];
  /** Customers and revenue per RFM cell, from the last run. */
  rfmGrid: Array<RfmGridCell>;
  /** The permission matrix: what each role may read and write. */
  roles: Array<RoleInfo>;
  /** The live board: queues with what waits and today’s service level, agents with presence and load. */
  routingBoard: RoutingBoard;
  routingProfiles: Array<RoutingProfile>;
  /** The rules that put new cases in queues, in the order they are tried. */
  routingQueueRules: Array<RoutingQueueRule>;
  /** Every routing queue with its skills, by name. */
  routingQueues: Array<RoutingQueue>;
  /** In the order they are tried. */
  routingRules: Array<RoutingRule>;
  savedViews: Array<SavedView>;
  scoringRules: Array<ScoringRule>;
  /** Global search across everything the caller can see. */
  search: Array<SearchHit>;
  /** Published articles you may read matching every word (English by stem and prefix, Chinese by two-character terms), best first. */
  searchKnowledge: Array<KnowledgeSearchHit>;
  segment?: Maybe<Segment>;
  /** How the people in a segment at `memberAt` behaved in [from, to). */
  segmentCohort: SegmentCohort;
  /** The conditions rules may use, by the domain that registered them. */
  segmentConditions: Array<SegmentConditionType>;
  /** A contact’s stays in a segment, newest first. */
  segmentMemberships: Array<SegmentMembership>;
  /** Count (exact, or an estimate when that is slow) and a sample of what a rule matches among the contacts you may see. */
  segmentPreview: SegmentPreview;
  /** Strategies, newest first (of one segment when given). */
  segmentStrategies: Array<SegmentStrategy>;
  /** Which conditions of a segment (or rule) hold for one contact. */
  segmentWhy: SegmentWhy;
  /** Segments by name (archived ones on request). */
  segments: Array<Segment>;
  /** What each priced channel costs to serve, per handled minute or per case (service set-up). */
  serviceChannelCosts: Array<ServiceChannelCost>;
  /** Open cases by age, SLA attainment by team and priority over a period (default the last 30 days, at most 366), breaches this week and headline figures, over the cases you may read. Days are counted in the default business calendar’s time zone. */
  serviceDashboard: ServiceDashboard;
  /** The contract a case of the account (and product) is served under on a date; null: none applies. */
  serviceEntitlement?: Maybe<Entitlement>;
  /** Skills of service staff, by key. */
  serviceSkills: Array<ServiceSkill>;
  /** Every service SLA policy, active ones first. */
  serviceSlaPolicies: Array<ServiceSlaPolicy>;
  serviceSlaPolicy: ServiceSlaPolicy;
  /** People with a service skill whose visits you may see, by name: whose calendar to open. */
  serviceTechnicians: Array<UserRef>;
  slaPolicies: Array<SlaPolicy>;
  /** The subscription types, by name. */
  subscriptionTypes: Array<SubscriptionType>;
  /** Who should we send? Technicians with the skill at the level, least busy that day first, then those who know the customer, each with why. */
  suggestTechnicians: Array<TechnicianSuggestion>;
  /** The suppression list by address (campaign managers). */
  suppressions: SuppressionConnection;
  team?: Maybe<Team>;
  teams: TeamConnection;
  /** The customers you may see with the highest lifetime value. */
  topCustomersByClv: Array<TopCustomer>;
  /** Open leads without a first response, oldest first, within your visibility. */
  unansweredLeads: LeadConnection;
  /** Unanswered inquiries by source with SLA state — the number that should read zero. */
  unansweredSummary: UnansweredSummary;
  unreadNotificationCount: Scalars['Int']['output'];
  /** Null when the user does not exist or is not visible to you. */
  user?: Maybe<User>;
  /** A person’s skills and levels. */
  userSkills: Array<UserSkill>;
  users: UserConnection;
  webForms: Array<WebForm>;
  /** Which pages are about which product line, in order. */
  webInterestRules: Array<WebInterestRule>;
  /** How web visits are tracked: the script to embed, the sites, the retention. */
  webVisitorSettings: WebVisitorSettings;
  workOrder?: Maybe<WorkOrder>;
  /** Visits with a time in the range (at most 62 days), earliest first: a technician’s calendar when technicianId is given. */
  workOrders: Array<WorkOrder>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  inSegment?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InputMaybe<Array<AccountOrderBy>>;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrderBy>>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBusinessCalendarArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryCallerLookupArgs = {
  dialledNumber?: InputMaybe<Scalars['String']['input']>;
  phoneNumber: Scalars['String']['input'];
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignMemberStatusesArgs = {
  type: Scalars['String']['input'];
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CampaignOrderBy>>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseReplyTemplatesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Locale>;
};


export type QueryCaseStatusesArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CaseOrderBy>>;
};


export type QueryClvModelRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommitmentsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  inSegment?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InputMaybe<Array<ContactOrderBy>>;
};


export type QueryCsatReportArgs = {
  input: CsatReportInput;
};


export type QueryCsatResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CsatResponsesFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomFieldDefinitionsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
  objectType: CustomizableObject;
};


export type QueryEmailTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmailTemplatesArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrderBy>>;
};


export type QueryForecastArgs = {
  period: PeriodInput;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHandoverArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<KnowledgeArticleOrderBy>>;
};


export type QueryKnowledgeSuggestionsArgs = {
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKnownVisitorsTodayArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LeadOrderBy>>;
};


export type QueryMailingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMailingAudienceCountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMailingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<MailingStatus>;
};


export type QueryMarketingReportArgs = {
  currency?: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  model?: AttributionModel;
  to?: InputMaybe<Scalars['String']['input']>;
  windowDays?: Scalars['Int']['input'];
};


export type QueryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNurtureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNurturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<NurtureStatus>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OpportunityOrderBy>>;
};


export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPicklistsArgs = {
  names?: InputMaybe<Array<PicklistName>>;
};


export type QueryPortalCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPortalCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPortalSurveyArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryPossibleDuplicatesArgs = {
  input: PossibleDuplicatesInput;
};


export type QueryPreviewEmailArgs = {
  input: PreviewEmailInput;
};


export type QueryPriceBookEntriesArgs = {
  priceBookId: Scalars['ID']['input'];
};


export type QueryPriceForArgs = {
  accountId: Scalars['ID']['input'];
  currency?: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
  quantity?: Scalars['Int']['input'];
};


export type QueryProductsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuotesArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRecordSharesArgs = {
  objectType: ShareableObject;
  recordId: Scalars['ID']['input'];
};


export type QueryRecordTypesArgs = {
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryRenderCaseReplyTemplateArgs = {
  caseId: Scalars['ID']['input'];
  templateId: Scalars['ID']['input'];
};


export type QueryRoutingProfilesArgs = {
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QuerySavedViewsArgs = {
  objectType: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySearchKnowledgeArgs = {
  anyWord?: InputMaybe<Scalars['Boolean']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySegmentCohortArgs = {
  from: Scalars['DateTime']['input'];
  memberAt: Scalars['DateTime']['input'];
  segmentId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


export type QuerySegmentMembershipsArgs = {
  contactId: Scalars['ID']['input'];
  segmentId: Scalars['ID']['input'];
};


export type QuerySegmentPreviewArgs = {
  rule: Scalars['JSONObject']['input'];
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySegmentStrategiesArgs = {
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySegmentWhyArgs = {
  contactId: Scalars['ID']['input'];
  rule?: InputMaybe<Scalars['JSONObject']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySegmentsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryServiceDashboardArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryServiceEntitlementArgs = {
  accountId: Scalars['ID']['input'];
  on: Scalars['String']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryServiceSkillsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceSlaPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscriptionTypesArgs = {
  activeOnly?: Scalars['Boolean']['input'];
};


export type QuerySuggestTechniciansArgs = {
  workOrderId: Scalars['ID']['input'];
};


export type QuerySuppressionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TeamOrderBy>>;
};


export type QueryTopCustomersByClvArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnansweredLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserSkillsArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UserOrderBy>>;
};


export type QueryWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkOrdersArgs = {
  from: Scalars['DateTime']['input'];
  technicianId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};

/** One queue on the supervisors’ board. */
export type QueueBoardRow = {
  __typename?: 'QueueBoardRow';
  answeredInTargetToday: Scalars['Int']['output'];
  /** Items queued today (the default calendar’s day) that have had a first response. */
  answeredToday: Scalars['Int']['output'];
  assignedToday: Scalars['Int']['output'];
  /** The first waiting items in answering order (at most 20). */
  items: Array<WaitingCase>;
  oldestWaitingSince?: Maybe<Scalars['DateTime']['output']>;
  queue: RoutingQueue;
  /** Share of today’s answered items answered within the target; null before the first. */
  serviceLevelToday?: Maybe<Scalars['Float']['output']>;
  waiting: Scalars['Int']['output'];
};

export type QueueCriteriaInput = {
  accountTiers?: InputMaybe<Array<Scalars['String']['input']>>;
  channels?: InputMaybe<Array<CaseChannel>>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  priorities?: InputMaybe<Array<Scalars['String']['input']>>;
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What a rule looks at; every list given must hold, a list matching any of its values. */
export type QueueCriteriaView = {
  __typename?: 'QueueCriteriaView';
  accountTiers: Array<Scalars['String']['output']>;
  channels: Array<CaseChannel>;
  /** Any of them in the subject or description, case-insensitively. */
  keywords: Array<Scalars['String']['output']>;
  languages: Array<Scalars['String']['output']>;
  priorities: Array<Scalars['String']['output']>;
  productIds: Array<Scalars['ID']['output']>;
};

export type QueueDistribution =
  | 'LEAST_BUSY'
  | 'ROUND_ROBIN';

export type QueueSkill = {
  __typename?: 'QueueSkill';
  /** The least level (1–5) an agent needs. */
  level: Scalars['Int']['output'];
  skillKey: Scalars['String']['output'];
};

export type QueueSkillInput = {
  level: Scalars['Int']['input'];
  skillKey: Scalars['String']['input'];
};

export type QuietHours = {
  __typename?: 'QuietHours';
  endHour: Scalars['Int']['output'];
  startHour: Scalars['Int']['output'];
};

export type QuietHoursInput = {
  endHour: Scalars['Int']['input'];
  startHour: Scalars['Int']['input'];
};

export type Quote = {
  __typename?: 'Quote';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  accountId: Scalars['ID']['output'];
  approvals: Array<QuoteApproval>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  discountPercent: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  lines: Array<QuoteLine>;
  /** Accepted quotes are locked; only an admin can unlock one. */
  locked: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  opportunityId: Scalars['ID']['output'];
  ownerId?: Maybe<Scalars['ID']['output']>;
  pricedOn: Scalars['String']['output'];
  /** draft, pending_approval, approved, rejected, accepted or superseded */
  status: Scalars['String']['output'];
  subtotal: Scalars['Float']['output'];
  total: Scalars['Float']['output'];
  validUntil?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  viewerCan: QuoteViewerCan;
};

export type QuoteApproval = {
  __typename?: 'QuoteApproval';
  approverId?: Maybe<Scalars['ID']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  reasonCode: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: Scalars['ID']['output'];
  /** pending, approved, rejected or withdrawn */
  status: Scalars['String']['output'];
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type QuoteIdInput = {
  id: Scalars['ID']['input'];
};

export type QuoteLine = {
  __typename?: 'QuoteLine';
  discountPercent: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  lineNo: Scalars['Int']['output'];
  netAmount: Scalars['Float']['output'];
  priceBookId: Scalars['ID']['output'];
  /** account, tier or standard */
  priceSource: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  productLine?: Maybe<Scalars['String']['output']>;
  /** The product's name as it was when the line was priced. The name in the reader's language: the Accept-Language header, else the signed-in user's language; the canonical name when there is no translation (API keys that send no Accept-Language get the canonical name). */
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  /** From the price book; never typed. */
  unitPrice: Scalars['Float']['output'];
};

/** A product, a quantity and a discount. There is deliberately no price field: prices come only from the price books. */
export type QuoteLineInput = {
  /** Percent, 0–100. */
  discountPercent?: Scalars['Float']['input'];
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type QuotePayload = {
  __typename?: 'QuotePayload';
  quote: Quote;
};

export type QuotePriceConflict = {
  __typename?: 'QuotePriceConflict';
  currency: Scalars['String']['output'];
  highNetUnitPrice: Scalars['Float']['output'];
  highQuoteId: Scalars['ID']['output'];
  highQuoteName: Scalars['String']['output'];
  lowNetUnitPrice: Scalars['Float']['output'];
  lowQuoteId: Scalars['ID']['output'];
  lowQuoteName: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  rootAccountId: Scalars['ID']['output'];
  sku: Scalars['String']['output'];
  spreadPercent: Scalars['Float']['output'];
};

/** What you may do with this quote now; the mutations refuse exactly what is false (revenue-domain quoteActions). */
export type QuoteViewerCan = {
  __typename?: 'QuoteViewerCan';
  /** Accept it (acceptQuote): approved, and you may change the deal whose amount it sets. */
  accept: Scalars['Boolean']['output'];
  /** Approve or reject it (decideQuote): waiting for approval, within your approval scope, not your own request. */
  decide: Scalars['Boolean']['output'];
  /** Submit it (submitQuote), same condition as update. */
  submit: Scalars['Boolean']['output'];
  /** Unlock it (unlockQuote): accepted, and you may unlock quotes. */
  unlock: Scalars['Boolean']['output'];
  /** Change lines, discount and notes (updateQuote): a draft or rejected quote you may change. */
  update: Scalars['Boolean']['output'];
};

export type RateKnowledgeArticleInput = {
  articleId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Whether it helped. */
  helpful: Scalars['Boolean']['input'];
};

/** A field of a record type: what it holds and what the API lets you do with it. */
export type RecordField = {
  __typename?: 'RecordField';
  /** Settable in the create input. */
  creatable: Scalars['Boolean']['output'];
  custom: Scalars['Boolean']['output'];
  /** Settable in the create input, the update input or both. */
  editable: Scalars['Boolean']['output'];
  /** The GraphQL enum of an enum field. */
  enumName?: Maybe<Scalars['String']['output']>;
  /** Stored values of an enum, a select or a picklist field (filters take these). */
  enumValues: Array<Scalars['String']['output']>;
  /** A column of the CSV export. */
  exported: Scalars['Boolean']['output'];
  /** The web app’s translation key of the label (built-in fields). */
  label?: Maybe<Scalars['String']['output']>;
  maxLength?: Maybe<Scalars['Int']['output']>;
  /** A merge of duplicates lets you pick which record’s value survives (mergeRecords fieldChoices). */
  mergeable: Scalars['Boolean']['output'];
  min?: Maybe<Scalars['Int']['output']>;
  /** Holds a list of values (multi-select custom fields). */
  multiple: Scalars['Boolean']['output'];
  /** The field in the record type, filters and inputs; a custom field is `customFields.<key>`. */
  name: Scalars['String']['output'];
  /** May be empty (null); when false, an empty value is stored as the field’s default or an empty text. */
  nullable: Scalars['Boolean']['output'];
  /** Filter operators it accepts (eq, ne, in, contains, startsWith, gt, gte, lt, lte, isNull); empty when it cannot be filtered. */
  operators: Array<Scalars['String']['output']>;
  /** Personal data of a person (data-subject export and erasure). */
  personal: Scalars['Boolean']['output'];
  /** The configured value list (`picklists`) a text field takes its values from; enumValues are its active values. */
  picklist?: Maybe<Scalars['String']['output']>;
  /** Readable on the record type (references are read as the record they point at). */
  readable: Scalars['Boolean']['output'];
  /** The record type a reference points at. */
  references?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  /** Usable in orderBy (custom fields through `customField`). */
  sortable: Scalars['Boolean']['output'];
  /** English name of a built-in field; a custom field’s label in the reader’s language. */
  title: Scalars['String']['output'];
  /** text, longText, email, phone, url, id, integer, number, money, date, datetime, boolean, enum, reference, address or json. */
  type: Scalars['String']['output'];
  /** Settable in the update input (fixed once created when false). */
  updatable: Scalars['Boolean']['output'];
};

export type RecordKnowledgeDeflectionInput = {
  /** The articles the customer opened. */
  articleIds: Array<Scalars['ID']['input']>;
  /** What they had typed (the first 1000 characters are kept). */
  query?: InputMaybe<Scalars['String']['input']>;
};

export type RecordScope =
  | 'ALL'
  | 'NONE'
  | 'OWN'
  | 'TEAM';

export type RecordShare = {
  __typename?: 'RecordShare';
  access: ShareAccess;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  objectType: ShareableObject;
  recordId: Scalars['ID']['output'];
  teamId?: Maybe<Scalars['ID']['output']>;
  userId?: Maybe<Scalars['ID']['output']>;
};

/** A kind of record (account, contact, …) and its fields. */
export type RecordType = {
  __typename?: 'RecordType';
  /** Admins may add custom fields to it. */
  customizable: Scalars['Boolean']['output'];
  fields: Array<RecordField>;
  graphqlName: Scalars['String']['output'];
  /** The web app’s translation key of its name. */
  label: Scalars['String']['output'];
  /** The name permissions, audit, references and timelines use. */
  name: Scalars['String']['output'];
};

/** What you may do with this account, contact or lead; the mutations refuse exactly what is false. */
export type RecordViewerCan = {
  __typename?: 'RecordViewerCan';
  /** Take part in a merge, as survivor or merged (mergeRecords). */
  merge: Scalars['Boolean']['output'];
  /** Share it with a user or a team (shareRecord, unshareRecord). */
  share: Scalars['Boolean']['output'];
  /** Edit it (updateAccount, updateContact or updateLead; custom fields included). */
  update: Scalars['Boolean']['output'];
};

export type RecordVisitReportInput = {
  parts?: InputMaybe<Array<PartLineInput>>;
  /** The customer’s signature: a PNG in base64 (a data URL is accepted), at most 200 KB. */
  signaturePng?: InputMaybe<Scalars['String']['input']>;
  /** Who signed. */
  signedBy?: InputMaybe<Scalars['String']['input']>;
  workDone: Scalars['String']['input'];
  workOrderId: Scalars['ID']['input'];
};

export type RecurrenceFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY';

/** A file of a customer’s mail that was not kept (the mail’s text always is), and why. */
export type RefusedCaseAttachment = {
  __typename?: 'RefusedCaseAttachment';
  filename: Scalars['String']['output'];
  /** TYPE: a kind not accepted (programs, scripts, HTML); MISMATCH: the content is not what its name or type says; FILE_SIZE / MESSAGE_SIZE: over the cap per file / per message; COUNT: too many files in one message. */
  reason: CaseAttachmentRefusal;
  /** Bytes. */
  size: Scalars['Int']['output'];
};

export type RegistrationIdInput = {
  id: Scalars['ID']['input'];
};

export type RemoveExchangeRateInput = {
  currency: Scalars['String']['input'];
  validFrom: Scalars['String']['input'];
};

export type RemoveExchangeRatePayload = {
  __typename?: 'RemoveExchangeRatePayload';
  /** Whether a rate was there to remove. */
  removed: Scalars['Boolean']['output'];
};

export type ReorderRoutingRulesInput = {
  /** Every rule id, in the new order. */
  ids: Array<Scalars['ID']['input']>;
};

export type ReorderRoutingRulesPayload = {
  __typename?: 'ReorderRoutingRulesPayload';
  routingRules: Array<RoutingRule>;
};

export type ReplyToCaseInput = {
  /** Files uploaded to the case beforehand (POST /api/v1/cases/{caseId}/attachments), at most 20: they go with this message. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The reply as plain text (the customer gets it by email when the case has a contact with an address). */
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  /** A status key to move the case to with the reply (e.g. waiting_customer). */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type ReplyToPortalCaseInput = {
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
};

export type ResolveCommitmentInput = {
  id: Scalars['ID']['input'];
  status: Scalars['String']['input'];
};

/** Cost against return: a campaign’s own figures, a channel’s sum of them, or a period’s total. */
export type ReturnFigures = {
  /** Sum of the cost lines. */
  actualCost: Scalars['Float']['output'];
  budget: Scalars['Float']['output'];
  members: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
  /** (wonAmount − actualCost) / actualCost; null (undefined) when nothing was spent. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** Won amount attributed under the report’s model. */
  wonAmount: Scalars['Float']['output'];
  wonDeals: Scalars['Int']['output'];
};

/** The figures of all the report’s campaigns; a plan’s budget counts once (where sub-campaigns divide it, theirs count). */
export type ReturnTotal = ReturnFigures & {
  __typename?: 'ReturnTotal';
  /** Sum of the cost lines. */
  actualCost: Scalars['Float']['output'];
  budget: Scalars['Float']['output'];
  members: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
  /** (wonAmount − actualCost) / actualCost; null (undefined) when nothing was spent. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** Won amount attributed under the report’s model. */
  wonAmount: Scalars['Float']['output'];
  wonDeals: Scalars['Int']['output'];
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey: ApiKey;
};

/** Customers and revenue in one cell of the RFM grid (R by the mean of F and M). */
export type RfmGridCell = {
  __typename?: 'RfmGridCell';
  cell: Scalars['String']['output'];
  customers: Scalars['Int']['output'];
  fm: Scalars['Int']['output'];
  r: Scalars['Int']['output'];
  revenue: Scalars['Float']['output'];
};

export type Role =
  | 'ADMIN'
  | 'INTEGRATION'
  | 'MARKETER'
  | 'PORTAL_USER'
  | 'SALES_MANAGER'
  | 'SALES_REP'
  | 'SERVICE_AGENT'
  | 'SERVICE_MANAGER';

export type RoleFilter = {
  eq?: InputMaybe<Role>;
  in?: InputMaybe<Array<Role>>;
};

export type RoleInfo = {
  __typename?: 'RoleInfo';
  permissions: Array<Permission>;
  role: Role;
};

export type RouteCaseInput = {
  caseId: Scalars['ID']['input'];
  /** Put it in this queue; without one, the rules choose. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
};

/** The supervisors’ live board: queues with what waits and today’s service level, agents with presence and load. */
export type RoutingBoard = {
  __typename?: 'RoutingBoard';
  agents: Array<AgentPresence>;
  at: Scalars['DateTime']['output'];
  queues: Array<QueueBoardRow>;
};

export type RoutingCriteriaInput = {
  campaigns?: InputMaybe<Array<Scalars['String']['input']>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  maxEmployees?: InputMaybe<Scalars['Int']['input']>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  minEmployees?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Int']['input']>;
  productInterests?: InputMaybe<Array<Scalars['String']['input']>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RoutingCriteriaModel = {
  __typename?: 'RoutingCriteriaModel';
  campaigns?: Maybe<Array<Scalars['String']['output']>>;
  countries?: Maybe<Array<Scalars['String']['output']>>;
  languages?: Maybe<Array<Scalars['String']['output']>>;
  maxEmployees?: Maybe<Scalars['Int']['output']>;
  maxScore?: Maybe<Scalars['Int']['output']>;
  minEmployees?: Maybe<Scalars['Int']['output']>;
  minScore?: Maybe<Scalars['Int']['output']>;
  productInterests?: Maybe<Array<Scalars['String']['output']>>;
  regions?: Maybe<Array<Scalars['String']['output']>>;
  sources?: Maybe<Array<Scalars['String']['output']>>;
};

export type RoutingProfile = {
  __typename?: 'RoutingProfile';
  dailyCapacity?: Maybe<Scalars['Int']['output']>;
  lastAssignedAt?: Maybe<Scalars['DateTime']['output']>;
  outOfOfficeFrom?: Maybe<Scalars['DateTime']['output']>;
  outOfOfficeUntil?: Maybe<Scalars['DateTime']['output']>;
  timeZone: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
  workDays: Array<Scalars['Int']['output']>;
  workEnd: Scalars['Int']['output'];
  /** Minutes after local midnight. */
  workStart: Scalars['Int']['output'];
};

/** A routing queue (issue 19): the skills its agents need, how it shares work, its service-level target and overflow. */
export type RoutingQueue = {
  __typename?: 'RoutingQueue';
  active: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  distribution: QueueDistribution;
  id: Scalars['ID']['output'];
  /** Takes the cases no rule matches. */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** After waiting this long an item is offered to the overflow queue’s agents too. */
  overflowAfterSeconds?: Maybe<Scalars['Int']['output']>;
  overflowQueueId?: Maybe<Scalars['ID']['output']>;
  skills: Array<QueueSkill>;
  /** Service level: answered in time means a first response within this many seconds of queueing. */
  targetSeconds: Scalars['Int']['output'];
};

/** An ordered rule: the first whose criteria hold for a new case puts it in its queue. */
export type RoutingQueueRule = {
  __typename?: 'RoutingQueueRule';
  active: Scalars['Boolean']['output'];
  criteria: QueueCriteriaView;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  queueId: Scalars['ID']['output'];
};

export type RoutingRule = {
  __typename?: 'RoutingRule';
  active: Scalars['Boolean']['output'];
  criteria: RoutingCriteriaModel;
  /** round_robin or least_loaded (for a team target). */
  distribution: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** The criteria in words. */
  summary: Scalars['String']['output'];
  targetTeamId?: Maybe<Scalars['ID']['output']>;
  targetUserId?: Maybe<Scalars['ID']['output']>;
};

export type RoutingSkipReason =
  | 'AT_CAPACITY'
  | 'LACKS_SKILL'
  | 'LANGUAGE'
  | 'NOT_AVAILABLE';

export type RunCustomerMetricsInput = {
  /** Default now. */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default 26 weeks before asOf; the time after it is the holdout. */
  calibrationEnd?: InputMaybe<Scalars['DateTime']['input']>;
  /** Count won opportunities (with a primary contact) as orders; default true. */
  wonDealsAsOrders?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SaveCaseReplyTemplateInput = {
  /** Default true for a new template; left out: unchanged. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  body: Scalars['String']['input'];
  /** The template to change; left out: a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Null: any language. */
  language?: InputMaybe<Locale>;
  name: Scalars['String']['input'];
};

export type SaveCsatSettingsInput = {
  defaultLanguage?: Locale;
  lowRatingThreshold?: Scalars['Int']['input'];
  mode: CsatMode;
  questions?: Array<CsatQuestionInput>;
  /** Sets the listed queues’ own modes (mode null: follow the company’s again); unlisted queues keep theirs. */
  queueModes?: InputMaybe<Array<CsatQueueModeInput>>;
};

export type SaveCsatSettingsPayload = {
  __typename?: 'SaveCsatSettingsPayload';
  settings: CsatSettings;
};

export type SaveDiscountToleranceInput = {
  maxDiscountPercent: Scalars['Float']['input'];
  productLine?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
};

export type SaveKnowledgeCategoryInput = {
  /** Omit to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  nameEn: Scalars['String']['input'];
  nameZhCn?: InputMaybe<Scalars['String']['input']>;
  nameZhTw?: InputMaybe<Scalars['String']['input']>;
  /** Null for a top-level category. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveLeadSettingsInput = {
  /** The business calendar the SLA counts in; null or absent: the default one. */
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  fallbackUserId?: InputMaybe<Scalars['ID']['input']>;
  ladder: Array<EscalationStepInput>;
};

export type SaveLeadSettingsPayload = {
  __typename?: 'SaveLeadSettingsPayload';
  settings: LeadIntakeSettings;
};

/** Adds a value to a picklist, or changes the translations, order or activity of one it has (administrators). */
export type SavePicklistValueInput = {
  /** false retires the value: new records cannot take it. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  list: PicklistName;
  /** Translations by locale (en, zh-CN, zh-TW); replaces the stored ones. */
  names?: InputMaybe<Scalars['JSONObject']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The value records store (1–80 characters); it cannot be renamed once saved: retire it and add another. */
  value: Scalars['String']['input'];
};

export type SavePriceBookInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  active?: Scalars['Boolean']['input'];
  currency?: Scalars['String']['input'];
  effectiveFrom?: InputMaybe<Scalars['String']['input']>;
  effectiveTo?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  tier?: InputMaybe<Scalars['String']['input']>;
};

export type SaveProductInput = {
  active?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The canonical name, 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** Translations of the name by locale (en, zh-CN, zh-TW), e.g. { "zh-CN": "云座席（年）" }; replaces the stored ones, blank entries are removed; omitted keeps them. */
  names?: InputMaybe<Scalars['JSONObject']['input']>;
  productLine?: InputMaybe<Scalars['String']['input']>;
  sku: Scalars['String']['input'];
  unit?: Scalars['String']['input'];
};

export type SaveRoutingProfileInput = {
  dailyCapacity?: InputMaybe<Scalars['Int']['input']>;
  outOfOfficeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  outOfOfficeUntil?: InputMaybe<Scalars['DateTime']['input']>;
  timeZone: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
  workDays: Array<Scalars['Int']['input']>;
  workEnd: Scalars['Int']['input'];
  workStart: Scalars['Int']['input'];
};

export type SaveRoutingProfilePayload = {
  __typename?: 'SaveRoutingProfilePayload';
  routingProfile: RoutingProfile;
};

/** Creates a queue (no id) or changes one; skills replace the queue’s skills when given. */
export type SaveRoutingQueueInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  distribution?: InputMaybe<QueueDistribution>;
  id?: InputMaybe<Scalars['ID']['input']>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  overflowAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
  overflowQueueId?: InputMaybe<Scalars['ID']['input']>;
  skills?: InputMaybe<Array<QueueSkillInput>>;
  targetSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** Creates a rule (no id; placed last) or changes one. */
export type SaveRoutingQueueRuleInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  criteria: QueueCriteriaInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  queueId: Scalars['ID']['input'];
};

export type SaveRoutingRuleInput = {
  active?: Scalars['Boolean']['input'];
  criteria: RoutingCriteriaInput;
  distribution?: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  targetTeamId?: InputMaybe<Scalars['ID']['input']>;
  targetUserId?: InputMaybe<Scalars['ID']['input']>;
};

export type SaveRoutingRulePayload = {
  __typename?: 'SaveRoutingRulePayload';
  routingRule: RoutingRule;
};

export type SaveScoringRuleInput = {
  active?: Scalars['Boolean']['input'];
  field: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  operator: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type SaveScoringRulePayload = {
  __typename?: 'SaveScoringRulePayload';
  scoringRule: ScoringRule;
};

export type SaveServiceSkillInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lower-case letters, digits and dashes; kept when renamed. */
  key: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZhCn?: InputMaybe<Scalars['String']['input']>;
  nameZhTw?: InputMaybe<Scalars['String']['input']>;
};

export type SaveSlaPolicyInput = {
  active?: Scalars['Boolean']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Scalars['String']['input']>;
  responseMinutes: Scalars['Int']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};

export type SaveSlaPolicyPayload = {
  __typename?: 'SaveSlaPolicyPayload';
  slaPolicy: SlaPolicy;
};

export type SaveSubscriptionTypeInput = {
  active?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  doubleOptIn?: Scalars['Boolean']['input'];
  /** Set to change a type; leave out to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Translations by locale (zh-CN, zh-TW). */
  names?: InputMaybe<Scalars['JSONObject']['input']>;
  requiresOptIn?: Scalars['Boolean']['input'];
};

export type SaveViewInput = {
  definition: Scalars['JSONObject']['input'];
  /** Omit to create a new view. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  objectType: Scalars['String']['input'];
  /** Visible to everyone (admins and managers only). */
  shared?: Scalars['Boolean']['input'];
};

export type SaveViewPayload = {
  __typename?: 'SaveViewPayload';
  view: SavedView;
};

export type SaveWebFormInput = {
  active?: Scalars['Boolean']['input'];
  campaign?: InputMaybe<Scalars['String']['input']>;
  consentRequired?: Scalars['Boolean']['input'];
  consentText?: InputMaybe<Scalars['String']['input']>;
  fields: Array<WebFormFieldInput>;
  /** Omit to create a form. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  redirectUrl?: InputMaybe<Scalars['String']['input']>;
  source?: Scalars['String']['input'];
};

export type SaveWebFormPayload = {
  __typename?: 'SaveWebFormPayload';
  webForm: WebForm;
};

export type SaveWebInterestRuleInput = {
  /** The rule to change; a new rule when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  pattern: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  productLine: Scalars['String']['input'];
};

export type SaveWebInterestRulePayload = {
  __typename?: 'SaveWebInterestRulePayload';
  rule: WebInterestRule;
};

export type SaveWebVisitorSettingsInput = {
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  retentionMonths?: InputMaybe<Scalars['Int']['input']>;
  siteHosts?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SaveWebVisitorSettingsPayload = {
  __typename?: 'SaveWebVisitorSettingsPayload';
  settings: WebVisitorSettings;
};

export type SavedView = {
  __typename?: 'SavedView';
  /** { filter, orderBy, columns } */
  definition: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  /** True when the caller created it (and may change it). */
  mine: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** accounts, contacts, leads, opportunities, activities… */
  objectType: Scalars['String']['output'];
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ScoringRule = {
  __typename?: 'ScoringRule';
  active: Scalars['Boolean']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  operator: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  value?: Maybe<Scalars['JSON']['output']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** A group of contacts defined by a rule (fields, behaviour, orders, value, other segments). */
export type Segment = {
  __typename?: 'Segment';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Dynamic segments follow their rule (refreshed on a schedule and on demand); static ones are a snapshot. */
  dynamic: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Members after the last refresh (all of them, whoever reads). */
  memberCount: Scalars['Int']['output'];
  /** Current members you may see. */
  members: SegmentMemberPage;
  name: Scalars['String']['output'];
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** Minutes between scheduled refreshes; null: on demand only. */
  refreshMinutes?: Maybe<Scalars['Int']['output']>;
  refreshedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Refreshes, newest first (counts over time). */
  refreshes: Array<SegmentRefresh>;
  /** The rule tree: { type: "and"|"or", rules } | { type: "not", rule } | { type: "condition", condition, params }. */
  rule: Scalars['JSONObject']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its current members you may see and their value summed (CLV, revenue, at risk); null without customer value access. */
  value?: Maybe<SegmentValue>;
};


/** A group of contacts defined by a rule (fields, behaviour, orders, value, other segments). */
export type SegmentMembersArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A group of contacts defined by a rule (fields, behaviour, orders, value, other segments). */
export type SegmentRefreshesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How the members of a segment at one moment behaved in a later period. */
export type SegmentCohort = {
  __typename?: 'SegmentCohort';
  buyers: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  orders: Scalars['Int']['output'];
  revenue: Scalars['Float']['output'];
};

export type SegmentConditionParam = {
  __typename?: 'SegmentConditionParam';
  choices?: Maybe<Array<Scalars['String']['output']>>;
  /** What to pick an id from: segment, product, event, mailing, webForm, subscriptionType. */
  lookup?: Maybe<Scalars['String']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  /** integer, number, text, date, choice, choices, id, ids, boolean or json. */
  type: Scalars['String']['output'];
};

export type SegmentConditionResult = {
  __typename?: 'SegmentConditionResult';
  condition: Scalars['String']['output'];
  matches: Scalars['Boolean']['output'];
  /** Where the condition sits in the rule, e.g. rule.rules.1. */
  path: Scalars['String']['output'];
};

/** A condition the segment builder offers (registered by the domain that knows it). */
export type SegmentConditionType = {
  __typename?: 'SegmentConditionType';
  /** contact, account, behaviour, orders, metrics or segments. */
  group: Scalars['String']['output'];
  key: Scalars['String']['output'];
  params: Array<SegmentConditionParam>;
};

export type SegmentIdInput = {
  id: Scalars['ID']['input'];
};

/** A contact in a segment (or its preview), as the list shows it. */
export type SegmentMember = {
  __typename?: 'SegmentMember';
  accountName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
};

export type SegmentMemberPage = {
  __typename?: 'SegmentMemberPage';
  items: Array<SegmentMember>;
  /** Pass as `after` for the next page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** One stay of a contact in a segment. */
export type SegmentMembership = {
  __typename?: 'SegmentMembership';
  contactId: Scalars['ID']['output'];
  enteredAt: Scalars['DateTime']['output'];
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  segmentId: Scalars['ID']['output'];
};

export type SegmentPayload = {
  __typename?: 'SegmentPayload';
  segment: Segment;
};

/** What a rule matches now, among the contacts the reader may see. */
export type SegmentPreview = {
  __typename?: 'SegmentPreview';
  count: Scalars['Int']['output'];
  /** True when the exact count took too long and this is the planner’s estimate. */
  estimate: Scalars['Boolean']['output'];
  sample: Array<SegmentMember>;
  /** Milliseconds the count took. */
  tookMs: Scalars['Int']['output'];
};

/** One refresh: members after it and who entered and left. */
export type SegmentRefresh = {
  __typename?: 'SegmentRefresh';
  durationMs: Scalars['Int']['output'];
  entered: Scalars['Int']['output'];
  left: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  refreshedAt: Scalars['DateTime']['output'];
  trigger: Scalars['String']['output'];
};

/** What is done to a segment, with a random holdout that receives nothing, to measure whether it worked. */
export type SegmentStrategy = {
  __typename?: 'SegmentStrategy';
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** End of the outcome window; null: until now. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  holdoutShare: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Treated vs holdout per outcome over the strategy’s window, with lift and verdict. */
  results: Array<StrategyOutcome>;
  seed: Scalars['Int']['output'];
  segmentId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** active or ended. */
  status: Scalars['String']['output'];
};

export type SegmentStrategyPayload = {
  __typename?: 'SegmentStrategyPayload';
  strategy: SegmentStrategy;
};

/** A segment’s current members you may see, their value summed as of the last metrics run. */
export type SegmentValue = {
  __typename?: 'SegmentValue';
  /** The metrics run the figures come from; null before the first. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** Of them, at risk (high churn risk or the at-risk stage). */
  atRisk: Scalars['Int']['output'];
  /** Their lifetime value summed. */
  clv: Scalars['Float']['output'];
  /** Of them, those who have bought. */
  customers: Scalars['Int']['output'];
  /** Current members you may see. */
  members: Scalars['Int']['output'];
  /** Their completed orders summed (as stored: currencies are not converted). */
  revenue: Scalars['Float']['output'];
};

/** Why a contact is (or is not) matched by a rule: each top-level condition. */
export type SegmentWhy = {
  __typename?: 'SegmentWhy';
  conditions: Array<SegmentConditionResult>;
  matches: Scalars['Boolean']['output'];
};

export type SendMailingInput = {
  id: Scalars['ID']['input'];
  /** Start at this time; absent: the draft’s scheduled time, or now. */
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The price of serving a channel. */
export type ServiceChannelCost = {
  __typename?: 'ServiceChannelCost';
  /** In the base currency, per handled minute or per case. */
  amount: Scalars['Float']['output'];
  basis: CostBasis;
  channel: CaseChannel;
};

/** The service dashboard over the cases the viewer may read. */
export type ServiceDashboard = {
  __typename?: 'ServiceDashboard';
  /** When the figures were counted. */
  asOf: Scalars['DateTime']['output'];
  /** By team (no team last), priority (urgent first), milestone. */
  attainment: Array<SlaAttainmentRow>;
  /** The met rate below which a rate is marked (0–1). */
  attainmentTarget: Scalars['Float']['output'];
  /** The last 7 days, oldest first, days without breaches as 0. */
  breachesThisWeek: Array<SlaBreachDay>;
  /** Cases opened in the period by channel and tier, their handled minutes and what they cost at the channels’ prices. */
  costToServe: CostToServe;
  /** The attainment period’s start (inclusive). */
  from: Scalars['DateTime']['output'];
  headline: ServiceHeadline;
  /** Open cases by age, youngest first, every bucket. */
  openByAge: Array<CaseAgeRow>;
  /** Open cases by priority, low to urgent. */
  openByPriority: Array<CasePriorityCount>;
  /** The time zone days are counted in: the default business calendar’s (UTC without one). */
  timeZone: Scalars['String']['output'];
  /** The attainment period’s end (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** The headline figures. */
export type ServiceHeadline = {
  __typename?: 'ServiceHeadline';
  /** First responses breached within the period. */
  firstResponseBreached: Scalars['Int']['output'];
  /** First responses met within the period. */
  firstResponseMet: Scalars['Int']['output'];
  /** First responses met / (met + breached) within the period; null when there were none. */
  firstResponseMetRate?: Maybe<Scalars['Float']['output']>;
  /** Open cases (neither resolved nor closed). */
  open: Scalars['Int']['output'];
  /** Open cases with an SLA milestone past due. */
  openBreached: Scalars['Int']['output'];
  /** Cases resolved in the last 7 days (today and the 6 before, in the dashboard’s time zone). */
  resolvedThisWeek: Scalars['Int']['output'];
};

/** A skill of service staff (who can be sent on a visit; routing queues use them too). */
export type ServiceSkill = {
  __typename?: 'ServiceSkill';
  active: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  /** In the language asked for, else English, else the key. */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZhCn?: Maybe<Scalars['String']['output']>;
  nameZhTw?: Maybe<Scalars['String']['output']>;
};

/** Response and resolution targets per priority, counted in a business calendar. */
export type ServiceSlaPolicy = {
  __typename?: 'ServiceSlaPolicy';
  active: Scalars['Boolean']['output'];
  /** The calendar its clocks count in (the default one when it names none; null when there is none yet). */
  calendar?: Maybe<BusinessCalendar>;
  /** Null: the default calendar. */
  calendarId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Serves customers without a contract in force (and cases without an account); one policy at most. */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Lowest priority first; priorities it does not cover are left out. */
  targets: Array<PriorityTargets>;
  updatedAt: Scalars['DateTime']['output'];
  /** Percent of a target at which the owner is warned. */
  warnAtPercent: Scalars['Int']['output'];
};

export type ServiceSlaPolicyPayload = {
  __typename?: 'ServiceSlaPolicyPayload';
  policy: ServiceSlaPolicy;
};

/** An agent’s languages, capacity per channel and (optionally) skills, set by service set-up. */
export type SetAgentRoutingProfileInput = {
  capacity?: InputMaybe<Array<ChannelCapacityInput>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  skills?: InputMaybe<Array<UserSkillInput>>;
  userId: Scalars['ID']['input'];
};

export type SetCasePriorityInput = {
  id: Scalars['ID']['input'];
  priority: CasePriority;
};

export type SetCaseStatusInput = {
  id: Scalars['ID']['input'];
  /** A key of caseStatuses. */
  status: Scalars['String']['input'];
};

/** An answer recorded by staff or an integration: for a contact, a lead, or a bare address (one of them). */
export type SetConsentInput = {
  /** With a contact: which of its addresses (its primary one when left out). */
  address?: InputMaybe<Scalars['String']['input']>;
  answer: ConsentAnswer;
  /** The opt-in was already confirmed elsewhere (e.g. a double opt-in done before the import): it skips the pending step. */
  confirmed?: Scalars['Boolean']['input'];
  contactId?: InputMaybe<Scalars['ID']['input']>;
  lawfulBasis?: LawfulBasis;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Null or left out: the answer to marketing as a whole. */
  subscriptionTypeId?: InputMaybe<Scalars['ID']['input']>;
  wordingVersion?: InputMaybe<Scalars['String']['input']>;
};

export type SetConsentPayload = {
  __typename?: 'SetConsentPayload';
  consent: Consent;
  event: ConsentEvent;
};

export type SetExchangeRateInput = {
  currency: Scalars['String']['input'];
  rate: Scalars['String']['input'];
  validFrom: Scalars['String']['input'];
};

export type SetPriceBookEntriesInput = {
  /** Replaces the book’s entries for these products. */
  entries: Array<PriceBookEntryInput>;
  priceBookId: Scalars['ID']['input'];
};

export type SetQuotaInput = {
  amount: Scalars['Float']['input'];
  period: PeriodInput;
  userId: Scalars['ID']['input'];
};

export type SetQuotaPayload = {
  __typename?: 'SetQuotaPayload';
  amount: Scalars['Float']['output'];
  userId: Scalars['ID']['output'];
};

/** Prices a channel; amount null removes its price. */
export type SetServiceChannelCostInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  basis?: InputMaybe<CostBasis>;
  channel: CaseChannel;
};

export type SetUserSkillsInput = {
  skills: Array<UserSkillInput>;
  userId: Scalars['ID']['input'];
};

export type ShareAccess =
  | 'READ'
  | 'WRITE';

export type ShareRecordInput = {
  access?: ShareAccess;
  objectType: ShareableObject;
  recordId: Scalars['ID']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type ShareRecordPayload = {
  __typename?: 'ShareRecordPayload';
  share: RecordShare;
};

export type ShareableObject =
  | 'ACCOUNT'
  | 'CONTACT'
  | 'LEAD'
  | 'OPPORTUNITY';

/** How one milestone ended on the cases of a team and priority within the period. */
export type SlaAttainmentRow = {
  __typename?: 'SlaAttainmentRow';
  breached: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  /** met / (met + breached), 0–1; null when none was met or breached. */
  metRate?: Maybe<Scalars['Float']['output']>;
  milestone: SlaMilestoneKind;
  /** The case’s priority now. */
  priority: CasePriority;
  /** Next responses closed by the resolution before they were late: neither met nor breached. */
  stopped: Scalars['Int']['output'];
  /** Null: cases of no team. */
  teamId?: Maybe<Scalars['ID']['output']>;
  /** Null: cases of no team. */
  teamName?: Maybe<Scalars['String']['output']>;
};

/** SLA breaches on one day in the default business calendar’s time zone. */
export type SlaBreachDay = {
  __typename?: 'SlaBreachDay';
  /** Milestones that ended late on this day. */
  completed: Scalars['Int']['output'];
  /** YYYY-MM-DD in the dashboard’s time zone. */
  day: Scalars['String']['output'];
  /** Open cases late now (today only). */
  open: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** One SLA milestone of a case, as its clock stands now. */
export type SlaMilestone = {
  __typename?: 'SlaMilestone';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it is due at the current pace (or was due); null while paused. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  kind: SlaMilestoneKind;
  late: Scalars['Boolean']['output'];
  /** Business minutes counted so far. */
  spentMinutes: Scalars['Int']['output'];
  /** STOPPED: a next response ended by resolution before it was late. */
  state: SlaMilestoneState;
  /** Business minutes promised. */
  targetMinutes: Scalars['Int']['output'];
  warnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type SlaMilestoneKind =
  | 'FIRST_RESPONSE'
  | 'NEXT_RESPONSE'
  | 'RESOLUTION';

export type SlaMilestoneState =
  | 'BREACHED'
  | 'MET'
  | 'PAUSED'
  | 'RUNNING'
  | 'STOPPED';

export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** high, normal, low; null = any */
  priority?: Maybe<Scalars['String']['output']>;
  /** Business minutes to the first response. */
  responseMinutes: Scalars['Int']['output'];
  /** null = any source */
  source?: Maybe<Scalars['String']['output']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SplitCaseInput = {
  /** The case whose thread is split. */
  caseId: Scalars['ID']['input'];
  /** The messages that move to the new case (with their files); the case keeps at least one. */
  messageIds: Array<Scalars['ID']['input']>;
  /** The new case’s subject. */
  subject: Scalars['String']['input'];
};

export type Stage = {
  __typename?: 'Stage';
  /** The name as stored, untranslated: what integrations match on and what every language falls back to. */
  canonicalName: Scalars['String']['output'];
  forecastCategory: ForecastCategory;
  id: Scalars['ID']['output'];
  isLost: Scalars['Boolean']['output'];
  isWon: Scalars['Boolean']['output'];
  /** The name in the reader's language: the Accept-Language header, else the signed-in user's language; the canonical name when there is no translation (API keys that send no Accept-Language get the canonical name). */
  name: Scalars['String']['output'];
  /** Translations of the name by locale, e.g. { "zh-CN": "资格确认", "zh-TW": "資格確認" }. */
  names: Scalars['JSONObject']['output'];
  position: Scalars['Int']['output'];
  /** Win probability in percent. */
  probability: Scalars['Int']['output'];
};

export type StartLeadImportInput = {
  dedupPolicy?: LeadImportDedupPolicy;
  importId: Scalars['ID']['input'];
  /** Columns to import; unmapped columns are ignored. */
  mapping: Array<LeadImportColumnMappingInput>;
  /** Owner of the created leads; defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Queue each created lead for the routing rules (assign-lead). */
  routeLeads?: Scalars['Boolean']['input'];
  /** Save this mapping under a name (replaces your mapping of that name). */
  saveMappingAs?: InputMaybe<Scalars['String']['input']>;
};

export type StartLeadImportPayload = {
  __typename?: 'StartLeadImportPayload';
  leadImport: LeadImport;
};

export type StartOrderImportInput = {
  /** Create a contact for an address no contact has; otherwise such orders are reported and skipped. */
  createCustomers: Scalars['Boolean']['input'];
  importId: Scalars['ID']['input'];
  mapping: Array<OrderColumnMappingInput>;
};

export type StrategyIdInput = {
  id: Scalars['ID']['input'];
};

/** The effect of a strategy on one outcome: treated vs holdout, per person over the window. */
export type StrategyOutcome = {
  __typename?: 'StrategyOutcome';
  /** treatedMean − holdoutMean. */
  difference: Scalars['Float']['output'];
  high: Scalars['Float']['output'];
  holdout: Scalars['Int']['output'];
  holdoutMean: Scalars['Float']['output'];
  /** Lower end of the 95% confidence interval of the difference. */
  low: Scalars['Float']['output'];
  /** orders, revenue, bought (share who bought) or responded (share who opened or clicked a mailing). */
  outcome: Scalars['String']['output'];
  /** difference / holdoutMean. */
  relative?: Maybe<Scalars['Float']['output']>;
  relativeHigh?: Maybe<Scalars['Float']['output']>;
  relativeLow?: Maybe<Scalars['Float']['output']>;
  treated: Scalars['Int']['output'];
  treatedMean: Scalars['Float']['output'];
  /** worked (the interval is above 0), hurt (below 0), inconclusive, or too_few (under 30 people in a group). */
  verdict: Scalars['String']['output'];
};

export type StringFilter = {
  /** Case-insensitive substring match. */
  contains?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive prefix match. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitQuoteInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Needed when a discount is above your tolerance: competitive, strategic_account, volume, renewal_retention, other */
  reasonCode?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitQuotePayload = {
  __typename?: 'SubmitQuotePayload';
  breaches: Array<ToleranceBreachModel>;
  /** true when a manager must approve before the quote can be accepted. */
  needsApproval: Scalars['Boolean']['output'];
  quote: Quote;
};

/** A kind of marketing mail people answer separately (newsletter, product news, events). */
export type SubscriptionType = {
  __typename?: 'SubscriptionType';
  active: Scalars['Boolean']['output'];
  canonicalName: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** An opt-in stays pending until the person confirms it from the mail sent to them. */
  doubleOptIn: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Stable identifier for integrations and the List-Id header, e.g. "newsletter". */
  key: Scalars['String']['output'];
  /** The name in the reader’s language (Accept-Language, else the user’s language); the canonical name without a translation. */
  name: Scalars['String']['output'];
  /** Translations by locale, e.g. { "zh-CN": "新闻简报", "zh-TW": "電子報" }. */
  names: Scalars['JSONObject']['output'];
  /** No answer means no mail; false: mail until the person opts out (legitimate interest). */
  requiresOptIn: Scalars['Boolean']['output'];
};

export type SubscriptionTypePayload = {
  __typename?: 'SubscriptionTypePayload';
  subscriptionType: SubscriptionType;
};

export type SuggestionReason = {
  __typename?: 'SuggestionReason';
  /** skill, workload, free, fully_booked, knows_customer, new_to_customer */
  code: Scalars['String']['output'];
  level?: Maybe<Scalars['Int']['output']>;
  required?: Maybe<Scalars['Int']['output']>;
  /** In English. */
  text: Scalars['String']['output'];
  visits?: Maybe<Scalars['Int']['output']>;
};

/** An address no marketing goes to (a hard bounce stops transactional mail too). */
export type Suppression = {
  __typename?: 'Suppression';
  address: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  reason: SuppressionReason;
  /** Soft bounces counted so far (suppressed after a configured number). */
  softBounces: Scalars['Int']['output'];
};

export type SuppressionConnection = {
  __typename?: 'SuppressionConnection';
  edges: Array<SuppressionEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type SuppressionEdge = {
  __typename?: 'SuppressionEdge';
  cursor: Scalars['String']['output'];
  node: Suppression;
};

export type SuppressionReason =
  | 'COMPLAINT'
  | 'HARD_BOUNCE'
  | 'IMPORTED'
  | 'OPT_OUT'
  | 'SOFT_BOUNCE';

export type Team = {
  __typename?: 'Team';
  children: Array<Team>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  manager?: Maybe<UserRef>;
  memberCount: Scalars['Int']['output'];
  members: Array<UserRef>;
  name: Scalars['String']['output'];
  parent?: Maybe<Team>;
};

export type TeamConnection = {
  __typename?: 'TeamConnection';
  edges: Array<TeamEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  cursor: Scalars['String']['output'];
  node: Team;
};

export type TeamFilter = {
  and?: InputMaybe<Array<TeamFilter>>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<TeamFilter>;
  or?: InputMaybe<Array<TeamFilter>>;
  parentId?: InputMaybe<IdFilter>;
};

export type TeamOrderBy = {
  direction?: SortDirection;
  field: TeamOrderField;
};

export type TeamOrderField =
  | 'CREATED_AT'
  | 'NAME';

/** A technician suggested for a visit, with why. */
export type TechnicianSuggestion = {
  __typename?: 'TechnicianSuggestion';
  fullyBooked: Scalars['Boolean']['output'];
  level: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  pastVisits: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  reasons: Array<SuggestionReason>;
  userId: Scalars['ID']['output'];
  visitsThatDay: Scalars['Int']['output'];
};

export type TemplateProblemRow = {
  __typename?: 'TemplateProblemRow';
  message: Scalars['String']['output'];
  path: Scalars['String']['output'];
};

export type TestEmailPayload = {
  __typename?: 'TestEmailPayload';
  /** The address the test went to: always the sender’s own. */
  sentTo: Scalars['String']['output'];
};

/** What serving the customers of one tier cost over the period. */
export type TierCostRow = {
  __typename?: 'TierCostRow';
  cases: Scalars['Int']['output'];
  cost: Scalars['Float']['output'];
  costPerCase?: Maybe<Scalars['Float']['output']>;
  handledMinutes: Scalars['Float']['output'];
  /** The account tier; null for cases without an account or tier. */
  tier?: Maybe<Scalars['String']['output']>;
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

export type TimelineItem = {
  __typename?: 'TimelineItem';
  actor?: Maybe<UserRef>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** Event details as JSON. */
  payload: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  /** e.g. activity.logged, opportunity.stage_changed, lead.converted, record.updated */
  type: Scalars['String']['output'];
};

export type ToleranceBreachModel = {
  __typename?: 'ToleranceBreachModel';
  allowedPercent: Scalars['Float']['output'];
  discountPercent: Scalars['Float']['output'];
  lineNo: Scalars['Int']['output'];
  productLine?: Maybe<Scalars['String']['output']>;
};

/** A customer among the most valuable. */
export type TopCustomer = {
  __typename?: 'TopCustomer';
  clv: Scalars['Float']['output'];
  contactId: Scalars['ID']['output'];
  lifecycleStage: Scalars['String']['output'];
  name: Scalars['String']['output'];
  pAlive?: Maybe<Scalars['Float']['output']>;
  rfmCell?: Maybe<Scalars['String']['output']>;
};

export type TransferOwnershipInput = {
  /** Different owners per kind of record. */
  assignments?: InputMaybe<HandoverAssignmentsInput>;
  /** Deactivate the person when the transfer is done. */
  deactivate?: Scalars['Boolean']['input'];
  /** The person whose book moves. */
  fromUserId: Scalars['ID']['input'];
  /** Default new owner for everything. */
  toUserId: Scalars['ID']['input'];
};

export type TransferOwnershipPayload = {
  __typename?: 'TransferOwnershipPayload';
  handover: Handover;
};

/** Unanswered inquiries of one source: the number that should read zero. */
export type UnansweredBySource = {
  __typename?: 'UnansweredBySource';
  atRisk: Scalars['Int']['output'];
  breached: Scalars['Int']['output'];
  oldestReceivedAt?: Maybe<Scalars['DateTime']['output']>;
  open: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

export type UnansweredSummary = {
  __typename?: 'UnansweredSummary';
  breached: Scalars['Int']['output'];
  bySource: Array<UnansweredBySource>;
  total: Scalars['Int']['output'];
};

export type UndoLeadImportInput = {
  importId: Scalars['ID']['input'];
};

export type UndoLeadImportPayload = {
  __typename?: 'UndoLeadImportPayload';
  /** Created leads kept because they were converted since. */
  kept: Scalars['Int']['output'];
  leadImport: LeadImport;
  /** Created leads removed. */
  removed: Scalars['Int']['output'];
  /** Updated leads given their old values back. */
  restored: Scalars['Int']['output'];
};

export type UnlockQuoteInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type UnshareRecordInput = {
  id: Scalars['ID']['input'];
};

export type UpdateAccountInput = {
  annualRevenue?: InputMaybe<Scalars['Float']['input']>;
  billingAddress?: InputMaybe<AddressInput>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentAccountId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  shippingAddress?: InputMaybe<AddressInput>;
  taxId?: InputMaybe<Scalars['String']['input']>;
  territory?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<AccountTier>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAccountPayload = {
  __typename?: 'UpdateAccountPayload';
  account: Account;
};

export type UpdateActivityInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  leadId?: InputMaybe<Scalars['ID']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  reminderAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ActivityType>;
};

export type UpdateActivityPayload = {
  __typename?: 'UpdateActivityPayload';
  activity: Activity;
};

export type UpdateBusinessCalendarInput = {
  holidays?: InputMaybe<Array<CalendarDayInput>>;
  id: Scalars['ID']['input'];
  /** Make this the default (the previous default stops being one). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  week?: InputMaybe<Array<WeekdayPeriodsInput>>;
  workdays?: InputMaybe<Array<CalendarDayInput>>;
};

export type UpdateCampaignInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  expectedCost?: InputMaybe<Scalars['Float']['input']>;
  expectedResponseRate?: InputMaybe<Scalars['Float']['input']>;
  expectedRevenue?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentCampaignId?: InputMaybe<Scalars['ID']['input']>;
  shortCode?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CampaignStatus>;
  targetAudience?: InputMaybe<Scalars['String']['input']>;
  trackingPhone?: InputMaybe<Scalars['String']['input']>;
  utmCampaign?: InputMaybe<Scalars['String']['input']>;
  utmMedium?: InputMaybe<Scalars['String']['input']>;
  utmSource?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCampaignMemberStatusInput = {
  campaignId: Scalars['ID']['input'];
  memberIds: Array<Scalars['ID']['input']>;
  status: Scalars['String']['input'];
};

export type UpdateCampaignMemberStatusPayload = {
  __typename?: 'UpdateCampaignMemberStatusPayload';
  campaign: Campaign;
  /** Members whose status changed. */
  updated: Scalars['Int']['output'];
};

export type UpdateCampaignPayload = {
  __typename?: 'UpdateCampaignPayload';
  campaign: Campaign;
};

export type UpdateCaseInput = {
  /** Defaults to the contact’s account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** The order the problem is about: one of the customer’s (the contact’s or the account’s) that you may read. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** What the problem is with; chooses the contract that covers it. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<CaseType>;
};

export type UpdateContactInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The first is the primary address. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  lastName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Created from an unknown sender; check it is not a duplicate, then clear. */
  needsReview?: InputMaybe<Scalars['Boolean']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredChannel?: InputMaybe<PreferredChannel>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactPayload = {
  __typename?: 'UpdateContactPayload';
  contact: Contact;
};

export type UpdateContactPolicyInput = {
  /** Null: no cap. */
  frequencyCap?: InputMaybe<FrequencyCapInput>;
  /** Null: no quiet hours. */
  quietHours?: InputMaybe<QuietHoursInput>;
  rules: Array<ContactPolicyRuleKey>;
  sameContentOnce: Scalars['Boolean']['input'];
  timeZone: Scalars['String']['input'];
};

export type UpdateCustomFieldInput = {
  /** false archives the field. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Option value → label per locale (en, zh-CN, zh-TW); replaces the stored translations. */
  optionLabels?: InputMaybe<Scalars['JSONObject']['input']>;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changed variants make a new version; a name or archive change does not. */
export type UpdateEmailTemplateInput = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  variants?: InputMaybe<Array<EmailTemplateVariantInput>>;
};

export type UpdateEntitlementInput = {
  /** A date, or null for open-ended; left out: unchanged. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  hoursTotal?: InputMaybe<Scalars['Float']['input']>;
  hoursUsed?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  level?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  policyId?: InputMaybe<Scalars['ID']['input']>;
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  visitsTotal?: InputMaybe<Scalars['Int']['input']>;
  visitsUsed?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateEventInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** { sessions: [{ title, titles, startsAt, endsAt, speaker, room }] } */
  agenda?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Seats; empty means no limit. Registrations beyond it join the waitlist. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  descriptions?: InputMaybe<Scalars['JSONObject']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** { questions: [{ key, label, labels, type: text|longText|choice|checkbox, required, options }], consents: [{ subscriptionTypeId, text, texts, required }] } */
  form?: InputMaybe<Scalars['JSONObject']['input']>;
  id: Scalars['ID']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  reminderHours?: InputMaybe<Array<Scalars['Int']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titles?: InputMaybe<Scalars['JSONObject']['input']>;
  type?: InputMaybe<EventType>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateKnowledgeArticleInput = {
  audience?: InputMaybe<KnowledgeAudience>;
  /** Markdown; images are the article’s attachments, by their url. */
  body?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces the related products. */
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLeadInput = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  lastName?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  productInterest?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLeadPayload = {
  __typename?: 'UpdateLeadPayload';
  lead: Lead;
};

/** Changes a draft; absent fields stay as they are. */
export type UpdateMailingInput = {
  audience?: InputMaybe<MailingAudienceInput>;
  id: Scalars['ID']['input'];
  /** Deliver at this hour (0–23) of each recipient’s day in their own time zone; null: as soon as it starts. */
  localHour?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Repeat on a rule (a series); null: once. */
  recurrence?: InputMaybe<MailingRecurrenceInput>;
  resendAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  subscriptionTypeId?: InputMaybe<Scalars['ID']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateMyPreferencesInput = {
  locale: Locale;
};

export type UpdateMyPreferencesPayload = {
  __typename?: 'UpdateMyPreferencesPayload';
  user: User;
};

/** Changes a draft; absent fields stay as they are. `steps` replaces every step. */
export type UpdateNurtureInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<NurtureSourceInput>;
  steps?: InputMaybe<Array<NurtureStepInput>>;
  stopOnReply?: InputMaybe<Scalars['Boolean']['input']>;
  stopWhenCustomer?: InputMaybe<Scalars['Boolean']['input']>;
  subscriptionTypeId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateOpportunityInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  closeDate?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  primaryContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the first stage. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateOpportunityPayload = {
  __typename?: 'UpdateOpportunityPayload';
  opportunity: Opportunity;
};

export type UpdatePipelineInput = {
  id: Scalars['ID']['input'];
  /** The canonical name, 1 to 80 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Translations of the name by locale (en, zh-CN, zh-TW), e.g. { "zh-CN": "资格确认" }; replaces the stored ones, blank entries are removed. */
  names?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type UpdatePipelinePayload = {
  __typename?: 'UpdatePipelinePayload';
  pipeline: Pipeline;
};

export type UpdateQuoteInput = {
  discountPercent?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  lines?: InputMaybe<Array<QuoteLineInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSegmentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  refreshMinutes?: InputMaybe<Scalars['Int']['input']>;
  rule?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type UpdateServiceSlaPolicyInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A calendar, or null for the default one; left out: unchanged. */
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** true: make it the default (the previous default stops being one); false: no default any more. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  targets?: InputMaybe<Array<PriorityTargetsInput>>;
  warnAtPercent?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateStageInput = {
  id: Scalars['ID']['input'];
  /** The canonical name, 1 to 80 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Translations of the name by locale (en, zh-CN, zh-TW), e.g. { "zh-CN": "资格确认" }; replaces the stored ones, blank entries are removed. */
  names?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type UpdateStagePayload = {
  __typename?: 'UpdateStagePayload';
  stage: Stage;
};

export type UpdateTeamInput = {
  id: Scalars['ID']['input'];
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateTeamPayload = {
  __typename?: 'UpdateTeamPayload';
  team: Team;
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  user: User;
};

/** Changes what a planned visit is: what to do, where, and the skill it needs (dispatchers; not once it is done or cancelled). Only the fields given change. */
export type UpdateWorkOrderInput = {
  address?: InputMaybe<WorkOrderAddressInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  requiredLevel?: InputMaybe<Scalars['Int']['input']>;
  /** A skill key; null: no skill needed. */
  requiredSkill?: InputMaybe<Scalars['String']['input']>;
  workOrderId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  locale: Locale;
  name: Scalars['String']['output'];
  /** What you may read and write, object by object: your role’s row of the permission table, narrowed by the API key’s scopes as every operation narrows it. Only on `me` (and `login`); null on anyone else. */
  permissions?: Maybe<Array<Permission>>;
  role: Role;
  team?: Maybe<Team>;
  updatedAt: Scalars['DateTime']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true. */
  totalCount: Scalars['Int']['output'];
  /** True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound. */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  active?: InputMaybe<BooleanFilter>;
  and?: InputMaybe<Array<UserFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  email?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<UserFilter>;
  or?: InputMaybe<Array<UserFilter>>;
  role?: InputMaybe<RoleFilter>;
  teamId?: InputMaybe<IdFilter>;
};

export type UserOrderBy = {
  direction?: SortDirection;
  field: UserOrderField;
};

export type UserOrderField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'NAME'
  | 'ROLE';

export type UserRef = {
  __typename?: 'UserRef';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type UserSkill = {
  __typename?: 'UserSkill';
  level: Scalars['Int']['output'];
  skillKey: Scalars['String']['output'];
};

export type UserSkillInput = {
  level: Scalars['Int']['input'];
  skillKey: Scalars['String']['input'];
};

export type VisitSlot = {
  __typename?: 'VisitSlot';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

export type VisitSlotInput = {
  end: Scalars['DateTime']['input'];
  start: Scalars['DateTime']['input'];
};

export type WaitingCase = {
  __typename?: 'WaitingCase';
  caseId: Scalars['ID']['output'];
  channel: CaseChannel;
  enqueuedAt: Scalars['DateTime']['output'];
  language?: Maybe<Scalars['String']['output']>;
  /** Null when you may not read the case (it is still counted). */
  number?: Maybe<Scalars['String']['output']>;
  priority: Scalars['String']['output'];
  subject?: Maybe<Scalars['String']['output']>;
};

/** Someone at the door without a registration. */
export type WalkInInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** What a person did on the company’s website: their identified browsers’ page views, including those from before they identified themselves. */
export type WebActivity = {
  __typename?: 'WebActivity';
  /** Views per product line (the admins’ URL rules), most viewed first, over every kept view. */
  interests: Array<WebInterest>;
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Page views, newest first. */
  pageViews: PageViewConnection;
  /** The pages viewed in the last `days` days (default 7), most viewed first: “pricing, 3 times this week”. */
  recentPages: Array<PageVisitCount>;
  /** Page views in the last 7 days. */
  viewsThisWeek: Scalars['Int']['output'];
  /** The browsers identified as this person, latest first. */
  visitors: Array<WebVisitor>;
};


/** What a person did on the company’s website: their identified browsers’ page views, including those from before they identified themselves. */
export type WebActivityPageViewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a person did on the company’s website: their identified browsers’ page views, including those from before they identified themselves. */
export type WebActivityRecentPagesArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebForm = {
  __typename?: 'WebForm';
  active: Scalars['Boolean']['output'];
  campaign?: Maybe<Scalars['String']['output']>;
  consentRequired: Scalars['Boolean']['output'];
  consentText?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The HTML to paste into a web page. */
  embedHtml: Scalars['String']['output'];
  fields: Array<WebFormFieldModel>;
  /** A hosted page with the form, for a link or an iframe. */
  hostedUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  redirectUrl?: Maybe<Scalars['String']['output']>;
  /** Stored lead source value, e.g. web or event. */
  source: Scalars['String']['output'];
};

export type WebFormFieldInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  required?: Scalars['Boolean']['input'];
};

export type WebFormFieldModel = {
  __typename?: 'WebFormFieldModel';
  /** One of firstName, lastName, email, company, phone, title, country, region, productInterest, employees, language, message */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

/** How much a person looked at pages of one product line. */
export type WebInterest = {
  __typename?: 'WebInterest';
  /** The value’s name in your language. */
  label: Scalars['String']['output'];
  lastViewedAt: Scalars['DateTime']['output'];
  /** The productLine picklist value. */
  productLine: Scalars['String']['output'];
  views: Scalars['Int']['output'];
};

export type WebInterestRule = {
  __typename?: 'WebInterestRule';
  id: Scalars['ID']['output'];
  /** A path (/pricing*) or host and path (shop.example.com/products/*); * is any text. */
  pattern: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** A productLine picklist value. */
  productLine: Scalars['String']['output'];
};

/** A browser the tracking script has seen, and who it is once identified. */
export type WebVisitor = {
  __typename?: 'WebVisitor';
  /** The person, when a contact you may read. */
  contact?: Maybe<Contact>;
  firstSeenAt: Scalars['DateTime']['output'];
  /** The id in the browser’s rapport_vid cookie. */
  id: Scalars['ID']['output'];
  identifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the person became known: form, event or email. */
  identifiedBy?: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  /** The person, when a lead you may read. */
  lead?: Maybe<Lead>;
};

/** How web visits are tracked. */
export type WebVisitorSettings = {
  __typename?: 'WebVisitorSettings';
  /** Where the script sends page views. */
  endpointUrl: Scalars['String']['output'];
  /** Batches of page views accepted per client address and minute. */
  rateLimitPerMinute: Scalars['Int']['output'];
  /** Months page views are kept; older months are dropped whole. */
  retentionMonths: Scalars['Int']['output'];
  /** The script sites embed: <script src="…" async></script>. */
  scriptUrl: Scalars['String']['output'];
  /** The company’s own sites: links in mailings to them carry the recipient’s identity for the script. */
  siteHosts: Array<Scalars['String']['output']>;
};

export type WeekdayPeriods = {
  __typename?: 'WeekdayPeriods';
  /** Empty: closed. */
  periods: Array<WorkPeriod>;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['output'];
};

export type WeekdayPeriodsInput = {
  /** Empty: closed. */
  periods: Array<WorkPeriodInput>;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['input'];
};

/** An on-site visit for a case: where, which skill, the times offered and confirmed, who goes, how far it got, and the visit report. */
export type WorkOrder = {
  __typename?: 'WorkOrder';
  address: WorkOrderAddress;
  caseId: Scalars['ID']['output'];
  /** When the customer confirmed the time. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The contract whose visits it counts against. */
  entitlementId?: Maybe<Scalars['ID']['output']>;
  hasSignature: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The statuses you may move the visit to now. */
  nextStatuses: Array<WorkOrderStatus>;
  /** The case number and the visit’s: CS-2026-000123-V1. */
  number: Scalars['String']['output'];
  parts: Array<PartLine>;
  /** When times were last proposed to the customer. */
  proposedAt?: Maybe<Scalars['DateTime']['output']>;
  proposedSlots: Array<VisitSlot>;
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  requiredLevel: Scalars['Int']['output'];
  /** The key of the skill the visit needs. */
  requiredSkill?: Maybe<Scalars['String']['output']>;
  /** 1, 2, … within the case. */
  sequence: Scalars['Int']['output'];
  /** The signature as a data: URL (PNG), for the visit report. */
  signatureDataUrl?: Maybe<Scalars['String']['output']>;
  signedBy?: Maybe<Scalars['String']['output']>;
  slotEnd?: Maybe<Scalars['DateTime']['output']>;
  slotStart?: Maybe<Scalars['DateTime']['output']>;
  status: WorkOrderStatus;
  technician?: Maybe<UserRef>;
  technicianId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** When the visit was counted against the contract. */
  visitCountedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Visits left on the contract it counts against (negative: beyond them); null when not counted. */
  visitsLeft?: Maybe<Scalars['Int']['output']>;
  workDone?: Maybe<Scalars['String']['output']>;
};

export type WorkOrderAddress = {
  __typename?: 'WorkOrderAddress';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  region: Scalars['String']['output'];
  street: Scalars['String']['output'];
};

export type WorkOrderAddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type WorkOrderPayload = {
  __typename?: 'WorkOrderPayload';
  /** Things to know that did not stop the change (e.g. the contract’s visits are used up). */
  warnings: Array<WorkOrderWarning>;
  workOrder: WorkOrder;
};

export type WorkOrderStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'EN_ROUTE'
  | 'ON_SITE'
  | 'SCHEDULED';

/** Something to know about a visit change that did not stop it. */
export type WorkOrderWarning = {
  __typename?: 'WorkOrderWarning';
  /** visits_used_up: the contract’s visits are used up; this visit counts beyond them. */
  code: Scalars['String']['output'];
  /** The same in English. */
  message: Scalars['String']['output'];
};

/** Working time within a day, in minutes after local midnight (09:00 = 540). */
export type WorkPeriod = {
  __typename?: 'WorkPeriod';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type WorkPeriodInput = {
  end: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
};
