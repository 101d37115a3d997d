import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { GroupSums } from '@rapport/segmentation-domain';

/**
 * Strategies' SQL (issue 17 item 7): holdout assignment and the outcome sums that lift is computed
 * from. Assignment is stratified by RFM cell and fixed by the strategy's seed: within each stratum
 * the people new to the strategy are ordered by md5(seed:contact) and as many of them are held out
 * as keep the stratum's holdout at round(share × its people); earlier assignments never change.
 */
export type Outcome = 'orders' | 'revenue' | 'bought' | 'responded';

export interface OutcomeSums {
  outcome: Outcome;
  treated: GroupSums;
  holdout: GroupSums;
}

@Injectable()
export class StrategyRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Assigns the segment's current members who have no assignment yet; returns how many were held out. */
  async assign(m: EntityManager, strategyId: string): Promise<{ assigned: number; heldOut: number }> {
    const [row] = (await m.query(
      `WITH s AS (SELECT id, segment_id, holdout_share, seed FROM segment_strategy WHERE id = $1 AND status = 'active'),
       fresh AS (
         SELECT sm.contact_id, coalesce(cm.rfm_cell, 'none') AS stratum, md5(s.seed::text || ':' || sm.contact_id::text) AS h
           FROM s JOIN segment_membership sm ON sm.segment_id = s.segment_id AND sm.left_at IS NULL
           LEFT JOIN customer_metrics cm ON cm.contact_id = sm.contact_id
          WHERE NOT EXISTS (SELECT 1 FROM strategy_assignment a WHERE a.strategy_id = s.id AND a.contact_id = sm.contact_id)),
       existing AS (SELECT stratum, count(*) AS n, count(*) FILTER (WHERE holdout) AS held FROM strategy_assignment WHERE strategy_id = $1 GROUP BY stratum),
       ranked AS (SELECT f.*, row_number() OVER (PARTITION BY f.stratum ORDER BY f.h) AS rn, count(*) OVER (PARTITION BY f.stratum) AS fresh_n FROM fresh f),
       written AS (
         INSERT INTO strategy_assignment (strategy_id, contact_id, holdout, stratum)
         SELECT $1, r.contact_id, r.rn <= greatest(0, round((coalesce(e.n, 0) + r.fresh_n) * s.holdout_share) - coalesce(e.held, 0)), r.stratum
           FROM ranked r CROSS JOIN s LEFT JOIN existing e ON e.stratum = r.stratum
         ON CONFLICT DO NOTHING
         RETURNING holdout)
       SELECT count(*)::int AS assigned, count(*) FILTER (WHERE holdout)::int AS "heldOut" FROM written`,
      [strategyId],
    )) as { assigned: number; heldOut: number }[];
    return row;
  }

  /** Active strategies on a segment (assigned after each refresh of it). */
  async activeOf(m: EntityManager, segmentId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM segment_strategy WHERE segment_id = $1 AND status = 'active'`, [segmentId]);
    return rows.map((r) => r.id);
  }

  async groupSizes(strategyId: string): Promise<{ treated: number; holdout: number }> {
    const [row] = (await this.ds.query(
      `SELECT count(*) FILTER (WHERE NOT holdout)::int AS treated, count(*) FILTER (WHERE holdout)::int AS holdout FROM strategy_assignment WHERE strategy_id = $1`,
      [strategyId],
    )) as { treated: number; holdout: number }[];
    return row;
  }

  /**
   * Per group, the sums of each outcome per person over [from, to): completed orders, their revenue,
   * whether they bought at all, and whether they responded (opened or clicked a mailing, by a person).
   */
  async outcomes(strategyId: string, from: Date, to: Date): Promise<OutcomeSums[]> {
    const rows: Record<string, number | boolean>[] = await this.ds.query(
      `WITH people AS (
         SELECT a.contact_id, a.holdout,
                coalesce(o.orders, 0) AS orders, coalesce(o.revenue, 0) AS revenue,
                CASE WHEN coalesce(o.orders, 0) > 0 THEN 1 ELSE 0 END AS bought,
                CASE WHEN EXISTS (SELECT 1 FROM mailing_send s JOIN mailing_event e ON e.send_id = s.id
                                   WHERE s.contact_id = a.contact_id AND e.kind IN ('open', 'click') AND NOT e.machine AND e.occurred_at >= $2 AND e.occurred_at < $3)
                     THEN 1 ELSE 0 END AS responded
           FROM strategy_assignment a
           LEFT JOIN LATERAL (SELECT count(*) AS orders, sum(x.amount)::float8 AS revenue FROM "order" x
                               WHERE x.contact_id = a.contact_id AND x.status = 'completed' AND x.ordered_at >= $2 AND x.ordered_at < $3) o ON true
          WHERE a.strategy_id = $1)
       SELECT holdout, count(*)::int AS n,
              sum(orders)::float8 AS orders_sum, sum(orders * orders)::float8 AS orders_sq,
              sum(revenue)::float8 AS revenue_sum, sum(revenue * revenue)::float8 AS revenue_sq,
              sum(bought)::float8 AS bought_sum, sum(responded)::float8 AS responded_sum
         FROM people GROUP BY holdout`,
      [strategyId, from, to],
    );
    const group = (holdout: boolean) => rows.find((r) => r['holdout'] === holdout) ?? { n: 0 };
    const sums = (g: Record<string, number | boolean>, key: string, squares: boolean): GroupSums => ({
      n: Number(g['n'] ?? 0),
      sum: Number(g[`${key}_sum`] ?? 0),
      // For 0/1 outcomes the sum of squares is the sum.
      sumSquares: Number(g[squares ? `${key}_sq` : `${key}_sum`] ?? 0),
    });
    return (['orders', 'revenue', 'bought', 'responded'] as Outcome[]).map((outcome) => ({
      outcome,
      treated: sums(group(false), outcome, outcome === 'orders' || outcome === 'revenue'),
      holdout: sums(group(true), outcome, outcome === 'orders' || outcome === 'revenue'),
    }));
  }

  /**
   * How the people who were in a segment at `memberAt` behaved in [from, to): members then, how many
   * bought, their orders and revenue (period over period: "the at-risk segment of Q1, in Q2").
   */
  async cohort(segmentId: string, memberAt: Date, from: Date, to: Date): Promise<{ members: number; buyers: number; orders: number; revenue: number }> {
    const [row] = (await this.ds.query(
      `WITH members AS (
         SELECT DISTINCT sm.contact_id FROM segment_membership sm
          WHERE sm.segment_id = $1 AND sm.entered_at <= $2 AND (sm.left_at IS NULL OR sm.left_at > $2))
       SELECT (SELECT count(*) FROM members)::int AS members,
              count(DISTINCT o.contact_id)::int AS buyers, count(o.id)::int AS orders, coalesce(sum(o.amount), 0)::float8 AS revenue
         FROM members mb JOIN "order" o ON o.contact_id = mb.contact_id AND o.status = 'completed' AND o.ordered_at >= $3 AND o.ordered_at < $4`,
      [segmentId, memberAt, from, to],
    )) as { members: number; buyers: number; orders: number; revenue: number }[];
    return row;
  }
}
