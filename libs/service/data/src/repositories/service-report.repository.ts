import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { CASE_AGE_BOUNDS_SECONDS, type AttainmentCount, type OpenAgeCount } from '@rapport/service-domain';
import type { Actor } from '@rapport/shared-domain';
import type { CaseEntity } from '../entities/case.entity';
import { CaseRepository } from './case.repository';

/**
 * The service dashboard's counts (issue 18 item 9), each one statement over the cases the viewer
 * may read: the case scope (`CaseRepository.cases(actor, 'read')`, with its read-through-the-account
 * arm) is the `v` CTE every count starts from, so a sales rep counts their customers' cases only and
 * nothing here reads `service_case` unscoped. Days are the default business calendar's, passed in as
 * a time zone, never the database's or UTC.
 */
@Injectable()
export class ServiceReportRepository {
  constructor(private readonly cases: CaseRepository) {}

  /** Open cases by age bucket (index into CASE_AGE_BUCKETS, by `width_bucket` over CASE_AGE_BOUNDS_SECONDS) and priority, with how many are late. */
  async openByAge(actor: Actor, now: Date): Promise<OpenAgeCount[]> {
    const { sql, params, next } = this.visible(actor, ['k.created_at AS created_at', 'k.priority AS priority', 'k.sla_breached AS sla_breached'], (qb) =>
      qb.andWhere('k.resolved_at IS NULL AND k.closed_at IS NULL'),
    );
    const rows: { bucket: number; priority: string; total: number; breached: number }[] = await this.cases.ds.query(
      `WITH v AS (${sql})
       SELECT width_bucket(extract(epoch FROM ${next(1)}::timestamptz - v.created_at)::float8, ${next(2)}::float8[]) AS bucket, v.priority,
              count(*)::int AS total, count(*) FILTER (WHERE v.sla_breached)::int AS breached
         FROM v GROUP BY 1, 2`,
      [...params, now, [...CASE_AGE_BOUNDS_SECONDS]],
    );
    return rows.map((r) => ({ ...r, bucket: Number(r.bucket) }));
  }

  /**
   * How the milestones that ended in [from, to) ended, by the case's team (its name; null: no team),
   * the case's priority (today's: attainment rows do not keep the one they ran under) and milestone.
   */
  async attainment(actor: Actor, from: Date, to: Date): Promise<AttainmentCount[]> {
    const { sql, params, next } = this.visible(actor, ['k.team_id AS team_id', 'k.priority AS priority']);
    const rows: { team_id: string | null; team_name: string | null; priority: string; milestone: string; met: number; breached: number; stopped: number }[] = await this.cases.ds.query(
      `WITH v AS (${sql})
       SELECT v.team_id, t.name AS team_name, v.priority, a.milestone,
              count(*) FILTER (WHERE a.state = 'met')::int AS met,
              count(*) FILTER (WHERE a.state = 'breached')::int AS breached,
              count(*) FILTER (WHERE a.state = 'stopped')::int AS stopped
         FROM case_sla_attainment a
         JOIN v ON v.id = a.case_id
         LEFT JOIN team t ON t.id = v.team_id
        WHERE a.completed_at >= ${next(1)} AND a.completed_at < ${next(2)}
        GROUP BY v.team_id, t.name, v.priority, a.milestone`,
      [...params, from, to],
    );
    return rows.map((r) => ({ teamId: r.team_id, teamName: r.team_name, priority: r.priority, milestone: r.milestone, met: r.met, breached: r.breached, stopped: r.stopped }));
  }

