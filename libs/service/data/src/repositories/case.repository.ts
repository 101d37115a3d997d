import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { applyScope, fieldMapOf, storedCalendar, type FieldMap } from '@rapport/shared-database';
import { escapeLike } from '@rapport/shared-util';
import { CASE, CLOCK_EVENT_KINDS, type StoredCaseEvent } from '@rapport/service-domain';
import type { Action, Actor, BusinessCalendar } from '@rapport/shared-domain';
import { CaseEntity, CaseEventEntity, CaseMessageEntity, CaseStatusEntity } from '../entities/case.entity';

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

  /**
   * The global search's query over the cases the actor may read: by number (the whole number, or its digits:
   * "000123" finds CS-2026-000123) and by subject; a number match ranks first, then a subject that
   * starts with the words.
   */
  searchQuery(actor: Actor, term: string, first: number) {
    const like = `%${escapeLike(term)}%`;
    return this.cases(actor, 'read')
      // The customer's name: whoever may read a case may read its account (a rep reads the case through it).
      .select(['k.id AS id', `k.number || ' ' || k.subject AS title`, '(SELECT a.name FROM account a WHERE a.id = k.account_id) AS subtitle'])
      .addSelect(`CASE WHEN k.number ILIKE :like THEN 1 WHEN k.subject ILIKE :prefix THEN 0.8 ELSE 0.5 END`, 'rank')
      .andWhere('(k.number ILIKE :like OR k.subject ILIKE :like)', { like, prefix: like.slice(1) })
      .orderBy('rank', 'DESC')
      .addOrderBy('k.created_at', 'DESC')
      .limit(first);
  }

  /**
   * The next number of a year, from the year's sequence (`case_number_next`, created on demand):
   * nextval takes no lock that lasts to the commit, so 10,000 cases opened at once do not wait for
   * each other. Unique per year; a creation that rolls back leaves a gap (docs/adr/0022).
   */
  async nextNumber(m: EntityManager, year: number): Promise<number> {
    const rows: { n: string }[] = await m.query(`SELECT case_number_next($1) AS n`, [year]);
    return Number(rows[0]!.n);
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

  /**
   * The clocks' events of some cases, oldest first, by case id: only the kinds the clocks read
   * (`CLOCK_EVENT_KINDS`), as plain rows (a recomputation reads a few hundred thousand of them).
   */
  async eventLogs(caseIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, StoredCaseEvent[]>> {
    const rows: { case_id: string; kind: string; at: Date; data: Record<string, unknown> }[] = await m.query(
      `SELECT case_id, kind, at, data FROM case_event WHERE case_id = ANY($1::uuid[]) AND kind = ANY($2::text[]) ORDER BY at, seq`,
      [caseIds, CLOCK_EVENT_KINDS],
    );
    const out = new Map<string, StoredCaseEvent[]>(caseIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.case_id)?.push({ kind: r.kind, at: r.at, data: r.data });
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

  /** The calendar each case counts in (its policy's, else the default); cases on one calendar share one object. */
  async calendarsOf(caseIds: readonly string[], m: EntityManager = this.ds.manager): Promise<Map<string, BusinessCalendar>> {
    const rows: { case_id: string; calendar_id: string }[] = await m.query(
      `SELECT k.id AS case_id, COALESCE(p.calendar_id, (SELECT d.id FROM business_calendar d WHERE d.is_default)) AS calendar_id
         FROM service_case k
         JOIN service_sla_policy p ON p.id = k.sla_policy_id
        WHERE k.id = ANY($1::uuid[])`,
      [caseIds],
    );
    const ids = [...new Set(rows.map((r) => r.calendar_id).filter(Boolean))];
    const calendars: { id: string; time_zone: string; week: Record<string, { start: number; end: number }[]>; holidays: { date: string }[]; workdays: { date: string }[] }[] = ids.length
      ? await m.query(`SELECT id, time_zone, week, holidays, workdays FROM business_calendar WHERE id = ANY($1::uuid[])`, [ids])
      : [];
    const byId = new Map(calendars.map((c) => [c.id, storedCalendar(c.time_zone, c.week, c.holidays, c.workdays)]));
    return new Map(rows.flatMap((r) => (byId.has(r.calendar_id) ? [[r.case_id, byId.get(r.calendar_id)!] as const] : [])));
  }

  async productExists(m: EntityManager, id: string): Promise<boolean> {
    return ((await m.query(`SELECT 1 FROM product WHERE id = $1`, [id])) as unknown[]).length > 0;
  }

  async accountOfContact(m: EntityManager, contactId: string): Promise<string | null> {
    const rows: { account_id: string | null }[] = await m.query(`SELECT account_id FROM contact WHERE id = $1`, [contactId]);
    return rows[0]?.account_id ?? null;
  }

  /** A merge's thread move: every message of one case becomes the other's (replies to them still find it by Message-ID), their files with them. */
  async moveMessages(m: EntityManager, fromId: string, intoId: string): Promise<void> {
    await m.query(`UPDATE case_message SET case_id = $2 WHERE case_id = $1`, [fromId, intoId]);
    await m.query(`UPDATE case_attachment SET case_id = $2 WHERE case_id = $1`, [fromId, intoId]);
  }

  /** A split's thread move: the chosen messages of one case become the new one's, their files with them. */
  async moveChosenMessages(m: EntityManager, fromId: string, toId: string, messageIds: readonly string[]): Promise<void> {
    await m.query(`UPDATE case_message SET case_id = $2 WHERE case_id = $1 AND id = ANY($3::uuid[])`, [fromId, toId, messageIds]);
    await m.query(`UPDATE case_attachment SET case_id = $2 WHERE case_id = $1 AND message_id = ANY($3::uuid[])`, [fromId, toId, messageIds]);
  }

  /** Every message of a case (internal notes too), oldest first: what a split chooses from. */
  threadOf(m: EntityManager, caseId: string): Promise<{ id: string; direction: string; channel: string; body: string; createdAt: Date }[]> {
    return m.query(`SELECT id, direction, channel, body, created_at AS "createdAt" FROM case_message WHERE case_id = $1 ORDER BY created_at, id`, [caseId]);
  }

  // ---- the email channel -------------------------------------------------------------------

  async messageExists(m: EntityManager, messageId: string): Promise<boolean> {
    return ((await m.query(`SELECT 1 FROM case_message WHERE message_id = $1`, [messageId])) as unknown[]).length > 0;
  }

  /** The live case a mail refers to by the Message-IDs it quotes (ours or the customer's earlier ones), latest first; locked. */
  async caseByMessageIds(m: EntityManager, ids: readonly string[]): Promise<CaseEntity | null> {
    if (!ids.length) return null;
    const rows: { case_id: string }[] = await m.query(
      `SELECT msg.case_id FROM case_message msg JOIN service_case k ON k.id = msg.case_id AND k.deleted_at IS NULL
        WHERE msg.message_id = ANY($1::text[]) ORDER BY msg.created_at DESC LIMIT 1`,
      [ids],
    );
    return rows[0] ? this.lock(m, rows[0].case_id) : null;
  }

  /** Waits for any other transaction taking the same message id (a chat posted twice at once), to the end of this one. */
  async lockMessageId(m: EntityManager, messageId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [messageId]);
  }

  /** The live case with this number, locked. */
  async caseByNumber(m: EntityManager, number: string): Promise<CaseEntity | null> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM service_case WHERE number = $1 AND deleted_at IS NULL`, [number]);
    return rows[0] ? this.lock(m, rows[0].id) : null;
  }

  /** A live case by id, locked (the escalation job's). */
  lockCase(m: EntityManager, id: string): Promise<CaseEntity | null> {
    return this.lock(m, id);
  }

  private lock(m: EntityManager, id: string): Promise<CaseEntity | null> {
    return m.getRepository(CaseEntity).createQueryBuilder('k').where('k.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** The oldest live contact with this address (stored emails are lower-case; the GIN index on `emails` finds it). */
  async contactByEmail(m: EntityManager, address: string): Promise<{ id: string; accountId: string | null } | null> {
    const rows: { id: string; account_id: string | null }[] = await m.query(
      `SELECT id, account_id FROM contact WHERE emails @> ARRAY[$1::text] AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1`,
      [address],
    );
    return rows[0] ? { id: rows[0].id, accountId: rows[0].account_id } : null;
  }

  /** A person for an unknown sender, flagged for review rather than guessed into someone else's record. */
  async createUnreviewedContact(
    m: EntityManager,
    person: { address: string; firstName: string; lastName: string; nameNormalized: string; ownerId: string | null; teamId: string | null; locale?: string | null },
  ): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO contact (first_name, last_name, name_normalized, emails, needs_review, owner_id, team_id, locale)
       VALUES ($1, $2, $3, ARRAY[$4::text], true, $5, $6, coalesce($7::text, 'en')) RETURNING id`, // 'en': the column's own default
      [person.firstName, person.lastName, person.nameNormalized, person.address, person.ownerId, person.teamId, person.locale ?? null],
    );
    return rows[0]!.id;
  }

  /** A person for an unknown caller (issue 18 item 4), flagged for review like an unknown sender. */
  async createUnreviewedCaller(m: EntityManager, person: { phone: string; firstName: string; lastName: string; nameNormalized: string; ownerId: string | null; teamId: string | null }): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO contact (first_name, last_name, name_normalized, phones, phones_normalized, needs_review, owner_id, team_id)
       VALUES ($1, $2, $3, ARRAY[$4::text], ARRAY[$4::text], true, $5, $6) RETURNING id`,
      [person.firstName, person.lastName, person.nameNormalized, person.phone, person.ownerId, person.teamId],
    );
    return rows[0]!.id;
  }

  /**
   * Who owns what arrives by mail until routing (issue 19) assigns it: the longest-serving active
   * service manager, else administrator. Null on an installation without either.
   */
  async intakeOwner(m: EntityManager): Promise<{ ownerId: string; teamId: string | null } | null> {
    const rows: { id: string; team_id: string | null }[] = await m.query(
      `SELECT id, team_id FROM app_user WHERE active AND role IN ('service_manager', 'admin')
        ORDER BY (role = 'service_manager') DESC, created_at, id LIMIT 1`,
    );
    return rows[0] ? { ownerId: rows[0].id, teamId: rows[0].team_id } : null;
  }

  /** An outbound reply, locked for sending, with what its headers need: the case and the thread's Message-IDs before it. */
  async replyForSending(m: EntityManager, messageRowId: string): Promise<{ message: CaseMessageEntity; number: string; subject: string; thread: string[] } | null> {
    const message = await m.getRepository(CaseMessageEntity).createQueryBuilder('msg').where('msg.id = :id', { id: messageRowId }).setLock('pessimistic_write').getOne();
    if (!message) return null;
    const [k]: { number: string; subject: string }[] = await m.query(`SELECT number, subject FROM service_case WHERE id = $1`, [message.caseId]);
    const ids: { message_id: string }[] = await m.query(
      `SELECT message_id FROM case_message WHERE case_id = $1 AND message_id IS NOT NULL AND direction <> 'internal' AND (created_at, id) < ($2, $3) ORDER BY created_at, id`,
      [message.caseId, message.createdAt, message.id],
    );
    return { message, number: k!.number, subject: k!.subject, thread: ids.map((r) => r.message_id) };
  }

  async markSent(m: EntityManager, messageRowId: string, at: Date): Promise<void> {
    await m.update(CaseMessageEntity, { id: messageRowId }, { sentAt: at });
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
  async setClockSummary(m: EntityManager, caseId: string, summary: { dueAt: Date | null; breached: boolean; nextCheckAt: Date | null }): Promise<void> {
    await m.update(CaseEntity, { id: caseId }, { slaDueAt: summary.dueAt, slaBreached: summary.breached, slaNextCheckAt: summary.nextCheckAt } as never);
  }

  // ---- escalation and attainment -------------------------------------------------------------

  /** The escalation steps already taken on a case, as `milestone:level`. */
  async escalationsDone(m: EntityManager, caseId: string): Promise<Set<string>> {
    const rows: { milestone: string; level: string }[] = await m.query(`SELECT milestone, level FROM case_escalation WHERE case_id = $1`, [caseId]);
    return new Set(rows.map((r) => `${r.milestone}:${r.level}`));
  }

  /** The steps taken on several cases, by case id. */
  async escalationsDoneOf(caseIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const rows: { case_id: string; milestone: string; level: string }[] = await this.ds.query(`SELECT case_id, milestone, level FROM case_escalation WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    const out = new Map<string, Set<string>>();
    for (const r of rows) out.set(r.case_id, (out.get(r.case_id) ?? new Set()).add(`${r.milestone}:${r.level}`));
    return out;
  }

  /** Many cases' clock summaries in one statement (a recomputation's chunk). */
  async setClockSummaries(rows: readonly { id: string; dueAt: Date | null; breached: boolean; nextCheckAt: Date | null }[]): Promise<void> {
    if (!rows.length) return;
    await this.ds.query(
      `UPDATE service_case k SET sla_due_at = v.due_at, sla_breached = v.breached, sla_next_check_at = v.next_check_at
         FROM unnest($1::uuid[], $2::timestamptz[], $3::boolean[], $4::timestamptz[]) AS v(id, due_at, breached, next_check_at)
        WHERE k.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => r.dueAt), rows.map((r) => r.breached), rows.map((r) => r.nextCheckAt)],
    );
  }

  /** Takes a step once: false when it was already taken (by this run or another). */
  async recordEscalation(m: EntityManager, step: { caseId: string; milestone: string; level: string; recipientId: string | null; at: Date }): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO case_escalation (case_id, milestone, level, recipient_id, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (case_id, milestone, level) DO NOTHING RETURNING id`,
      [step.caseId, step.milestone, step.level, step.recipientId, step.at],
    );
    return rows.length > 0;
  }

  /** Open cases whose next escalation check has come, oldest first. */
  async dueForEscalation(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM service_case WHERE sla_next_check_at <= $1 AND deleted_at IS NULL ORDER BY sla_next_check_at, id LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /** The manager of a user's team (the person told when a case of theirs is late); null without one. */
  async managerOf(m: EntityManager, userId: string): Promise<string | null> {
    const rows: { manager_id: string | null }[] = await m.query(`SELECT t.manager_id FROM app_user u JOIN team t ON t.id = u.team_id WHERE u.id = $1`, [userId]);
    return rows[0]?.manager_id ?? null;
  }

  /** How completed milestones ended, in one statement (a later completion of the same milestone replaces the earlier). */
  async recordAttainment(m: EntityManager, caseId: string, rows: readonly { milestone: string; state: string; targetMinutes: number; spentMinutes: number; completedAt: Date }[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO case_sla_attainment (case_id, milestone, state, target_minutes, spent_minutes, completed_at)
       SELECT $1, v.milestone, v.state, v.target_minutes, v.spent_minutes, v.completed_at
         FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::timestamptz[]) AS v(milestone, state, target_minutes, spent_minutes, completed_at)
       ON CONFLICT (case_id, milestone) DO UPDATE SET state = EXCLUDED.state, target_minutes = EXCLUDED.target_minutes, spent_minutes = EXCLUDED.spent_minutes, completed_at = EXCLUDED.completed_at`,
      [caseId, rows.map((r) => r.milestone), rows.map((r) => r.state), rows.map((r) => r.targetMinutes), rows.map((r) => r.spentMinutes), rows.map((r) => r.completedAt)],
    );
  }

  /** The open cases counting in a calendar (through their policy's calendar, or the default one's), for a recomputation. */
  async openCasesOnCalendar(calendarId: string, afterId: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT k.id FROM service_case k JOIN service_sla_policy p ON p.id = k.sla_policy_id
         JOIN business_calendar bc ON bc.id = COALESCE(p.calendar_id, (SELECT d.id FROM business_calendar d WHERE d.is_default))
        WHERE bc.id = $1 AND k.resolved_at IS NULL AND k.closed_at IS NULL AND k.deleted_at IS NULL AND ($2::uuid IS NULL OR k.id > $2)
        ORDER BY k.id LIMIT $3`,
      [calendarId, afterId, limit],
    );
    return rows.map((r) => r.id);
  }
}

/** The case's filterable fields, from its definition. */
export const CASE_FIELDS: FieldMap = fieldMapOf(CASE);
