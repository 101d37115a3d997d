import { Actor, canAccessRecord, scopeFor } from './actor';
import { Action, ObjectName, OBJECTS } from './permissions';
import { RecordScope } from './roles';

/** How far a record_share row lets its user (or team) in. */
export type ShareAccess = 'read' | 'write';

/**
 * What a decision about one loaded record needs: its owner and team (always on the row), and the
 * widest share of it with the actor or the actor's own team when the caller looked that up.
 */
export interface RecordFacts {
  ownerId: string | null;
  teamId: string | null;
  /** Undefined or null: no share counted (see `shareCouldMatter` for when to look). */
  sharedAccess?: ShareAccess | null;
}

/**
 * The scope SQL (`applyScope` in shared-database) for one loaded record: the permission table's
 * own/team/all reach, widened by a share — a write share for changes, any share for reading — but
 * never for an object the role may not touch at all. Services authorise through the SQL; fields
 * that tell the SPA what it may do (`viewerCan`) decide through this, and an integration test
 * holds the two to the same answers.
 */
export function mayActOn(actor: Actor, object: ObjectName, action: Action, record: RecordFacts): boolean {
  if (scopeFor(actor, object, action) === RecordScope.None) return false;
  if (canAccessRecord(actor, object, action, record)) return true;
  return record.sharedAccess === 'write' || (action === 'read' && record.sharedAccess === 'read');
}

/**
 * Whether looking up the record's shares could change `mayActOn`: only with an own or team scope
 * on a record outside it. Lists ask this first, so most rows cost no share lookup at all and the
 * rest one batched query.
 */
export function shareCouldMatter(actor: Actor, object: ObjectName, action: Action, record: RecordFacts): boolean {
  const scope = scopeFor(actor, object, action);
  return scope !== RecordScope.None && scope !== RecordScope.All && !canAccessRecord(actor, object, action, record);
}

/** One row of what a viewer may do: the same shape as a role's row of the permission table. */
export interface ObjectGrant {
  object: ObjectName;
  read: RecordScope;
  write: RecordScope;
}

/**
 * Everything this actor may do, object by object, from the permission table and narrowed by an
 * API key's scopes exactly as every service narrows it (`scopeFor`). The SPA derives its menus,
 * routes and buttons from this list.
 */
export function grantsOf(actor: Actor): ObjectGrant[] {
  return (Object.keys(OBJECTS) as ObjectName[]).map((object) => ({ object, read: scopeFor(actor, object, 'read'), write: scopeFor(actor, object, 'write') }));
}
