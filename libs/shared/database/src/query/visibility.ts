import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Action, Actor, isCustomerActor, ObjectName, RecordScope, scopeFor } from '@rapport/shared-domain';

/**
 * The single place where record visibility becomes SQL (docs/adr/0008). Repositories start every
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
  /** SQL expression of the parent's id, for objects read through a parent too (RECORD_PARENTS). */
  parentId?: string;
  /** SQL expressions of the record's contact and account, for objects customers reach (Actor.customer). */
  customer?: { contact: string; account: string };
}

interface Sql {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The scope as the conditions it ORs together: the actor's own records, their teams' records, the
 * records shared with them. One condition (TRUE, FALSE or owner only) when there is nothing to OR.
 */
function scopeParts(actor: Actor, object: ObjectName, action: Action, columns: ScopeColumns): Sql[] {
  const scope = scopeFor(actor, object, action);
  if (scope === RecordScope.All) return [{ sql: 'TRUE', params: {} }];
  if (scope === RecordScope.None) return [{ sql: 'FALSE', params: {} }];
  if (isCustomerActor(actor) && columns.customer) return customerParts(actor.customer, columns.customer);
  const parts: Sql[] = [{ sql: `${columns.owner} = :scopeUserId`, params: { scopeUserId: actor.userId } }];
  if (scope === RecordScope.Team && columns.team && actor.teamIds.length > 0) {
    parts.push({ sql: `${columns.team} IN (:...scopeTeamIds)`, params: { scopeTeamIds: actor.teamIds } });
  }
  // Sharing widens own/team reach; it never grants an object the role may not touch at all.
  if (columns.shareId) {
    // One parameter name per object, so several objects' scopes can share a statement (timeline).
    const objectParam = `scopeObject_${object}`;
    const shared = `SELECT rs.record_id FROM record_share rs WHERE rs.object_type = :${objectParam}
      AND (rs.user_id = :scopeUserId${actor.teamId ? ' OR rs.team_id = :scopeOwnTeamId' : ''})${action === 'write' ? ` AND rs.access = 'write'` : ''}`;
    // The shared ids twice, on purpose. Checked row by row (a filter, e.g. while an index is walked
    // in sort order), `IN (…)` is one hash probe per row. `= ANY(ARRAY(…))` is what lets PostgreSQL
    // fetch the shared rows through the primary key (and OR them with the owner index, BitmapOr,
    // when few rows are visible); as a filter it would scan the array for every row, but it is only
    // reached for rows the hash probe has already accepted. (A correlated EXISTS can be neither.)
    parts.push({
      sql: `(${columns.shareId} IN (${shared}) AND ${columns.shareId} = ANY(ARRAY(${shared})))`,
      params: { scopeUserId: actor.userId, [objectParam]: object, ...(actor.teamId ? { scopeOwnTeamId: actor.teamId } : {}) },
    });
  }
  // Read through the parent: whoever may read the parent reads the record, if their role reads the
  // object at all (scope not none, checked above). Writes never come through a parent.
  const parent = RECORD_PARENTS[object];
  if (parent && columns.parentId && action === 'read') parts.push(visibleRecordCondition(actor, parent.object, 'read', columns.parentId));
  return parts;
}

/**
 * A customer's own and team scope over a customer's records (those with customer columns): their
 * contact's, and their account's when they are its service admin (the same rule as
 * `isCustomersRecord`); a customer login linked to no contact reaches none. Elsewhere a customer is
 * like anyone by owner and team (they own nothing but their own user profile).
 */
function customerParts(customer: Actor['customer'], columns: { contact: string; account: string }): Sql[] {
  if (!customer) return [{ sql: 'FALSE', params: {} }];
  const parts: Sql[] = [{ sql: `${columns.contact} = :scopeContactId`, params: { scopeContactId: customer.contactId } }];
  if (customer.accountAdmin && customer.accountId) parts.push({ sql: `${columns.account} = :scopeAccountId`, params: { scopeAccountId: customer.accountId } });
  return parts;
}

const merged = (parts: Sql[]) => Object.assign({}, ...parts.map((p) => p.params)) as Record<string, unknown>;

export function scopeCondition(actor: Actor, object: ObjectName, action: Action, columns: ScopeColumns): Sql {
  const parts = scopeParts(actor, object, action, columns);
  return parts.length === 1 ? parts[0] : { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: merged(parts) };
}

/**
 * The same scope split into disjoint arms whose union is exactly the scope: own records; team
 * records that are not the actor's own; shared records that are neither. Counting each arm
 * separately (with the scope still in the WHERE) lets `owner = me` be an index condition on an
 * owner-led index instead of a filter over every row the other conditions match. Undefined when
 * the scope is a single condition.
 */
export function scopeArms(actor: Actor, object: ObjectName, action: Action, columns: ScopeColumns): Sql[] | undefined {
  const parts = scopeParts(actor, object, action, columns);
  if (parts.length === 1) return undefined;
  return parts.map((part, i) => {
    const earlier = parts.slice(0, i);
    // COALESCE: a NULL owner or team is "not that arm", not unknown.
    return earlier.length ? { sql: `(${part.sql} AND NOT COALESCE(${earlier.map((p) => p.sql).join(' OR ')}, FALSE))`, params: merged([...earlier, part]) } : part;
  });
}

/** The arms of the scope applied to a query builder (kept beside it, so list paging can count by arm). */
const ARMS = new WeakMap<object, Sql[]>();

export function scopeArmsOf(qb: object): Sql[] | undefined {
  return ARMS.get(qb);
}

export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  object: ObjectName,
  action: Action,
  columns: ScopeColumns,
): SelectQueryBuilder<T> {
  const { sql, params } = scopeCondition(actor, object, action, columns);
  const arms = scopeArms(actor, object, action, columns);
  if (arms) ARMS.set(qb, arms);
  return qb.andWhere(sql, params);
}

