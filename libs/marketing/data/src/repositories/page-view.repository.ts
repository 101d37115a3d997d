import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PAGE_VIEW_TABLE, type PageViewBatch, type PartitionSpec } from '@rapport/marketing-domain';

/** The DDL of one monthly partition; idempotent, so the migration, the job and the ingest fallback can all run it. */
export function createPartitionSql(p: PartitionSpec): string {
  if (!/^page_view_y\d{4}m\d{2}$/.test(p.name)) throw new Error(`not a page_view partition name: ${p.name}`);
  return `CREATE TABLE IF NOT EXISTS "${p.name}" PARTITION OF "${PAGE_VIEW_TABLE}" FOR VALUES FROM ('${new Date(p.from).toISOString()}') TO ('${new Date(p.to).toISOString()}')`;
}

/**
 * One batch in one statement, because this endpoint takes the volume (issue 16: ≥ 2,000 views/s):
 * the client's rate counter (the row lock of ON CONFLICT serialises every API process's hits, as
 * for web-to-lead), the visitor's first/last seen, and every view of the batch in a set-based
 * INSERT … SELECT FROM unnest — all or nothing, and nothing at all once the client is over its
 * limit. The database's clock dates the views (`ageMs` before now), not the browser's, which may
 * be hours off; milliseconds only, so a view's time round-trips through JavaScript for cursors.
 */
const INGEST_SQL = `
WITH rate AS (
  INSERT INTO page_view_rate AS r (client_hash, window_start, hits) VALUES ($1, now(), 1)
  ON CONFLICT (client_hash) DO UPDATE SET
    window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END,
    hits = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.hits + 1 END
  RETURNING hits, window_start
), views AS (
  SELECT date_trunc('milliseconds', now() - make_interval(secs => v.age_ms / 1000.0)) AS viewed_at, v.url, v.page, v.title, v.referrer
    FROM unnest($5::int[], $6::text[], $7::text[], $8::text[], $9::text[]) AS v(age_ms, url, page, title, referrer)
   WHERE (SELECT hits FROM rate) <= $3
), visitor AS (
  INSERT INTO web_visitor AS w (id, first_seen, last_seen)
  SELECT $4::uuid, min(viewed_at), max(viewed_at) FROM views HAVING count(*) > 0
  ON CONFLICT (id) DO UPDATE SET first_seen = LEAST(w.first_seen, EXCLUDED.first_seen), last_seen = GREATEST(w.last_seen, EXCLUDED.last_seen)
), stored AS (
  INSERT INTO page_view (visitor_id, viewed_at, url, page, title, referrer)
  SELECT $4::uuid, viewed_at, url, page, title, referrer FROM views
  RETURNING 1
)
SELECT (SELECT hits FROM rate) AS hits, (SELECT window_start FROM rate) AS "windowStart", now() AS now, (SELECT count(*)::int FROM stored) AS stored`;

export interface IngestOutcome {
  hits: number;
  windowStart: Date;
  now: Date;
  stored: number;
}

/** A page of a person's views, newest first. */
export interface PageViewRow {
  id: string;
  visitorId: string;
  viewedAt: Date;
  url: string;
  page: string;
  title: string | null;
  referrer: string | null;
}

export interface PageCountRow {
  page: string;
  url: string;
  title: string | null;
  views: number;
  lastViewedAt: Date;
}

/**
 * Whose views: the visitors identified as the person. A contact also has the views of the leads
 * that were converted into it (read through `lead.converted_contact_id`, so nothing is moved at
 * conversion and the lead keeps showing its own history).
 */
export type PersonRef = { kind: 'contact' | 'lead'; id: string };

export function personVisitorsSql(person: PersonRef, param: string): string {
  return person.kind === 'lead'
    ? `SELECT id FROM web_visitor WHERE lead_id = ${param}::uuid`
    : `SELECT id FROM web_visitor WHERE contact_id = ${param}::uuid
       UNION ALL SELECT w.id FROM lead l JOIN web_visitor w ON w.lead_id = l.id WHERE l.converted_contact_id = ${param}::uuid`;
}

