import { BusinessCalendar, businessMinutesBetween } from '@rapport/leads-domain';
import { TestContext } from '@rapport/shared-testing';
import { businessClockSql, calendarParams, localDateSql } from './sla-due';

/**
 * The SLA check's business clock in SQL must give what `businessMinutesBetween` (luxon, the rule in
 * libs/leads/domain) gives, to the millisecond, on random instants: across weekends, evenings,
 * daylight-saving changes (also at midnight), odd hours and odd calendars.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => {
  await ctx?.close();
});

/** A deterministic sequence, so a failure replays. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const calendars: BusinessCalendar[] = [
  { timeZone: 'Asia/Shanghai', workDays: [1, 2, 3, 4, 5], start: 9 * 60, end: 18 * 60 },
  // Daylight saving time (last Sundays of March and October), Saturdays, hours not on the hour.
  { timeZone: 'Europe/Berlin', workDays: [1, 2, 3, 4, 5, 6], start: 8 * 60 + 30, end: 17 * 60 + 15 },
  // DST, a working Sunday, hours that start at midnight.
  { timeZone: 'America/New_York', workDays: [7, 1, 2, 3, 4], start: 0, end: 20 * 60 },
  // DST changes at midnight there, so some days start at 01:00.
  { timeZone: 'America/Santiago', workDays: [1, 2, 3, 4, 5], start: 0, end: 12 * 60 },
  // Around the clock; and a calendar with a day given twice, out of order, ten minutes a day.
  { timeZone: 'UTC', workDays: [1, 2, 3, 4, 5, 6, 7], start: 0, end: 1440 },
  { timeZone: 'Asia/Kolkata', workDays: [4, 2, 2], start: 600, end: 610 },
];

it.each(calendars.map((c) => [`${c.timeZone} ${c.workDays.join(',')} ${c.start}-${c.end}`, c] as const))('equals businessMinutesBetween (%s)', async (_, cal) => {
  const next = random(cal.start + cal.end + cal.workDays.length);
  const from: Date[] = [];
  const to: Date[] = [];
  for (let i = 0; i < 400; i++) {
    const a = Date.UTC(2024, 0, 1) + next() * 3 * 365 * 86_400_000;
    // Mostly a few days apart, some weeks; some the wrong way round (0); some from a full hour.
    const b = i % 10 === 0 ? a - next() * 86_400_000 : a + next() * (i % 3 === 0 ? 40 : 3) * 86_400_000;
    from.push(new Date(i % 7 === 0 ? Math.floor(a / 3_600_000) * 3_600_000 : a));
    to.push(new Date(b));
  }
  // Every half hour of the days the clocks change (Europe, United States, Chile), from and to.
  for (const day of ['2024-03-31', '2024-10-27', '2025-03-09', '2025-11-02', '2024-09-08', '2025-04-06']) {
    for (let h = 0; h < 48; h++) {
      const t = new Date(Date.parse(`${day}T00:00:00Z`) - 12 * 3_600_000 + h * 1_800_000 + (h % 5) * 61_000);
      from.push(t, new Date(t.getTime() - 3 * 86_400_000));
      to.push(new Date(t.getTime() + 2 * 86_400_000 + next() * 86_400_000), t);
    }
  }
  const rows: { ms: string }[] = await ctx.ds.query(
    // $1 (the check's "now") is not needed here.
    `SELECT greatest(${businessClockSql('x.b', 'db.d')} - ${businessClockSql('x.a', 'da.d')}, 0)::text AS ms
       FROM unnest($8::timestamptz[], $9::timestamptz[]) WITH ORDINALITY AS x(a, b, i)
      CROSS JOIN LATERAL (SELECT ${localDateSql('x.a')} AS d) da
      CROSS JOIN LATERAL (SELECT ${localDateSql('x.b')} AS d) db
      WHERE $1::timestamptz IS NULL ORDER BY x.i`,
    [null, ...calendarParams(cal), from, to],
  );
  expect(rows).toHaveLength(from.length);
  const mismatches = rows
    .map((r, i) => ({ from: from[i].toISOString(), to: to[i].toISOString(), sql: Number(r.ms) / 60_000, luxon: businessMinutesBetween(from[i], to[i], cal) }))
    .filter((m) => Math.abs(m.sql - m.luxon) > 1e-6);
  expect(mismatches).toEqual([]);
});
