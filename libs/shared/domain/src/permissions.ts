import { RecordScope, Role } from './roles';

export type Action = 'read' | 'write';

/**
 * Objects that carry permissions. Each domain adds its objects here when it lands;
 * the API-key scopes (`<domain>:<action>`) are derived from the `domain` of each object.
 */
export const OBJECTS = {
  user: { domain: 'users' },
  team: { domain: 'users' },
  apiKey: { domain: 'admin' },
  auditLog: { domain: 'admin' },
} as const;

export type ObjectName = keyof typeof OBJECTS;

interface Grant {
  read: RecordScope;
  write: RecordScope;
}

const { None, Own, Team, All } = RecordScope;
const g = (read: RecordScope, write: RecordScope): Grant => ({ read, write });

/**
 * The permission table: role × object → the scope of records it may read and write.
 * Users: everyone reads their own profile; managers read their team; only admins manage.
 * Teams: managers see their subtree; reps see the team they belong to.
 */
const TABLE: Record<Role, Record<ObjectName, Grant>> = {
  [Role.Admin]: { user: g(All, All), team: g(All, All), apiKey: g(All, All), auditLog: g(All, None) },
  [Role.SalesManager]: { user: g(Team, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Team, None) },
  [Role.SalesRep]: { user: g(Own, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Own, None) },
  [Role.Marketer]: { user: g(Own, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Own, None) },
  [Role.ServiceManager]: { user: g(Team, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Team, None) },
  [Role.ServiceAgent]: { user: g(Own, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Own, None) },
  [Role.PortalUser]: { user: g(Own, None), team: g(None, None), apiKey: g(None, None), auditLog: g(None, None) },
  [Role.Integration]: { user: g(All, None), team: g(All, None), apiKey: g(None, None), auditLog: g(None, None) },
};

export function grantFor(role: Role, object: ObjectName): Grant {
  return TABLE[role][object];
}

export function permissionMatrix(): { role: Role; permissions: { object: ObjectName; read: RecordScope; write: RecordScope }[] }[] {
  return (Object.keys(TABLE) as Role[]).map((role) => ({
    role,
    permissions: (Object.keys(OBJECTS) as ObjectName[]).map((object) => ({ object, ...TABLE[role][object] })),
  }));
}

/** Every scope an API key can carry, e.g. `users:read`. */
export function apiKeyScopes(): string[] {
  const domains = [...new Set(Object.values(OBJECTS).map((o) => o.domain))];
  return domains.flatMap((d) => [`${d}:read`, `${d}:write`]).sort();
}
