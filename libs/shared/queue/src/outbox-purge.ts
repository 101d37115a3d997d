import type { DataSource } from 'typeorm';

/** Failed rows are the trace of work that did not happen: kept at least this long for a look (or a replay). */
export const OUTBOX_FAILED_RETAIN_DAYS = 30;

/**
 * Deletes finished outbox rows once they are old enough, so the table holds the work in flight
 * plus a few days of history rather than growing without bound. Walks the primary key in chunks
 * (old rows have the low ids) with a cursor, so millions of rows are one pass rather than a scan
 * per chunk, and no statement holds many locks. Unfinished rows are never touched.
 * A purged row's dedup key can be published again; keys name one event (a lead, a notification,
 * an import), so none recurs after days.
 */
export async function purgeOutbox(ds: DataSource, opts: { doneOlderThanDays: number; failedOlderThanDays?: number; chunk?: number }): Promise<{ done: number; failed: number }> {
  const failedDays = Math.max(opts.failedOlderThanDays ?? OUTBOX_FAILED_RETAIN_DAYS, opts.doneOlderThanDays);
  const chunk = opts.chunk ?? 5000;
  const purged = { done: 0, failed: 0 };
  let after = '0';
  for (;;) {
    const window: { last: string | null; young: boolean }[] = await ds.query(
      `SELECT max(id)::text AS last, coalesce(min(created_at) > now() - make_interval(days => $3), true) AS young
         FROM (SELECT id, created_at FROM outbox WHERE id > $1 ORDER BY id LIMIT $2) w`,
      [after, chunk, opts.doneOlderThanDays],
    );
    const { last, young } = window[0];
    // Ids grow with time: once a whole chunk is younger than the cutoff, so is everything after it.
    if (!last || young) return purged;
    const result = await ds.query(
      `DELETE FROM outbox WHERE id > $1 AND id <= $2
          AND (done_at < now() - make_interval(days => $3) OR failed_at < now() - make_interval(days => $4))
       RETURNING (failed_at IS NOT NULL AND done_at IS NULL) AS failed`,
      [after, last, opts.doneOlderThanDays, failedDays],
    );
    const rows: { failed: boolean }[] = Array.isArray(result[0]) ? result[0] : result;
    for (const r of rows) purged[r.failed ? 'failed' : 'done']++;
    after = last;
  }
}
