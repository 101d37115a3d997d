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

export type DateTimeFilter = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['ID']['input']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  createApiKey: CreateApiKeyPayload;
  createTeam: CreateTeamPayload;
  createUser: CreateUserPayload;
  login: LoginPayload;
  logout: LogoutPayload;
  revokeApiKey: RevokeApiKeyPayload;
  updateMyPreferences: UpdateMyPreferencesPayload;
  updateTeam: UpdateTeamPayload;
  updateUser: UpdateUserPayload;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdateMyPreferencesInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

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

export type Query = {
  __typename?: 'Query';
  /** Every scope an API key can be granted. */
  apiKeyScopes: Array<Scalars['String']['output']>;
  apiKeys: ApiKeyConnection;
  /** The signed-in user (or the user an API key acts as). */
  me: User;
  /** The permission matrix: what each role may read and write. */
  roles: Array<RoleInfo>;
  /** Global search across everything the caller can see. */
  search: Array<SearchHit>;
  team?: Maybe<Team>;
  teams: TeamConnection;
  /** Null when the user does not exist or is not visible to you. */
  user?: Maybe<User>;
  users: UserConnection;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

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

export type UpdateMyPreferencesInput = {
  locale: Locale;
};

export type UpdateMyPreferencesPayload = {
  __typename?: 'UpdateMyPreferencesPayload';
  user: User;
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
