export enum Role {
  Admin = 'admin',
  SalesManager = 'sales_manager',
  SalesRep = 'sales_rep',
  Marketer = 'marketer',
  ServiceManager = 'service_manager',
  ServiceAgent = 'service_agent',
  PortalUser = 'portal_user',
  Integration = 'integration',
}

export const ALL_ROLES: Role[] = Object.values(Role);

/**
 * How far a permission reaches. Ordered: each scope includes the ones before it.
 * - own: records the actor owns
 * - team: records owned by or assigned to the actor's team subtree (own included)
 * - all: every record
 */
export enum RecordScope {
  None = 'none',
  Own = 'own',
  Team = 'team',
  All = 'all',
}

const SCOPE_RANK: Record<RecordScope, number> = {
  [RecordScope.None]: 0,
  [RecordScope.Own]: 1,
  [RecordScope.Team]: 2,
  [RecordScope.All]: 3,
};

export function narrowestScope(a: RecordScope, b: RecordScope): RecordScope {
  return SCOPE_RANK[a] <= SCOPE_RANK[b] ? a : b;
}

export function widestScope(a: RecordScope, b: RecordScope): RecordScope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}
