import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Action, Actor, ObjectName, RecordScope, scopeFor } from '@rapport/shared-domain';

/**
 * The single place where record visibility becomes SQL (DESIGN §6). Repositories start every
 * read from `applyScope`, so resolvers, REST controllers, exports, search and jobs all see the
 * same rows. `canAccessRecord` in shared-domain is the same rule for one loaded record.
 */
export interface ScopeColumns {
  /** SQL expression of the owning user id. */
  owner: string;
  /** SQL expression of the owning team id (or null when the object has no team). */
  team: string | null;
  /** SQL expression of the record id, for objects that can be shared (record_share). */
  shareId?: string;
}

export function scopeCondition(
  actor: Actor,
  object: ObjectName,
  action: Action,
  columns: ScopeColumns,
): { sql: string; params: Record<string, unknown> } {
  const scope = scopeFor(actor, object, action);
  const base = ownershipCondition(actor, scope, columns);
  // Sharing widens own/team reach; it never grants an object the role may not touch at all.
  if (!columns.shareId || scope === RecordScope.All || scope === RecordScope.None) return base;
  const share = `EXISTS (SELECT 1 FROM record_share rs WHERE rs.object_type = :scopeObject AND rs.record_id = ${columns.shareId}
      AND (rs.user_id = :scopeUserId${actor.teamId ? ' OR rs.team_id = :scopeOwnTeamId' : ''})${action === 'write' ? ` AND rs.access = 'write'` : ''})`;
  return {
    sql: `(${base.sql} OR ${share})`,
    params: { ...base.params, scopeUserId: actor.userId, scopeObject: object, ...(actor.teamId ? { scopeOwnTeamId: actor.teamId } : {}) },
  };
}

function ownershipCondition(actor: Actor, scope: RecordScope, columns: ScopeColumns): { sql: string; params: Record<string, unknown> } {
  switch (scope) {
    case RecordScope.All:
      return { sql: 'TRUE', params: {} };
    case RecordScope.Team:
      if (columns.team && actor.teamIds.length > 0) {
        return {
          sql: `(${columns.owner} = :scopeUserId OR ${columns.team} IN (:...scopeTeamIds))`,
          params: { scopeUserId: actor.userId, scopeTeamIds: actor.teamIds },
        };
      }
      return { sql: `${columns.owner} = :scopeUserId`, params: { scopeUserId: actor.userId } };
    case RecordScope.Own:
      return { sql: `${columns.owner} = :scopeUserId`, params: { scopeUserId: actor.userId } };
    default:
      return { sql: 'FALSE', params: {} };
  }
}

export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  object: ObjectName,
  action: Action,
  columns: ScopeColumns,
): SelectQueryBuilder<T> {
  const { sql, params } = scopeCondition(actor, object, action, columns);
  return qb.andWhere(sql, params);
}