/** The SQL of `page_view` (partitioned by month, append-only), its partitions and its rate counter. */
@Injectable()
export class PageViewRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async ingest(batch: PageViewBatch, clientHash: string, limit: number, windowSeconds: number): Promise<IngestOutcome> {
    const v = batch.views;
    const [row] = (await this.ds.query(INGEST_SQL, [
      clientHash,
      windowSeconds,
      limit,
      batch.visitorId,
      v.map((x) => x.ageMs),
      v.map((x) => x.url),
      v.map((x) => x.page),
      v.map((x) => x.title),
      v.map((x) => x.referrer),
    ])) as IngestOutcome[];
    return row!;
  }

  async createPartitions(specs: readonly PartitionSpec[], m: EntityManager = this.ds.manager): Promise<void> {
    for (const p of specs) await m.query(createPartitionSql(p));
  }

  /** The names of page_view's partitions, oldest first. */
  async partitionNames(): Promise<string[]> {
    const rows: { name: string }[] = await this.ds.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
        WHERE p.relname = $1 AND p.relnamespace = current_schema()::regnamespace ORDER BY c.relname`,
      [PAGE_VIEW_TABLE],
    );
    return rows.map((r) => r.name);
  }

  /**
   * Drops a whole month. Dropping a partition locks the parent briefly; a lock timeout makes a busy
   * moment fail this run (the next one retries) instead of queueing every ingest behind it.
   */
  async dropPartition(name: string): Promise<void> {
    if (!/^page_view_y\d{4}m\d{2}$/.test(name)) throw new Error(`not a page_view partition name: ${name}`);
    await this.ds.transaction(async (m) => {
      await m.query(`SET LOCAL lock_timeout = '5s'`);
      await m.query(`DROP TABLE IF EXISTS "${name}"`);
    });
  }

  /** Deletes the rate counters of windows that have ended. */
  async purgeRateWindows(windowSeconds: number): Promise<void> {
    await this.ds.query(`DELETE FROM page_view_rate WHERE window_start <= now() - make_interval(secs => $1)`, [windowSeconds]);
  }

  /** The person's views, newest first, after the keyset (viewedAt, id) when given; one more than asked, to tell if there is a next page. */
  page(person: PersonRef, first: number, after: { viewedAt: string; id: string } | null): Promise<PageViewRow[]> {
    return this.ds.query(
      `SELECT pv.id::text AS id, pv.visitor_id AS "visitorId", pv.viewed_at AS "viewedAt", pv.url, pv.page, pv.title, pv.referrer
         FROM page_view pv
        WHERE pv.visitor_id IN (${personVisitorsSql(person, '$1')})
          AND ($3::timestamptz IS NULL OR (pv.viewed_at, pv.id) < ($3::timestamptz, $4::bigint))
        ORDER BY pv.viewed_at DESC, pv.id DESC
        LIMIT $2`,
      [person.id, first + 1, after?.viewedAt ?? null, after?.id ?? null],
    );
  }

  /** Views per page since `since` (all kept views when null), most viewed first, at most `limit` pages. */
  pageCounts(person: PersonRef, since: Date | null, limit: number): Promise<PageCountRow[]> {
    return this.ds.query(
      `SELECT pv.page, (array_agg(pv.url ORDER BY pv.viewed_at DESC))[1] AS url, (array_agg(pv.title ORDER BY pv.viewed_at DESC) FILTER (WHERE pv.title IS NOT NULL))[1] AS title,
              count(*)::int AS views, max(pv.viewed_at) AS "lastViewedAt"
         FROM page_view pv
        WHERE pv.visitor_id IN (${personVisitorsSql(person, '$1')}) AND ($2::timestamptz IS NULL OR pv.viewed_at >= $2::timestamptz)
        GROUP BY pv.page
        ORDER BY views DESC, "lastViewedAt" DESC
        LIMIT $3`,
      [person.id, since, limit],
    );
  }

  /**
   * Per lead and page, the views of the last 90 days and of them the last 30 (lead scoring's web
   * engagement, for a batch of leads in the caller's transaction).
   */
  pagesOfLeads(m: EntityManager, leadIds: readonly string[]): Promise<{ leadId: string; page: string; views: number; recent: number; lastViewedAt: Date }[]> {
    return m.query(
      `SELECT v.lead_id AS "leadId", pv.page, count(*)::int AS views, max(pv.viewed_at) AS "lastViewedAt",
              count(*) FILTER (WHERE pv.viewed_at >= now() - interval '30 days')::int AS recent
         FROM web_visitor v JOIN page_view pv ON pv.visitor_id = v.id AND pv.viewed_at >= now() - interval '90 days'
        WHERE v.lead_id = ANY($1::uuid[])
        GROUP BY v.lead_id, pv.page`,
      [leadIds],
    );
  }

  /** How many views the person has since `since`. */
  async countSince(person: PersonRef, since: Date): Promise<number> {
    const [row] = (await this.ds.query(`SELECT count(*)::int AS n FROM page_view WHERE visitor_id IN (${personVisitorsSql(person, '$1')}) AND viewed_at >= $2`, [person.id, since])) as { n: number }[];
    return row!.n;
  }

  /** The latest view of each visitor in `visitorIds` since `since`, and how many views each has since then. */
  latestOf(visitorIds: readonly string[], since: Date): Promise<{ visitorId: string; url: string; title: string | null; views: number }[]> {
    return this.ds.query(
      `SELECT pv.visitor_id AS "visitorId", (array_agg(pv.url ORDER BY pv.viewed_at DESC))[1] AS url, (array_agg(pv.title ORDER BY pv.viewed_at DESC))[1] AS title, count(*)::int AS views
         FROM page_view pv WHERE pv.visitor_id = ANY($1::uuid[]) AND pv.viewed_at >= $2 GROUP BY pv.visitor_id`,
      [visitorIds, since],
    );
  }
}
