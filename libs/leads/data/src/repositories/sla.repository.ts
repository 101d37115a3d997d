import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { BusinessCalendar } from '@rapport/shared-domain';
import type { EscalationStep } from '@rapport/leads-domain';
import { affectedOf } from './returning';
import { DueStep, dueStepsQuery } from './sla-due';

/**
 * The SQL of the speed-to-lead SLA check (SlaService decides what each step does): the first
 * responses, the due steps (sla-due.ts), the once-only claim of each step. The check works for the
 * system over every waiting lead (no visibility scope).
 */
@Injectable()
export class SlaRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Stops the clock of each waiting lead that got an activity of `outreachTypes` (the time of the
   * first); how many. Only unanswered leads are looked up (partial index), not every activity ever logged.
   */
  async markAnswered(outreachTypes: readonly string[]): Promise<number> {
    return affectedOf(
      await this.ds.query(
        `UPDATE lead_routing r SET first_response_at = f.at
           FROM (SELECT a.lead_id, min(a.created_at) AS at
                   FROM lead_routing w JOIN activity a ON a.lead_id = w.lead_id
                  WHERE w.first_response_at IS NULL AND a.type = ANY($1) AND a.deleted_at IS NULL
                  GROUP BY a.lead_id) f
          WHERE f.lead_id = r.lead_id AND r.first_response_at IS NULL`,
        [outreachTypes],
      ),
    );
  }

  /** The due, not yet taken steps of every waiting lead at `now`, most overdue first, at most `limit` (see dueStepsQuery). */
  async dueSteps(now: Date, calendar: BusinessCalendar, ladder: EscalationStep[], openStatuses: string[], limit: number): Promise<DueStep[]> {
    // The span the clock table must cover: from the longest-waiting lead's arrival to now.
    const [{ oldest }] = await this.ds.query(`SELECT min(received_at) AS oldest FROM lead_routing WHERE first_response_at IS NULL AND routed_at IS NOT NULL AND sla_minutes > 0`);
    const [sql, params] = dueStepsQuery(now, oldest, calendar, ladder, openStatuses, limit);
    return this.ds.query(sql, params);
  }

  /**
   * Inserts the (lead, level) row of each step; the steps whose row was new are returned, the rest
   * were taken by an earlier or concurrent run. In the caller's transaction, with the steps' effects.
   */
  claimSteps(m: EntityManager, steps: { lead_id: string; level: number; action: string }[], at: Date): Promise<{ lead_id: string; level: number }[]> {
    return m.query(
      `INSERT INTO lead_escalation (lead_id, level, action, at)
       SELECT v.lead_id, v.level, v.action, $2 FROM jsonb_to_recordset($1::jsonb) AS v(lead_id uuid, level int, action text)
       ON CONFLICT DO NOTHING RETURNING lead_id, level`,
      [JSON.stringify(steps), at],
    );
  }

  /** Each user's name and their team's manager. */
  usersWithManagers(m: EntityManager, userIds: string[]): Promise<{ id: string; name: string; manager_id: string | null }[]> {
    return m.query(`SELECT u.id, u.name, t.manager_id FROM app_user u LEFT JOIN team t ON t.id = u.team_id WHERE u.id = ANY($1::uuid[])`, [userIds]);
  }

  /** The calendar version the waiting leads' due times were last computed in (null: never). */
  async dueCalendarVersion(): Promise<string | null> {
    const [row] = await this.ds.query(`SELECT due_calendar_version AS v FROM lead_settings WHERE id = 1`);
    return row?.v ?? null;
  }

  async setDueCalendarVersion(version: string): Promise<void> {
    await this.ds.query(`UPDATE lead_settings SET due_calendar_version = $1 WHERE id = 1`, [version]);
  }

  /** The next `limit` waiting leads' clocks after `afterId` (by id): what their due time is computed from. */
  waitingClocks(afterId: string | null, limit: number): Promise<{ lead_id: string; received_at: Date; sla_minutes: number }[]> {
    return this.ds.query(
      `SELECT r.lead_id, r.received_at, r.sla_minutes FROM lead_routing r JOIN lead l ON l.id = r.lead_id
        WHERE r.first_response_at IS NULL AND r.routed_at IS NOT NULL AND r.sla_minutes > 0 AND l.deleted_at IS NULL
          AND ($1::uuid IS NULL OR r.lead_id > $1) ORDER BY r.lead_id LIMIT $2`,
      [afterId, limit],
    );
  }
}
