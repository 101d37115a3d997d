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
}
