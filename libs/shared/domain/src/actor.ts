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
  /**
   * Present for customers (portal users): the contact they are. Their `own` and `team` scopes
   * reach the records of that contact, and of its account when they are the account's service
   * admin; never records by owner or team (they own none) and never through shares or parents.
   */
  customer?: CustomerIdentity;
}

export interface CustomerIdentity {
  contactId: string;
  accountId: string | null;
  /** The contact is their account's service admin: they see all of the account's cases. */
  accountAdmin: boolean;
}

/**
 * Customers reach customers' records only as the contact they are: a customer is whoever carries an
 * identity, or whose role the permission table lets reach portal cases (such a login without an
 * identity reaches none).
 */
export const isCustomerActor = (actor: Actor): boolean => actor.customer !== undefined || grantFor(actor.role, 'portalCase').read !== RecordScope.None;

/** Whether a record of a contact (and account) is the customer's own: their contact's, or their account's when they are its admin. */
export function isCustomersRecord(customer: CustomerIdentity, record: { contactId?: string | null; accountId?: string | null }): boolean {
  if (record.contactId && record.contactId === customer.contactId) return true;
  return customer.accountAdmin && customer.accountId !== null && record.accountId === customer.accountId;
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
  record: { ownerId: string | null; teamId: string | null; contactId?: string | null; accountId?: string | null },
): boolean {
  const scope = scopeFor(actor, object, action);
  // A customer's record (one with a contact and account) is reached as the customer, not by owner.
  const customersRecord = 'contactId' in record || 'accountId' in record;
  if (isCustomerActor(actor) && customersRecord && scope !== RecordScope.None && scope !== RecordScope.All) return !!actor.customer && isCustomersRecord(actor.customer, record);
  switch (scope) {
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

/**
 * The same rule for people instead of records: whether what this person owns is within the actor's
 * scope (whose forecast a manager sees, to whom a lead may be given). A person's records carry
 * their id as owner and their team as team.
 */
export function reachesUser(actor: Actor, object: ObjectName, action: Action, user: { id: string; teamId: string | null }): boolean {
  return canAccessRecord(actor, object, action, { ownerId: user.id, teamId: user.teamId });
}

/** Whether every record of a whole team is within the actor's scope: an `all` scope, or a `team` scope over that team. */
export function reachesTeam(actor: Actor, object: ObjectName, action: Action, teamId: string | null): boolean {
  const scope = scopeFor(actor, object, action);
  return scope === RecordScope.All || (scope === RecordScope.Team && teamId !== null && actor.teamIds.includes(teamId));
}
