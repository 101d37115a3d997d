import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { applyScope, fieldMapOf, type FieldMap } from '@rapport/shared-database';
import { CASE, type StoredCaseEvent } from '@rapport/service-domain';
import type { Action, Actor, BusinessCalendar } from '@rapport/shared-domain';
import { CaseEntity, CaseEventEntity, CaseMessageEntity, CaseStatusEntity } from '../entities/case.entity';
import { BusinessCalendarEntity } from '../entities/business-calendar.entity';

/**
 * Cases' SQL (issue 18). Every read and write of a case starts from `cases(actor, action)`, the
 * case scope (ADR 0008) with its read-through-the-account arm (RECORD_PARENTS); the thread and the
 * event log are read through a case the caller was shown.
 */
@Injectable()
export class CaseRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  cases(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<CaseEntity> {
    return applyScope(manager.createQueryBuilder(CaseEntity, 'k'), actor, 'case', action, { owner: 'k.owner_id', team: 'k.team_id', shareId: 'k.id', parentId: 'k.account_id' }).andWhere(
      'k.deleted_at IS NULL',
    );
  }

  /** The next number of a year: the counter row's lock serialises concurrent creations, so numbers are unique and without gaps. */
  async nextNumber(m: EntityManager, year: number): Promise<number> {
    const rows: { last: number }[] = await m.query(
      `INSERT INTO case_number_counter (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = case_number_counter.last + 1 RETURNING last`,
      [year],
    );
    return rows[0]!.last;
  }

  statuses(m: EntityManager = this.ds.manager): Promise<CaseStatusEntity[]> {
    return m.getRepository(CaseStatusEntity).find({ order: { position: 'ASC', key: 'ASC' } });
  }

  async appendEvents(m: EntityManager, caseId: string, actorId: string | null, events: readonly { kind: string; at: Date; data?: Record<string, unknown> }[]): Promise<void> {
    if (!events.length) return;
    await m.insert(
      CaseEventEntity,
      events.map((e) => ({ caseId, actorId, kind: e.kind, at: e.at, data: (e.data ?? {}) as never })),
    );
  }

  /** The event logs of some cases, in order, by case id. */
  async eventLogs(caseIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, StoredCaseEvent[]>> {
    const rows = await m.getRepository(CaseEventEntity).createQueryBuilder('e').where('e.case_id = ANY(:ids)', { ids: [...caseIds] }).orderBy('e.at', 'ASC').addOrderBy('e.seq', 'ASC').getMany();
    const out = new Map<string, StoredCaseEvent[]>(caseIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.caseId)?.push({ kind: r.kind, at: r.at, data: r.data });
    return out;
  }

  /** A case's history for its page: every event with who caused it, newest first. */
  history(caseId: string, limit: number): Promise<CaseEventEntity[]> {
    return this.ds.getRepository(CaseEventEntity).createQueryBuilder('e').where('e.case_id = :caseId', { caseId }).orderBy('e.at', 'DESC').addOrderBy('e.seq', 'DESC').limit(limit).getMany();
  }

  /** A case's thread, oldest first; internal notes only when the reader may see them. */
  messages(caseId: string, withInternal: boolean, m: EntityManager = this.ds.manager): SelectQueryBuilder<CaseMessageEntity> {
    const qb = m.getRepository(CaseMessageEntity).createQueryBuilder('msg').where('msg.case_id = :caseId', { caseId });
    if (!withInternal) qb.andWhere(`msg.direction <> 'internal'`);
    return qb;
  }

  /**
   * The calendars the cases' policies count in (the policy's own, else the default), as the engine
   * takes them, by case id; a case without a policy, or with no calendar to count in, is left out.
   */
  async calendarsOf(caseIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, BusinessCalendar>> {
    const rows: { case_id: string; time_zone: string; week: Record<string, { start: number; end: number }[]>; holidays: { date: string }[]; workdays: { date: string }[] }[] = await m.query(
      `SELECT k.id AS case_id, bc.time_zone, bc.week, bc.holidays, bc.workdays
         FROM service_case k
         JOIN service_sla_policy p ON p.id = k.sla_policy_id
         JOIN business_calendar bc ON bc.id = COALESCE(p.calendar_id, (SELECT d.id FROM business_calendar d WHERE d.is_default))
        WHERE k.id = ANY($1::uuid[])`,
      [caseIds],
    );
    return new Map(rows.map((r) => [r.case_id, storedCalendar(r.time_zone, r.week, r.holidays, r.workdays)]));
  }

  async productExists(m: EntityManager, id: string): Promise<boolean> {
    return ((await m.query(`SELECT 1 FROM product WHERE id = $1`, [id])) as unknown[]).length > 0;
  }

  async accountOfContact(m: EntityManager, contactId: string): Promise<string | null> {
    const rows: { account_id: string | null }[] = await m.query(`SELECT account_id FROM contact WHERE id = $1`, [contactId]);
    return rows[0]?.account_id ?? null;
  }

  /** A contact's first email address, where replies go; null when it has none. */
  async contactEmail(m: EntityManager, contactId: string): Promise<string | null> {
    const rows: { email: string | null }[] = await m.query(`SELECT emails[1] AS email FROM contact WHERE id = $1 AND deleted_at IS NULL`, [contactId]);
    return rows[0]?.email ?? null;
  }

  /** The time zone of a calendar, or of the default one for null; null when there is none. */
  async calendarZone(m: EntityManager, calendarId: string | null): Promise<string | null> {
    const rows: { time_zone: string }[] = await m.query(`SELECT time_zone FROM business_calendar WHERE ($1::uuid IS NULL AND is_default) OR id = $1`, [calendarId]);
    return rows[0]?.time_zone ?? null;
  }

  /** Writes what the clocks say onto the case row (for lists, sorting and the escalation job). */
  async setClockSummary(m: EntityManager, caseId: string, summary: { dueAt: Date | null; breached: boolean }): Promise<void> {
    await m.update(CaseEntity, { id: caseId }, { slaDueAt: summary.dueAt, slaBreached: summary.breached } as never);
  }
}

/** A stored calendar as the business-time engine takes it (make-up days work the first working weekday's periods). */
export function storedCalendar(timeZone: string, week: Record<string, { start: number; end: number }[]>, holidays: { date: string }[], workdays: { date: string }[]): BusinessCalendar {
  return {
    timeZone,
    week: Object.fromEntries(Object.entries(week).map(([d, periods]) => [Number(d), periods])),
    holidays: holidays.map((h) => h.date),
    workdays: Object.fromEntries(workdays.map((w) => [w.date, null])),
  };
}

/** A calendar entity as the engine takes it. */
export const calendarOf = (c: Pick<BusinessCalendarEntity, 'timeZone' | 'week' | 'holidays' | 'workdays'>): BusinessCalendar => storedCalendar(c.timeZone, c.week, c.holidays, c.workdays);

/** The case's filterable fields, from its definition. */
export const CASE_FIELDS: FieldMap = fieldMapOf(CASE);
