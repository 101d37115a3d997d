import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Action, Actor, ALL_ROLES, ObjectName } from '@rapport/shared-domain';
import { ApiKeyEntity, applyScope, columnFieldMap, FieldMap, ScopeColumns, TeamEntity, UserEntity } from '@rapport/shared-database';

/**
 * Thin repositories: every read for an actor starts from `scoped(actor, action)`, which applies the
 * one visibility rule. Nothing else in the auth lib builds a query on these tables for an actor.
 * The sign-in and session lookups below run before there is an actor; they hold the auth lib's SQL
 * so the services keep only the rules. Each scoped repository names its table, alias, permission
 * object and the columns that say who owns a row and which team it belongs to.
 */
abstract class ScopedRepository<T extends ObjectLiteral> {
  protected constructor(
    protected readonly ds: DataSource,
    private readonly table: { entity: new () => T; alias: string; object: ObjectName; columns: ScopeColumns },
  ) {}

  scoped(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<T> {
    const { entity, alias, object, columns } = this.table;
    return applyScope(manager.createQueryBuilder(entity, alias), actor, object, action, columns);
  }
}

@Injectable()
export class UsersRepository extends ScopedRepository<UserEntity> {
  static readonly fields: FieldMap = columnFieldMap('u', {
    id: 'id',
    email: 'string',
    name: 'string',
    role: { type: 'enum', enumValues: ALL_ROLES },
    active: 'boolean',
    teamId: 'id',
    createdAt: 'datetime',
  });

  constructor(@InjectDataSource() ds: DataSource) {
    // A user "owns" their own profile and belongs to their team.
    super(ds, { entity: UserEntity, alias: 'u', object: 'user', columns: { owner: 'u.id', team: 'u.team_id' } });
  }

  /** Sign-in only: the user by normalised email, with the password hash the entity normally leaves out. */
  findWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }
}

@Injectable()
export class TeamsRepository extends ScopedRepository<TeamEntity> {
  static readonly fields: FieldMap = columnFieldMap('t', { id: 'id', name: 'string', parentId: 'id' });

  constructor(@InjectDataSource() ds: DataSource) {
    // A manager "owns" the teams they lead; a team-scoped actor sees their subtree.
    super(ds, { entity: TeamEntity, alias: 't', object: 'team', columns: { owner: 't.manager_id', team: 't.id' } });
  }
}

@Injectable()
export class ApiKeysRepository extends ScopedRepository<ApiKeyEntity> {
  constructor(@InjectDataSource() ds: DataSource) {
    super(ds, { entity: ApiKeyEntity, alias: 'k', object: 'apiKey', columns: { owner: 'k.created_by', team: null } });
  }

  /** Authentication only: the key by prefix, with its secret hash and the user it acts as. */
  findWithSecret(prefix: string): Promise<ApiKeyEntity | null> {
    return this.ds
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .addSelect('k.secretHash')
      .innerJoinAndSelect('k.actsAs', 'u')
      .where('k.prefix = :prefix', { prefix })
      .getOne();
  }

  /** Records use at most once a minute: a write per request would dominate busy integrations. */
  async touchLastUsed(id: string) {
    await this.ds.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [id]);
  }
}

/** A session joined with its user and team subtree: what a request needs to become an actor. */
export interface SessionActorRow {
  id: string;
  role: Actor['role'];
  team_id: string | null;
  locale: string;
  team_ids: string[];
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** One round trip per request: the live session, its active user and the user's team subtree; null when any is missing. */
  async actorRow(sessionId: string, userId: string): Promise<SessionActorRow | null> {
    const [row] = await this.ds.query(
      `WITH RECURSIVE me AS (
         SELECT u.id, u.role, u.team_id, u.locale FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
       ), sub AS (
         SELECT t.id FROM team t, me WHERE t.manager_id = me.id OR t.id = me.team_id
         UNION
         SELECT t.id FROM team t JOIN sub ON t.parent_id = sub.id
       )
       SELECT me.id, me.role, me.team_id, me.locale, ARRAY(SELECT id FROM sub) AS team_ids FROM me`,
      [sessionId, userId],
    );
    return row ?? null;
  }

  /** Ends every open session of a user. */
  async revokeAll(m: EntityManager, userId: string) {
    await m.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}

/** Failed sign-ins in `login_attempt`; AuthService decides the limits. Every method runs in the caller's transaction. */
@Injectable()
export class LoginAttemptsRepository {
  /**
   * Serialises attempts for the same email or address for the rest of the transaction. The locks
   * are taken in sorted order, so two attempts never hold one each; a statement of its own, so a
   * count that follows reads a snapshot taken after the locks.
   */
  async lock(m: EntityManager, emailKey: string, ipKey: string) {
    const [first, second] = [emailKey, ipKey].sort();
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0)), pg_advisory_xact_lock(hashtextextended($2, 0))`, [first, second]);
  }

  /** Failures since `since` for the email and for the address, and when the email's oldest one was. */
  async failuresSince(m: EntityManager, email: string, ip: string, since: Date): Promise<{ byEmail: number; byIp: number; oldest: Date | null }> {
    const [row] = await m.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip,
              min(at) FILTER (WHERE email = $1) AS oldest
         FROM login_attempt
        WHERE at > $3 AND NOT succeeded AND (email = $1 OR ip = $2)`,
      [email, ip, since],
    );
    return { byEmail: row.by_email, byIp: row.by_ip, oldest: row.oldest ? new Date(row.oldest) : null };
  }

  /** Records an attempt as a failure (sign-in marks it a success once the password checks out); returns its id. */
  async recordFailure(m: EntityManager, email: string, ip: string): Promise<string> {
    const [attempt] = (await m.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`, [email, ip])) as { id: string }[];
    return attempt.id;
  }
}
