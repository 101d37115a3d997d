import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AgentPresenceEntity, RoutingQueueEntity, RoutingQueueRuleEntity, RoutingQueueSkillEntity } from '../entities/routing.entity';

export type QueueWithSkills = RoutingQueueEntity & { skills: { skillKey: string; level: number }[] };

/** Routing set-up's SQL (issue 19 item 1): queues with their skills, the ordered rules, agents' profiles and presence. */
@Injectable()
export class RoutingSetupRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async queues(m: EntityManager = this.ds.manager, ids?: readonly string[]): Promise<QueueWithSkills[]> {
    const qb = m.getRepository(RoutingQueueEntity).createQueryBuilder('q').orderBy('q.name').addOrderBy('q.id');
    if (ids) qb.where('q.id = ANY(:ids)', { ids });
    const queues = await qb.getMany();
    const skills = await m.getRepository(RoutingQueueSkillEntity).createQueryBuilder('s').where('s.queue_id = ANY(:ids)', { ids: queues.map((q) => q.id) }).orderBy('s.skill_key').getMany();
    return queues.map((q) => Object.assign(q, { skills: skills.filter((s) => s.queueId === q.id).map((s) => ({ skillKey: s.skillKey, level: s.level })) }));
  }

  lockQueue(m: EntityManager, id: string): Promise<RoutingQueueEntity | null> {
    return m.getRepository(RoutingQueueEntity).createQueryBuilder('q').where('q.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async nameTaken(m: EntityManager, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM routing_queue WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`, [name, exceptId]);
    return rows.length > 0;
  }

  /** Whether following overflow from `to` ever comes back to `from` (a cycle would bounce items forever). */
  async overflowLeadsBack(m: EntityManager, from: string, to: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `WITH RECURSIVE chain(id) AS (SELECT $2::uuid UNION SELECT q.overflow_queue_id FROM routing_queue q JOIN chain ON q.id = chain.id WHERE q.overflow_queue_id IS NOT NULL)
       SELECT 1 FROM chain WHERE id = $1`,
      [from, to],
    );
    return rows.length > 0;
  }

  async saveQueue(m: EntityManager, values: Partial<RoutingQueueEntity>, skills: { skillKey: string; level: number }[] | undefined): Promise<string> {
    if (values.isDefault) await m.query(`UPDATE routing_queue SET is_default = false WHERE is_default AND id IS DISTINCT FROM $1`, [values.id ?? null]);
    const saved = await m.save(RoutingQueueEntity, m.create(RoutingQueueEntity, { ...values, updatedAt: new Date() }));
    if (skills) {
      await m.delete(RoutingQueueSkillEntity, { queueId: saved.id });
      if (skills.length) await m.insert(RoutingQueueSkillEntity, skills.map((s) => ({ queueId: saved.id, skillKey: s.skillKey, level: s.level })));
    }
    return saved.id;
  }

  async missingSkills(m: EntityManager, keys: readonly string[]): Promise<string[]> {
    const rows: { key: string }[] = await m.query(`SELECT key FROM service_skill WHERE key = ANY($1::text[])`, [keys]);
    const found = new Set(rows.map((r) => r.key));
    return keys.filter((k) => !found.has(k));
  }

  rules(m: EntityManager = this.ds.manager): Promise<RoutingQueueRuleEntity[]> {
    return m.getRepository(RoutingQueueRuleEntity).createQueryBuilder('r').orderBy('r.position').addOrderBy('r.id').getMany();
  }

  async saveRule(m: EntityManager, values: Partial<RoutingQueueRuleEntity>): Promise<RoutingQueueRuleEntity> {
    if (!values.id) {
      const rows: { next: number }[] = await m.query(`SELECT COALESCE(MAX(position), 0) + 1 AS next FROM routing_queue_rule`);
      values.position = Number(rows[0]!.next);
    }
    const saved = await m.save(RoutingQueueRuleEntity, m.create(RoutingQueueRuleEntity, values));
    // Read back: the database's defaults (active) are not on what save returns.
    return m.findOneByOrFail(RoutingQueueRuleEntity, { id: saved.id });
  }

  async ruleExists(m: EntityManager, id: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM routing_queue_rule WHERE id = $1`, [id])).length > 0;
  }

  async deleteRule(m: EntityManager, id: string): Promise<boolean> {
    const [, count] = (await m.query(`DELETE FROM routing_queue_rule WHERE id = $1`, [id])) as [unknown, number];
    return count > 0;
  }

  /** Positions 1, 2, … in the order given (every rule must be listed). */
  async reorderRules(m: EntityManager, ids: readonly string[]): Promise<void> {
    await m.query(`UPDATE routing_queue_rule r SET position = v.ord FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, ord) WHERE r.id = v.id`, [ids]);
  }

  async queueExists(m: EntityManager, id: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM routing_queue WHERE id = $1`, [id])).length > 0;
  }

  /** Profiles of the given users (all when none given), with the users' names. */
  async profiles(m: EntityManager = this.ds.manager, userIds?: readonly string[]): Promise<(AgentPresenceEntity & { name: string; email: string })[]> {
    const rows: (AgentPresenceEntity & { name: string; email: string })[] = await m.query(
      `SELECT p.user_id AS "userId", p.presence, p.presence_since AS "presenceSince", p.last_seen_at AS "lastSeenAt", p.auto_away AS "autoAway",
              p.languages, p.capacity, p.last_assigned_at AS "lastAssignedAt", u.name, u.email
         FROM agent_presence p JOIN app_user u ON u.id = p.user_id
        WHERE ($1::uuid[] IS NULL OR p.user_id = ANY($1::uuid[])) AND u.active
        ORDER BY u.name, u.id`,
      [userIds ?? null],
    );
    return rows;
  }

  async userNames(ids: readonly string[]): Promise<Map<string, { id: string; name: string; email: string }>> {
    const rows: { id: string; name: string; email: string }[] = await this.ds.query(`SELECT id, name, email FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Creates the profile when missing (offline, the default languages and capacity) and applies `patch`. */
  async upsertProfile(m: EntityManager, userId: string, patch: { languages?: string[]; capacity?: Record<string, number> }): Promise<void> {
    await m.query(
      `INSERT INTO agent_presence (user_id, languages, capacity) VALUES ($1, COALESCE($2::text[], '{en}'), COALESCE($3::jsonb, '{}'))
       ON CONFLICT (user_id) DO UPDATE SET languages = COALESCE($2::text[], agent_presence.languages), capacity = agent_presence.capacity || COALESCE($3::jsonb, '{}')`,
      [userId, patch.languages ?? null, patch.capacity ? JSON.stringify(patch.capacity) : null],
    );
  }

  /** Sets presence (creating the profile); returns the previous state, null when there was no profile. */
  async setPresence(m: EntityManager, userId: string, presence: string, now: Date): Promise<string | null> {
    const before: { presence: string }[] = await m.query(`SELECT presence FROM agent_presence WHERE user_id = $1 FOR UPDATE`, [userId]);
    await m.query(
      `INSERT INTO agent_presence (user_id, presence, presence_since, last_seen_at, auto_away) VALUES ($1, $2, $3, $3, false)
       ON CONFLICT (user_id) DO UPDATE SET presence = $2, presence_since = CASE WHEN agent_presence.presence = $2 THEN agent_presence.presence_since ELSE $3 END, last_seen_at = $3, auto_away = false`,
      [userId, presence, now],
    );
    return before[0]?.presence ?? null;
  }

  /** A sign of life: keeps `available` from turning away; undoes an away the system set. Returns whether that happened. */
  async touch(m: EntityManager, userId: string, now: Date): Promise<boolean> {
    const [rows]: [{ back: boolean }[]] = await m.query(
      `UPDATE agent_presence SET last_seen_at = $2,
              presence = CASE WHEN auto_away AND presence = 'away' THEN 'available' ELSE presence END,
              presence_since = CASE WHEN auto_away AND presence = 'away' THEN $2 ELSE presence_since END,
              auto_away = false
        WHERE user_id = $1
        RETURNING (presence = 'available' AND presence_since = $2) AS back`,
      [userId, now],
    );
    return rows[0]?.back ?? false;
  }
}
