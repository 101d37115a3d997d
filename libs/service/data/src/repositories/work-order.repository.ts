import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { applyScope } from '@rapport/shared-database';
import type { Action, Actor } from '@rapport/shared-domain';
import type { TechnicianFacts } from '@rapport/service-domain';
import { ServiceSkillEntity, UserSkillEntity, WorkOrderEntity } from '../entities/work-order.entity';

/**
 * Work orders' and skills' SQL (issue 18 item 7, ADR 0023). Every read of a work order starts from
 * `workOrders(actor, action)`: the work order scope, whose own arm is the technician sent and whose
 * read-through arm is the case (RECORD_PARENTS), so whoever reads a case reads its visits.
 */
@Injectable()
export class WorkOrderRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  workOrders(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<WorkOrderEntity> {
    return applyScope(manager.createQueryBuilder(WorkOrderEntity, 'w'), actor, 'workOrder', action, {
      owner: 'w.technician_id',
      // The technician's team: a manager reads the visits of the people they lead.
      team: '(SELECT tu.team_id FROM app_user tu WHERE tu.id = w.technician_id)',
      parentId: 'w.case_id',
    });
  }

  /** A work order by id, locked, whoever asks (the customer's confirmation link: the signed token is the permission). */
  lockById(m: EntityManager, id: string): Promise<WorkOrderEntity | null> {
    return m.getRepository(WorkOrderEntity).createQueryBuilder('w').where('w.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** The next number of a visit within its case (the case row is locked by the caller, so two creations wait for each other). */
  async nextSequence(m: EntityManager, caseId: string): Promise<number> {
    const rows: { next: number }[] = await m.query(`SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM work_order WHERE case_id = $1`, [caseId]);
    return Number(rows[0]!.next);
  }

  /** Case numbers by case id (a visit is shown as `CS-2026-000123-V1`, also to a technician who cannot read the case). */
  async caseNumbers(caseIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; number: string }[] = await this.ds.query(`SELECT id, number FROM service_case WHERE id = ANY($1::uuid[])`, [caseIds]);
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  /** Counts a visit against a contract, in the caller's transaction; returns what is left (null: visits not counted). */
  async countVisit(m: EntityManager, entitlementId: string): Promise<{ visitsTotal: number | null; visitsUsed: number } | null> {
    // node-postgres answers an UPDATE with [rows, count] through TypeORM: the rows are the first element.
    const [rows]: [{ visits_total: number | null; visits_used: number }[], number] = await m.query(
      `UPDATE entitlement SET visits_used = visits_used + 1, updated_at = now() WHERE id = $1 RETURNING visits_total, visits_used`,
      [entitlementId],
    );
    return rows[0] ? { visitsTotal: rows[0].visits_total, visitsUsed: rows[0].visits_used } : null;
  }

  async entitlementVisits(entitlementIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, { visitsTotal: number | null; visitsUsed: number }>> {
    const rows: { id: string; visits_total: number | null; visits_used: number }[] = await m.query(`SELECT id, visits_total, visits_used FROM entitlement WHERE id = ANY($1::uuid[])`, [entitlementIds]);
    return new Map(rows.map((r) => [r.id, { visitsTotal: r.visits_total, visitsUsed: r.visits_used }]));
  }

  async signature(id: string): Promise<Buffer | null> {
    const rows: { signature_png: Buffer | null }[] = await this.ds.query(`SELECT signature_png FROM work_order WHERE id = $1`, [id]);
    return rows[0]?.signature_png ?? null;
  }

  /**
   * "Who should we send?": everyone active with the skill at the level or above, with their visits
   * that day (in the zone given; cancelled ones and this visit left out) and the visits they
   * completed for the account before. One statement.
   */
  async technicianFacts(q: { skillKey: string; level: number; day: string; timeZone: string; accountId: string | null; workOrderId: string }): Promise<TechnicianFacts[]> {
    const rows: { id: string; name: string; level: number; visits_that_day: number; past_visits: number }[] = await this.ds.query(
      `SELECT u.id, u.name, us.level,
              (SELECT count(*) FROM work_order o
                WHERE o.technician_id = u.id AND o.status <> 'cancelled' AND o.id <> $5
                  AND (o.slot_start AT TIME ZONE $4)::date = $3::date)::int AS visits_that_day,
              (SELECT count(*) FROM work_order o JOIN service_case k ON k.id = o.case_id
                WHERE o.technician_id = u.id AND o.status = 'done' AND k.account_id = $6)::int AS past_visits
         FROM user_skill us JOIN app_user u ON u.id = us.user_id AND u.active
        WHERE us.skill_key = $1 AND us.level >= $2
        ORDER BY u.id LIMIT 200`,
      [q.skillKey, q.level, q.day, q.timeZone, q.workOrderId, q.accountId],
    );
    return rows.map((r) => ({ userId: r.id, name: r.name, level: r.level, visitsThatDay: r.visits_that_day, pastVisits: r.past_visits }));
  }

  /** What a technician may be sent as: active, and their role works visits at all. */
  async userForAssignment(m: EntityManager, userId: string): Promise<{ id: string; role: string; active: boolean } | null> {
    const rows: { id: string; role: string; active: boolean }[] = await m.query(`SELECT id, role, active FROM app_user WHERE id = $1`, [userId]);
    return rows[0] ?? null;
  }

  /** Where a case's contact gets mail about a visit: their first address, name and language; null when they are gone. */
  async contactForMail(m: EntityManager, contactId: string): Promise<{ email: string; name: string; locale: string | null } | null> {
    const rows: { email: string | null; first_name: string | null; last_name: string | null; locale: string | null }[] = await m.query(
      `SELECT emails[1] AS email, first_name, last_name, locale FROM contact WHERE id = $1 AND deleted_at IS NULL`,
      [contactId],
    );
    const r = rows[0];
    if (!r?.email) return null;
    // Chinese names are written family name first without a space; the contact's language decides.
    const parts = r.locale === 'en' || !r.locale ? [r.first_name, r.last_name] : [r.last_name, r.first_name];
    return { email: r.email, name: parts.filter(Boolean).join(r.locale === 'en' || !r.locale ? ' ' : '') || r.email, locale: r.locale };
  }

  // ---- skills ---------------------------------------------------------------------------------

  skills(m: EntityManager = this.ds.manager): Promise<ServiceSkillEntity[]> {
    return m.getRepository(ServiceSkillEntity).find({ order: { key: 'ASC' } });
  }

  async skillExists(m: EntityManager, key: string): Promise<boolean> {
    return ((await m.query(`SELECT 1 FROM service_skill WHERE key = $1 AND active`, [key])) as unknown[]).length > 0;
  }

  async saveSkill(m: EntityManager, skill: { key: string; names: Record<string, string>; active: boolean }): Promise<ServiceSkillEntity> {
    await m.query(`INSERT INTO service_skill (key, names, active) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET names = EXCLUDED.names, active = EXCLUDED.active`, [skill.key, skill.names, skill.active]);
    return m.findOneByOrFail(ServiceSkillEntity, { key: skill.key });
  }

  /** Replaces a person's skills with these (one statement each way, in the caller's transaction). */
  async setUserSkills(m: EntityManager, userId: string, skills: readonly { skillKey: string; level: number }[]): Promise<void> {
    await m.query(`DELETE FROM user_skill WHERE user_id = $1 AND NOT (skill_key = ANY($2::text[]))`, [userId, skills.map((s) => s.skillKey)]);
    if (!skills.length) return;
    await m.query(
      `INSERT INTO user_skill (user_id, skill_key, level) SELECT $1, v.skill_key, v.level FROM unnest($2::text[], $3::int[]) AS v(skill_key, level)
       ON CONFLICT (user_id, skill_key) DO UPDATE SET level = EXCLUDED.level`,
      [userId, skills.map((s) => s.skillKey), skills.map((s) => s.level)],
    );
  }

  /** People's skills, by user id. */
  /** Active people with at least one skill (technicians), by name, with their team. */
  technicians(): Promise<{ id: string; name: string; email: string; teamId: string | null }[]> {
    return this.ds.query(
      `SELECT u.id, u.name, u.email, u.team_id AS "teamId" FROM app_user u WHERE u.active AND EXISTS (SELECT 1 FROM user_skill us WHERE us.user_id = u.id) ORDER BY u.name, u.id`,
    );
  }

  async userSkills(userIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, UserSkillEntity[]>> {
    const rows = await m.getRepository(UserSkillEntity).createQueryBuilder('s').where('s.user_id = ANY(:ids)', { ids: [...userIds] }).orderBy('s.skill_key', 'ASC').getMany();
    const out = new Map<string, UserSkillEntity[]>(userIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.userId)?.push(r);
    return out;
  }
}
