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
}

export function scopeCondition(
  actor: Actor,
  object: ObjectName,
  action: Action,
  columns: ScopeColumns,
): { sql: string; params: Record<string, unknown> } {
  const scope = scopeFor(actor, object, action);
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