/**
 * Owned records: tables whose rows carry `owner_id`, `team_id` and a shareable `id`, by the
 * permission object that governs them. Lets one statement ask "may this actor read record X of
 * type T?" for any T (a timeline event, a reference in an input). Each domain adds its records.
 */
export const RECORD_TABLES: Partial<Record<ObjectName, string>> = {
  account: 'account',
  contact: 'contact',
  lead: 'lead',
  opportunity: 'opportunity',
  activity: 'activity',
  quote: 'quote',
  commitment: 'commitment',
  campaign: 'campaign',
  event: 'event',
  case: 'service_case',
};

/**
 * Records that are read through a parent as well as by their own scope: a service case through its
 * account (the rep who owns the customer sees the customer's problems). `column` holds the parent's
 * id on the record's table; a record without a parent (null) is reached by its own scope only.
 */
export const RECORD_PARENTS: Partial<Record<ObjectName, { object: ObjectName; column: string }>> = {
  case: { object: 'account', column: 'account_id' },
  // A visit through its case (and so, in turn, through the case's account).
  workOrder: { object: 'case', column: 'case_id' },
};

/** SQL that is true when the row of `object` whose id is the SQL expression `idExpr` is within the actor's scope. */
export function visibleRecordCondition(actor: Actor, object: ObjectName, action: Action, idExpr: string): Sql {
  const table = RECORD_TABLES[object];
  const scope = scopeFor(actor, object, action);
  if (!table || scope === RecordScope.None) return { sql: 'FALSE', params: {} };
  const alias = `vis_${object}`;
  const parent = RECORD_PARENTS[object];
  const { sql, params } = scopeCondition(actor, object, action, { owner: `${alias}.owner_id`, team: `${alias}.team_id`, shareId: `${alias}.id`, parentId: parent ? `${alias}.${parent.column}` : undefined });
  // With an `all` scope the row still has to exist: a reference to nothing is not visible either.
  return { sql: `EXISTS (SELECT 1 FROM ${table} ${alias} WHERE ${alias}.id = ${idExpr} AND ${sql})`, params };
}

/**
 * Timeline events a reader may see on a subject they may read: those about the subject itself, and
 * those describing another record (`object_type`, `object_id`) only when the reader may read that
 * record. An object type nobody registered is hidden (fail closed).
 */
export function visibleTimelineCondition(actor: Actor, alias: string): Sql {
  const arms = (Object.keys(RECORD_TABLES) as ObjectName[])
    .filter((object) => scopeFor(actor, object, 'read') !== RecordScope.None)
    .map((object) => {
      const c = visibleRecordCondition(actor, object, 'read', `${alias}.object_id`);
      return { sql: `WHEN '${object}' THEN ${c.sql}`, params: c.params };
    });
  const cases = arms.length ? `(CASE ${alias}.object_type ${arms.map((a) => a.sql).join(' ')} ELSE FALSE END)` : 'FALSE';
  return { sql: `(${alias}.object_type IS NULL OR ${cases})`, params: merged(arms) };
}