  /**
   * The last `days` days up to `now` in a time zone (today and the days before it, from local
   * midnight): today's date there, the milestones that ended late per local day, how many cases are
   * open and late now, and how many were resolved in those days.
   */
  async week(
    actor: Actor,
    timeZone: string,
    now: Date,
    days: number,
  ): Promise<{ today: string; open: number; openBreached: number; resolved: number; breaches: { day: string; count: number }[] }> {
    const { sql, params, next } = this.visible(actor, ['k.resolved_at AS resolved_at', 'k.closed_at AS closed_at', 'k.sla_breached AS sla_breached']);
    const [now$, zone$, days$] = [next(1), next(2), next(3)];
    const [row] = (await this.cases.ds.query(
      `WITH v AS (${sql}),
            w AS (SELECT d.today, ((d.today - (${days$}::int - 1))::timestamp AT TIME ZONE ${zone$}::text) AS since
                    FROM (SELECT (${now$}::timestamptz AT TIME ZONE ${zone$}::text)::date AS today) d)
       SELECT to_char(w.today, 'YYYY-MM-DD') AS today,
              (SELECT count(*)::int FROM v WHERE v.resolved_at IS NULL AND v.closed_at IS NULL) AS open,
              (SELECT count(*)::int FROM v WHERE v.resolved_at IS NULL AND v.closed_at IS NULL AND v.sla_breached) AS open_breached,
              (SELECT count(*)::int FROM v WHERE v.resolved_at >= w.since AND v.resolved_at <= ${now$}) AS resolved,
              (SELECT COALESCE(json_agg(json_build_object('day', b.day, 'count', b.count)), '[]'::json)
                 FROM (SELECT to_char((a.completed_at AT TIME ZONE ${zone$}::text)::date, 'YYYY-MM-DD') AS day, count(*)::int AS count
                         FROM case_sla_attainment a JOIN v ON v.id = a.case_id
                        WHERE a.state = 'breached' AND a.completed_at >= w.since AND a.completed_at <= ${now$}
                        GROUP BY 1) b) AS breaches
         FROM w`,
      [...params, now, timeZone, days],
    )) as { today: string; open: number; open_breached: number; resolved: number; breaches: { day: string; count: number }[] }[];
    return { today: row!.today, open: row!.open, openBreached: row!.open_breached, resolved: row!.resolved, breaches: row!.breaches };
  }

  /**
   * Cases opened in [from, to) by channel and account tier, with the minutes handled on them (the
   * lengths of their calls and chats): what cost-to-serve prices (issue 19 item 6).
   */
  async channelUsage(actor: Actor, from: Date, to: Date): Promise<{ channel: string; tier: string | null; cases: number; handledSeconds: number }[]> {
    const { sql, params } = this.visible(actor, ['k.channel AS channel', 'k.account_id AS account_id'], (qb) => qb.andWhere('k.created_at >= :costFrom AND k.created_at < :costTo', { costFrom: from, costTo: to }));
    const rows: { channel: string; tier: string | null; cases: number; handled_seconds: number }[] = await this.cases.ds.query(
      `WITH v AS (${sql})
       SELECT v.channel, a.tier, count(*)::int AS cases,
              COALESCE(sum((SELECT sum(cm.duration_seconds) FROM case_message cm WHERE cm.case_id = v.id AND cm.duration_seconds IS NOT NULL)), 0)::int AS handled_seconds
         FROM v LEFT JOIN account a ON a.id = v.account_id
        GROUP BY v.channel, a.tier`,
      params,
    );
    return rows.map((r) => ({ channel: r.channel, tier: r.tier, cases: r.cases, handledSeconds: r.handled_seconds }));
  }

  async channelCosts(): Promise<{ channel: string; basis: string; amount: string }[]> {
    return this.cases.ds.query(`SELECT channel, basis, amount::text AS amount FROM service_channel_cost ORDER BY channel`);
  }

  async saveChannelCost(channel: string, basis: string, amount: number): Promise<void> {
    await this.cases.ds.query(
      `INSERT INTO service_channel_cost (channel, basis, amount, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (channel) DO UPDATE SET basis = EXCLUDED.basis, amount = EXCLUDED.amount, updated_at = now()`,
      [channel, basis, amount.toFixed(2)],
    );
  }

  async removeChannelCost(channel: string): Promise<void> {
    await this.cases.ds.query(`DELETE FROM service_channel_cost WHERE channel = $1`, [channel]);
  }

  /**
   * The viewer's cases as SQL for a CTE (the case scope, live cases only), the columns asked for
   * besides `id`, with its parameters; `next(i)` names the i-th parameter appended after them.
   */
  private visible(actor: Actor, columns: string[], narrow: (qb: SelectQueryBuilder<CaseEntity>) => SelectQueryBuilder<CaseEntity> = (qb) => qb) {
    const [sql, params] = narrow(this.cases.cases(actor, 'read').select(['k.id AS id', ...columns])).getQueryAndParameters();
    return { sql, params, next: (i: number) => `$${params.length + i}` };
  }
}
