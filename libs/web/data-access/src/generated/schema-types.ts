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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: unknown; output: unknown; }
};

export type Account = {
  __typename?: 'Account';
  activities: ActivityConnection;
  annualRevenue?: Maybe<Scalars['Float']['output']>;
  billingAddress?: Maybe<Address>;
  contacts: ContactConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  employeeCount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  opportunities: OpportunityConnection;
  owner?: Maybe<UserRef>;
  parentAccount?: Maybe<Account>;
  phone?: Maybe<Scalars['String']['output']>;
  shippingAddress?: Maybe<Address>;
  territory?: Maybe<Scalars['String']['output']>;
  tier?: Maybe<AccountTier>;
  /** Everything that happened with this customer, newest first. */
  timeline: TimelineConnection;
  updatedAt: Scalars['DateTime']['output'];
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
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
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
  territory?: InputMaybe<StringFilter>;
  tier?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type AccountOrderBy = {
  direction?: SortDirection;
  field: AccountOrderField;
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

export type Activity = {
  __typename?: 'Activity';
  accountId?: Maybe<Scalars['ID']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  leadId?: Maybe<Scalars['ID']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  opportunityId?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<UserRef>;
  reminderAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  type: ActivityType;
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
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
  type?: InputMaybe<ActivityTypeFilter>;
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
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

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

export type Contact = {
  __typename?: 'Contact';
  account?: Maybe<Account>;
  activities: ActivityConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  /** The primary email. */
  email?: Maybe<Scalars['String']['output']>;
  emails: Array<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  locale: Scalars['String']['output'];
  /** First and last name as people read them. */
  name: Scalars['String']['output'];
  owner?: Maybe<UserRef>;
  phones: Array<Scalars['String']['output']>;
  preferredChannel?: Maybe<PreferredChannel>;
  timeline: TimelineConnection;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


export type ContactActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
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
  not?: InputMaybe<ContactFilter>;
  or?: InputMaybe<Array<ContactFilter>>;
  ownerId?: InputMaybe<IdFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type ContactOrderBy = {
  direction?: SortDirection;
  field: ContactOrderField;
};

export type ContactOrderField =
  | 'CREATED_AT'
  | 'LAST_NAME'
  | 'UPDATED_AT';

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

export type CreateContactInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The first is the primary address. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredChannel?: InputMaybe<PreferredChannel>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateContactPayload = {
  __typename?: 'CreateContactPayload';
  contact: Contact;
};

export type CreateLeadInput = {
  campaign?: InputMaybe<Scalars['String']['input']>;
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
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateLeadPayload = {
  __typename?: 'CreateLeadPayload';
  lead: Lead;
};

export type CreateOpportunityInput = {
  accountId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Float']['input']>;
  campaign?: InputMaybe<Scalars['String']['input']>;
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

export type CustomFieldDefinition = {
  __typename?: 'CustomFieldDefinition';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The key in `customFields` and in filters (`customFields: { <key>: { … } }`). */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Label per locale, e.g. { "zh-CN": "…" }. */
  labels: Scalars['JSONObject']['output'];
  objectType: CustomizableObject;
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

export type CustomizableObject =
  | 'ACCOUNT'
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

export type DefineCustomFieldInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  objectType: CustomizableObject;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: CustomFieldType;
};

export type DeleteViewInput = {
  id: Scalars['ID']['input'];
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

export type ForecastCategory =
  | 'BEST_CASE'
  | 'CLOSED'
  | 'COMMIT'
  | 'OMITTED'
  | 'PIPELINE';

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

export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['ID']['input']>;
};

export type Lead = {
  __typename?: 'Lead';
  campaign?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Scalars['String']['output']>;
  convertedAt?: Maybe<Scalars['DateTime']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Values of admin-defined fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  message?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  owner?: Maybe<UserRef>;
  phone?: Maybe<Scalars['String']['output']>;
  productInterest?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  /** Lead score (0 until scoring rules are configured). */
  score: Scalars['Int']['output'];
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  source: LeadSource;
  status: LeadStatus;
  timeline: TimelineConnection;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


export type LeadTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  and?: InputMaybe<Array<LeadFilter>>;
  campaign?: InputMaybe<StringFilter>;
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
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type LeadOrderBy = {
  direction?: SortDirection;
  field: LeadOrderField;
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

export type Locale =
  | 'EN'
  | 'ZH_CN'
  | 'ZH_TW';

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

export type MarkNotificationsReadInput = {
  /** Omit to mark all as read. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  unreadCount: Scalars['Int']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Assign up to 500 records of one kind to an owner. */
  bulkAssign: BulkAssignPayload;
  convertLead: ConvertLeadPayload;
  createAccount: CreateAccountPayload;
  createActivity: CreateActivityPayload;
  createApiKey: CreateApiKeyPayload;
  createContact: CreateContactPayload;
  createLead: CreateLeadPayload;
  createOpportunity: CreateOpportunityPayload;
  createTeam: CreateTeamPayload;
  createUser: CreateUserPayload;
  defineCustomField: CustomFieldPayload;
  deleteView: SaveViewPayload;
  login: LoginPayload;
  logout: LogoutPayload;
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Merge duplicates into one record, choosing field by field; relations move to the survivor. */
  mergeRecords: MergeRecordsPayload;
  moveOpportunityStage: MoveOpportunityStagePayload;
  revokeApiKey: RevokeApiKeyPayload;
  saveView: SaveViewPayload;
  /** Share a record with a user or a team, for reading or writing. */
  shareRecord: ShareRecordPayload;
  /** Hand a person’s open book to new owners, as a background job with progress. */
  transferOwnership: TransferOwnershipPayload;
  unshareRecord: ShareRecordPayload;
  updateAccount: UpdateAccountPayload;
  updateActivity: UpdateActivityPayload;
  updateContact: UpdateContactPayload;
  updateCustomField: CustomFieldPayload;
  updateLead: UpdateLeadPayload;
  updateMyPreferences: UpdateMyPreferencesPayload;
  updateOpportunity: UpdateOpportunityPayload;
  updateTeam: UpdateTeamPayload;
  updateUser: UpdateUserPayload;
};


export type MutationBulkAssignArgs = {
  input: BulkAssignInput;
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


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDefineCustomFieldArgs = {
  input: DefineCustomFieldInput;
};


export type MutationDeleteViewArgs = {
  input: DeleteViewInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMergeRecordsArgs = {
  input: MergeRecordsInput;
};


export type MutationMoveOpportunityStageArgs = {
  input: MoveOpportunityStageInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSaveViewArgs = {
  input: SaveViewInput;
};


export type MutationShareRecordArgs = {
  input: ShareRecordInput;
};


export type MutationTransferOwnershipArgs = {
  input: TransferOwnershipInput;
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


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateCustomFieldArgs = {
  input: UpdateCustomFieldInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdateMyPreferencesInput;
};


export type MutationUpdateOpportunityArgs = {
  input: UpdateOpportunityInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
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

export type Opportunity = {
  __typename?: 'Opportunity';
  account?: Maybe<Account>;
  amount?: Maybe<Scalars['Float']['output']>;
  campaign?: Maybe<Scalars['String']['output']>;
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
  stage: Stage;
  stageChangedAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  wonReason?: Maybe<Scalars['String']['output']>;
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
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
  campaign?: InputMaybe<StringFilter>;
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
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type OpportunityOrderBy = {
  direction?: SortDirection;
  field: OpportunityOrderField;
};

export type OpportunityOrderField =
  | 'AMOUNT'
  | 'CLOSE_DATE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Permission = {
  __typename?: 'Permission';
  object: Scalars['String']['output'];
  read: RecordScope;
  write: RecordScope;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  stages: Array<Stage>;
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

export type PreferredChannel =
  | 'EMAIL'
  | 'NONE'
  | 'PHONE'
  | 'SMS'
  | 'WECHAT';

export type Query = {
  __typename?: 'Query';
  /** Null when missing or not visible to you. */
  account?: Maybe<Account>;
  accounts: AccountConnection;
  activities: ActivityConnection;
  /** Every scope an API key can be granted. */
  apiKeyScopes: Array<Scalars['String']['output']>;
  apiKeys: ApiKeyConnection;
  contact?: Maybe<Contact>;
  contacts: ContactConnection;
  customFieldDefinitions: Array<CustomFieldDefinition>;
  handover?: Maybe<Handover>;
  lead?: Maybe<Lead>;
  leads: LeadConnection;
  /** The signed-in user (or the user an API key acts as). */
  me: User;
  notifications: Array<Notification>;
  opportunities: OpportunityConnection;
  opportunity?: Maybe<Opportunity>;
  /** Sales pipelines with their ordered stages. */
  pipelines: Array<Pipeline>;
  /** Records that may be the same person or company, among those you can see. */
  possibleDuplicates: Array<DuplicateCandidate>;
  /** Who a record is shared with (empty when you cannot see the record). */
  recordShares: Array<RecordShare>;
  /** The permission matrix: what each role may read and write. */
  roles: Array<RoleInfo>;
  savedViews: Array<SavedView>;
  /** Global search across everything the caller can see. */
  search: Array<SearchHit>;
  team?: Maybe<Team>;
  teams: TeamConnection;
  unreadNotificationCount: Scalars['Int']['output'];
  /** Null when the user does not exist or is not visible to you. */
  user?: Maybe<User>;
  users: UserConnection;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ContactOrderBy>>;
};


export type QueryCustomFieldDefinitionsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
  objectType: CustomizableObject;
};


export type QueryHandoverArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LeadOrderBy>>;
};


export type QueryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryPossibleDuplicatesArgs = {
  input: PossibleDuplicatesInput;
};


export type QueryRecordSharesArgs = {
  objectType: ShareableObject;
  recordId: Scalars['ID']['input'];
};


export type QuerySavedViewsArgs = {
  objectType: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
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


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UserOrderBy>>;
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

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey: ApiKey;
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

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: Scalars['String']['output'];
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

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Stage = {
  __typename?: 'Stage';
  forecastCategory: ForecastCategory;
  id: Scalars['ID']['output'];
  isLost: Scalars['Boolean']['output'];
  isWon: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** Win probability in percent. */
  probability: Scalars['Int']['output'];
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
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
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

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
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
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredChannel?: InputMaybe<PreferredChannel>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactPayload = {
  __typename?: 'UpdateContactPayload';
  contact: Contact;
};

export type UpdateCustomFieldInput = {
  /** false archives the field. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateLeadInput = {
  campaign?: InputMaybe<Scalars['String']['input']>;
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
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLeadPayload = {
  __typename?: 'UpdateLeadPayload';
  lead: Lead;
};

export type UpdateMyPreferencesInput = {
  locale: Locale;
};

export type UpdateMyPreferencesPayload = {
  __typename?: 'UpdateMyPreferencesPayload';
  user: User;
};

export type UpdateOpportunityInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  amount?: InputMaybe<Scalars['Float']['input']>;
  campaign?: InputMaybe<Scalars['String']['input']>;
  closeDate?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of admin-defined fields, by key (validated against their definitions). */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the default pipeline. */
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  primaryContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the first stage. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateOpportunityPayload = {
  __typename?: 'UpdateOpportunityPayload';
  opportunity: Opportunity;
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

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  locale: Locale;
  name: Scalars['String']['output'];
  role: Role;
  team?: Maybe<Team>;
  updatedAt: Scalars['DateTime']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
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
