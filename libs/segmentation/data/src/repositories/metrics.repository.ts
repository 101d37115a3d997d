import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '@rapport/shared-domain';
import type { PurchaseSummary } from '@rapport/segmentation-domain';
import { ClvModelRunEntity } from '../entities/metrics.entity';
import { contactScope } from './contact-scope';

/**
 * Customer metrics' SQL (issue 17 items 4–8): per-customer purchase summaries read in chunks along
 * the per-customer order index, results written back set-based (one upsert per chunk that also
 * records lifecycle changes and puts them on the timeline), and the runs' bookkeeping.
 * Days are UTC day numbers (days since 1970-01-01), so a purchase day is the same for everyone.
 */

export interface MetricsRow {
  contactId: string;
  recencyDays: number | null;
  frequency: number;
  monetary: number;
  r: number | null;
  f: number | null;
  m: number | null;
  cell: string | null;
  expectedPurchases: number | null;
  pAlive: number | null;
  clv: number | null;
  churnRisk: number | null;
  churnBand: string | null;
  stage: string;
}

/** Orders read per chunk (about their customers' worth): bounds memory and statement time. */
export const SUMMARY_CHUNK_ORDERS = 250_000;

@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async createRun(asOf: Date, calibrationEnd: Date, requestedBy: string | null): Promise<ClvModelRunEntity> {
    return this.ds.getRepository(ClvModelRunEntity).save({ asOf, calibrationEnd, requestedBy, status: 'queued' });
  }

  update(id: string, patch: Partial<ClvModelRunEntity>): Promise<unknown> {
    return this.ds.getRepository(ClvModelRunEntity).update({ id }, patch as never);
  }

  run(id: string): Promise<ClvModelRunEntity | null> {
    return this.ds.getRepository(ClvModelRunEntity).findOneBy({ id });
  }

  runs(first: number): Promise<ClvModelRunEntity[]> {
    return this.ds.getRepository(ClvModelRunEntity).find({ order: { startedAt: 'DESC', id: 'DESC' }, take: first });
  }

  /**
   * Claims a run for this worker: a queued one, a failed one (the job's retry), or one whose worker
   * died mid-run (running for longer than any run takes). A duplicate delivery of a run in progress
   * finds it taken. Re-running is safe: every write is an upsert and a stage change is recorded only
   * when the stored stage differs.
   */
  async claim(id: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(
      `WITH claimed AS (UPDATE clv_model_run SET status = 'running', started_at = now(), error = NULL
        WHERE id = $1 AND (status IN ('queued', 'failed') OR (status = 'running' AND started_at < now() - interval '15 minutes')) RETURNING id)
       SELECT id FROM claimed`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * The next chunk of customers after `after` (contact id order): the upper bound is the contact of
   * the SUMMARY_CHUNK_ORDERS-th completed order from there (all of that contact's orders included).
   */
  async summaries(after: string | null, asOf: Date, calibrationEnd: Date): Promise<PurchaseSummary[]> {
    const from = after ?? '00000000-0000-0000-0000-000000000000';
    const [bound] = (await this.ds.query(
      `SELECT contact_id FROM "order" WHERE status = 'completed' AND contact_id > $1 ORDER BY contact_id OFFSET $2 LIMIT 1`,
      [from, SUMMARY_CHUNK_ORDERS],
    )) as { contact_id: string }[];
    const rows: Record<string, string | number | null>[] = await this.ds.query(
      `SELECT d.contact_id AS "contactId", min(d.day) AS "firstDay",
              count(*) FILTER (WHERE d.day <= $3) AS "daysCal", max(d.day) FILTER (WHERE d.day <= $3) AS "lastDayCal",
              coalesce(sum(d.amount) FILTER (WHERE d.day <= $3), 0) AS "calAmount",
              count(*) FILTER (WHERE d.day > $3) AS "holdoutDays",
              count(*) AS "daysAll", max(d.day) AS "lastDayAll", sum(d.amount) AS total, sum(d.n) AS orders,
              (array_agg(d.amount ORDER BY d.day))[1] AS "firstAmount"
         FROM (SELECT o.contact_id, floor(extract(epoch FROM o.ordered_at) / 86400)::int AS day, sum(o.amount) AS amount, count(*) AS n
                 FROM "order" o
                WHERE o.status = 'completed' AND o.ordered_at <= $2 AND o.contact_id > $1 ${bound ? 'AND o.contact_id <= $4' : ''}
                GROUP BY 1, 2) d
        GROUP BY d.contact_id ORDER BY d.contact_id`,
      [from, asOf, dayNumber(calibrationEnd), ...(bound ? [bound.contact_id] : [])],
    );
    return rows.map((r) => {
      const first = Number(r['firstAmount']);
      const daysCal = Number(r['daysCal']);
      return {
        contactId: r['contactId'] as string,
        firstDay: Number(r['firstDay']),
        daysCal,
        lastDayCal: r['lastDayCal'] === null ? null : Number(r['lastDayCal']),
        // The first purchase day is in the calibration period whenever any is.
        repeatAmountCal: daysCal > 0 ? Number(r['calAmount']) - first : 0,
        holdoutDays: Number(r['holdoutDays']),
        daysAll: Number(r['daysAll']),
        lastDayAll: Number(r['lastDayAll']),
        repeatAmountAll: Number(r['total']) - first,
        orders: Number(r['orders']),
        total: Number(r['total']),
      };
    });
  }

  /**
   * Writes one chunk of customers' metrics and, for those whose stage changed, a lifecycle change
   * and a timeline entry — one statement, so a crash leaves the chunk either written or not. A
   * person's first stage starts their history but is no change to tell on the timeline.
   */
  async writeMetrics(rows: MetricsRow[], asOf: Date, runId: string): Promise<number> {
    if (!rows.length) return 0;
    const col = <K extends keyof MetricsRow>(k: K) => rows.map((r) => r[k]);
    const [result] = (await this.ds.query(
      `WITH incoming AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::numeric[], $5::smallint[], $6::smallint[], $7::smallint[], $8::text[],
                              $9::float8[], $10::float8[], $11::numeric[], $12::float8[], $13::text[], $14::text[])
           AS t(contact_id, recency_days, frequency, monetary, r, f, m, cell, expected, p_alive, clv, churn_risk, churn_band, stage)
           JOIN contact c ON c.id = t.contact_id AND c.deleted_at IS NULL),
       prev AS (SELECT cm.contact_id, cm.lifecycle_stage FROM customer_metrics cm JOIN incoming i USING (contact_id)),
       written AS (
         INSERT INTO customer_metrics (contact_id, run_id, as_of, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_cell,
                                       expected_purchases, p_alive, clv, churn_risk, churn_band, lifecycle_stage, stage_since)
         SELECT contact_id, $15, $16, recency_days, frequency, monetary, r, f, m, cell, expected, p_alive, clv, churn_risk, churn_band, stage, $16 FROM incoming
         ON CONFLICT (contact_id) DO UPDATE SET run_id = EXCLUDED.run_id, as_of = EXCLUDED.as_of, recency_days = EXCLUDED.recency_days,
           frequency = EXCLUDED.frequency, monetary = EXCLUDED.monetary, r_score = EXCLUDED.r_score, f_score = EXCLUDED.f_score, m_score = EXCLUDED.m_score,
           rfm_cell = EXCLUDED.rfm_cell, expected_purchases = EXCLUDED.expected_purchases, p_alive = EXCLUDED.p_alive, clv = EXCLUDED.clv,
           churn_risk = EXCLUDED.churn_risk, churn_band = EXCLUDED.churn_band, lifecycle_stage = EXCLUDED.lifecycle_stage,
           stage_since = CASE WHEN customer_metrics.lifecycle_stage = EXCLUDED.lifecycle_stage THEN customer_metrics.stage_since ELSE EXCLUDED.stage_since END
         RETURNING 1),
       changed AS (
         INSERT INTO lifecycle_change (contact_id, from_stage, to_stage, changed_at, run_id)
         SELECT i.contact_id, p.lifecycle_stage, i.stage, $16, $15 FROM incoming i LEFT JOIN prev p USING (contact_id)
          WHERE p.lifecycle_stage IS DISTINCT FROM i.stage
         RETURNING contact_id, from_stage, to_stage),
       told AS (
         INSERT INTO timeline_event (subject_type, subject_id, event_type, occurred_at, payload)
         SELECT 'contact', contact_id, 'record.lifecycleChanged', $16, jsonb_build_object('from', from_stage, 'to', to_stage) FROM changed
          WHERE from_stage IS NOT NULL
         RETURNING 1)
       SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM changed)::int AS changed`,
      [
        col('contactId'), col('recencyDays'), col('frequency'), col('monetary'), col('r'), col('f'), col('m'), col('cell'),
        col('expectedPurchases'), col('pAlive'), col('clv'), col('churnRisk'), col('churnBand'), col('stage'), runId, asOf,
      ],
    )) as { written: number; changed: number }[];
    return result.changed;
  }

  /**
   * Everyone else (no completed order up to the run's date) in one statement: no value, and the
   * stage from what they are in — an open deal, an opt-in, else lead (mirrors `lifecycleStage`).
   * Who has an open deal and who opted in are worked out once and joined (per contact, the consent
   * table had no index to probe: 32 s at 1M contacts in the bench, 1.9 s this way).
   */
  async writeNonCustomers(asOf: Date, runId: string): Promise<{ written: number; changed: number }> {
    const [result] = (await this.ds.query(
      `WITH subscribed AS MATERIALIZED (
         SELECT DISTINCT x.id FROM (SELECT g.address FROM global_consent g WHERE g.status = 'opted_in' UNION SELECT k.address FROM consent k WHERE k.status = 'opted_in') a
           JOIN contact x ON x.emails @> ARRAY[a.address]),
       dealing AS MATERIALIZED (
         SELECT DISTINCT o.primary_contact_id AS id FROM opportunity o WHERE o.closed_at IS NULL AND o.deleted_at IS NULL AND o.primary_contact_id IS NOT NULL),
       incoming AS (
         SELECT c.id AS contact_id, CASE WHEN d.id IS NOT NULL THEN 'opportunity' WHEN s.id IS NOT NULL THEN 'subscriber' ELSE 'lead' END AS stage
           FROM contact c LEFT JOIN dealing d ON d.id = c.id LEFT JOIN subscribed s ON s.id = c.id
          WHERE c.deleted_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM "order" o WHERE o.contact_id = c.id AND o.status = 'completed' AND o.ordered_at <= $2)),
       prev AS (SELECT cm.contact_id, cm.lifecycle_stage FROM customer_metrics cm JOIN incoming i USING (contact_id)),
       written AS (
         INSERT INTO customer_metrics (contact_id, run_id, as_of, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_cell,
                                       expected_purchases, p_alive, clv, churn_risk, churn_band, lifecycle_stage, stage_since)
         SELECT contact_id, $1, $2, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, stage, $2 FROM incoming
         ON CONFLICT (contact_id) DO UPDATE SET run_id = EXCLUDED.run_id, as_of = EXCLUDED.as_of, recency_days = NULL, frequency = 0, monetary = 0,
           r_score = NULL, f_score = NULL, m_score = NULL, rfm_cell = NULL, expected_purchases = NULL, p_alive = NULL, clv = NULL,
           churn_risk = NULL, churn_band = NULL, lifecycle_stage = EXCLUDED.lifecycle_stage,
           stage_since = CASE WHEN customer_metrics.lifecycle_stage = EXCLUDED.lifecycle_stage THEN customer_metrics.stage_since ELSE EXCLUDED.stage_since END
         RETURNING 1),
       changed AS (
         INSERT INTO lifecycle_change (contact_id, from_stage, to_stage, changed_at, run_id)
         SELECT i.contact_id, p.lifecycle_stage, i.stage, $2, $1 FROM incoming i LEFT JOIN prev p USING (contact_id)
          WHERE p.lifecycle_stage IS DISTINCT FROM i.stage
         RETURNING contact_id, from_stage, to_stage),
       told AS (
         INSERT INTO timeline_event (subject_type, subject_id, event_type, occurred_at, payload)
         SELECT 'contact', contact_id, 'record.lifecycleChanged', $2, jsonb_build_object('from', from_stage, 'to', to_stage) FROM changed
          WHERE from_stage IS NOT NULL
         RETURNING 1)
       SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM changed)::int AS changed`,
      [runId, asOf],
    )) as { written: number; changed: number }[];
    return result;
  }

  /** Metrics of some contacts (for the value panel and `Contact.metrics`), by contact id. */
  async ofContacts(ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT contact_id AS "contactId", as_of AS "asOf", recency_days AS recency, frequency, monetary::float8 AS monetary, r_score AS r, f_score AS f, m_score AS m,
              rfm_cell AS "rfmCell", clv::float8 AS clv, p_alive AS "pAlive", churn_risk AS "churnRisk", churn_band AS "churnBand",
              expected_purchases AS "expectedPurchases", lifecycle_stage AS "lifecycleStage", stage_since AS "stageSince"
         FROM customer_metrics WHERE contact_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r['contactId'] as string, r]));
  }

  /** Per account: its contacts' value summed (the account's value panel), by account id. */
  async ofAccounts(ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT c.account_id AS "accountId", count(*) FILTER (WHERE cm.frequency > 0)::int AS customers, coalesce(sum(cm.clv), 0)::float8 AS clv,
              coalesce(sum(cm.monetary), 0)::float8 AS revenue, count(*) FILTER (WHERE cm.churn_band = 'high' OR cm.lifecycle_stage = 'at_risk')::int AS "atRisk",
              max(cm.as_of) AS "asOf"
         FROM contact c JOIN customer_metrics cm ON cm.contact_id = c.id
        WHERE c.account_id = ANY($1::uuid[]) AND c.deleted_at IS NULL GROUP BY c.account_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r['accountId'] as string, r]));
  }

  /** Per segment: its current members the reader may see, and their value summed (CLV per segment, issue 17 item 5). */
  async ofSegments(actor: Actor, ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
    const scope = contactScope(actor);
    const [sql, values] = this.ds.driver.escapeQueryWithParameters(
      `SELECT sm.segment_id AS "segmentId", count(*)::int AS members, count(*) FILTER (WHERE cm.frequency > 0)::int AS customers,
              coalesce(sum(cm.clv), 0)::float8 AS clv, coalesce(sum(cm.monetary), 0)::float8 AS revenue,
              count(*) FILTER (WHERE cm.churn_band = 'high' OR cm.lifecycle_stage = 'at_risk')::int AS "atRisk", max(cm.as_of) AS "asOf"
         FROM segment_membership sm JOIN contact c ON c.id = sm.contact_id LEFT JOIN customer_metrics cm ON cm.contact_id = c.id
        WHERE sm.segment_id IN (:...ids) AND sm.left_at IS NULL AND c.deleted_at IS NULL AND ${scope.sql}
        GROUP BY sm.segment_id`,
      { ...scope.params, ids: [...ids] },
    ) as [string, unknown[]];
    const rows: Record<string, unknown>[] = await this.ds.query(sql, values);
    return new Map(rows.map((r) => [r['segmentId'] as string, r]));
  }

  /** The customers with the highest lifetime value among the contacts the reader may see. */
  async topByClv(actor: Actor, limit: number): Promise<{ contactId: string; name: string; clv: number; pAlive: number | null; rfmCell: string | null; lifecycleStage: string }[]> {
    const scope = contactScope(actor);
    const [sql, values] = this.ds.driver.escapeQueryWithParameters(
      `SELECT cm.contact_id AS "contactId", btrim(c.first_name || ' ' || c.last_name) AS name, cm.clv::float8 AS clv, cm.p_alive AS "pAlive", cm.rfm_cell AS "rfmCell", cm.lifecycle_stage AS "lifecycleStage"
         FROM customer_metrics cm JOIN contact c ON c.id = cm.contact_id
        WHERE cm.clv IS NOT NULL AND c.deleted_at IS NULL AND ${scope.sql} ORDER BY cm.clv DESC, cm.contact_id LIMIT ${Math.max(1, Math.min(100, limit))}`,
      scope.params,
    ) as [string, unknown[]];
    return this.ds.query(sql, values);
  }

  /** Customers and revenue per RFM cell (the grid chart), from the last run's metrics. */
  rfmGrid(): Promise<{ r: number; fm: number; cell: string; customers: number; revenue: number }[]> {
    return this.ds.query(
      `SELECT r_score AS r, round((f_score + m_score) / 2.0)::int AS fm, rfm_cell AS cell, count(*)::int AS customers, sum(monetary)::float8 AS revenue
         FROM customer_metrics WHERE r_score IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1 DESC, 2 DESC`,
    );
  }
}

export function dayNumber(d: Date): number {
  return Math.floor(d.getTime() / 86_400_000);
}
