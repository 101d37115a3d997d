import { Action, grantFor, ObjectName, OBJECTS } from './permissions';
import { narrowestScope, RecordScope, Role } from './roles';

/**
 * Who is acting: a signed-in person or an API key acting as a user.
 * `teamIds` is the team subtree the actor can see with a `team` scope: the actor's own team
 * plus every team they manage and those teams' descendants.
 */
export interface Actor {
  userId: string;
  role: Role;
  teamId: string | null;
  teamIds: string[];
  /** Present for API keys: the scopes the key was granted (`users:read`, …). */
  apiKeyScopes?: string[];
  apiKeyId?: string;
}

/** The scope this actor has on an object for an action, narrowed by an API key's scopes. */
export function scopeFor(actor: Actor, object: ObjectName, action: Action): RecordScope {
  const granted = grantFor(actor.role, object)[action];
  if (!actor.apiKeyScopes) return granted;
  const domain = OBJECTS[object].domain;
  // A write scope implies read: integrators who write usually need to read back what they wrote.
  const allowed =
    actor.apiKeyScopes.includes(`${domain}:${action}`) || (action === 'read' && actor.apiKeyScopes.includes(`${domain}:write`));
  return allowed ? granted : narrowestScope(granted, RecordScope.None);
}

/** Pure check of one record against a scope; the SQL scope in the repositories mirrors it. */
export function canAccessRecord(
  actor: Actor,
  object: ObjectName,
  action: Action,
  record: { ownerId: string | null; teamId: string | null },
): boolean {
  switch (scopeFor(actor, object, action)) {
    case RecordScope.All:
      return true;
    case RecordScope.Team:
      return record.ownerId === actor.userId || (record.teamId !== null && actor.teamIds.includes(record.teamId));
    case RecordScope.Own:
      return record.ownerId === actor.userId;
    default:
      return false;
  }
}
