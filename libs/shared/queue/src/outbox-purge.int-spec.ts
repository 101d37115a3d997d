import { TestContext } from '@rapport/shared-testing';
import { OUTBOX_FAILED_RETAIN_DAYS, purgeOutbox } from './outbox-purge';

/** The nightly purge keeps the outbox to the work in flight plus a few days of history. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => {
  await ctx?.close();
});

it('deletes finished rows past their retention, in chunks, and never an unfinished one', async () => {
  // [key, created days ago, done days ago, failed days ago, dispatched]
  const rows: [string, number, number | null, number | null, boolean][] = [
    ['done-old-1', 20, 19, null, true],
    ['unfinished-old', 20, null, null, true],
    ['done-old-2', 12, 11, null, true],
    ['pending-old', 12, null, null, false],
    ['failed-10d', 10, null, 10, true],
    ['failed-40d', 41, null, 40, true],
    ['done-old-3', 9, 8, null, true],
    ['done-recent', 3, 2, null, true],
    ['unfinished-new', 0, null, null, true],
    ['done-new', 0, 0, null, true],
  ];
  // Inserted oldest first, like real rows (ids grow with time).
  rows.sort((a, b) => b[1] - a[1]);
  for (const [key, created, done, failed, dispatched] of rows) {
    // Raw on purpose: rows aged by days on the database's clock, which no publisher can write.
    await ctx.ds.query(
      `INSERT INTO outbox (queue, job_name, payload, dedup_key, created_at, dispatched_at, done_at, failed_at)
       VALUES ('leads', 'score-lead', '{}', $1, now() - make_interval(days => $2),
               CASE WHEN $5 THEN now() - make_interval(days => $2) END,
               now() - make_interval(days => $3), now() - make_interval(days => $4))`,
      [`purge:${key}`, created, done, failed, dispatched],
    );
  }
  expect(OUTBOX_FAILED_RETAIN_DAYS).toBe(30);
  expect(await purgeOutbox(ctx.ds, { doneOlderThanDays: 7, chunk: 2 })).toEqual({ done: 3, failed: 1 });
  const left: { dedup_key: string }[] = await ctx.ds.query(`SELECT dedup_key FROM outbox WHERE dedup_key LIKE 'purge:%' ORDER BY id`);
  expect(left.map((r) => r.dedup_key.slice('purge:'.length)).sort()).toEqual(['done-new', 'done-recent', 'failed-10d', 'pending-old', 'unfinished-new', 'unfinished-old']);
  // Nothing left to purge: a second night deletes nothing.
  expect(await purgeOutbox(ctx.ds, { doneOlderThanDays: 7, chunk: 2 })).toEqual({ done: 0, failed: 0 });
});
