import { type BusinessCalendar, businessClockTable, businessTimeBetween, period, weekdays } from '@rapport/shared-domain';
import { TestContext } from '@rapport/shared-testing';
import { businessClockSql, calendarParams, dateIndexSql } from './sla-due';

/**
 * The SLA check's business clock in SQL must give what `businessTimeBetween` (luxon, the rule in
 * shared-domain) gives, to the millisecond, on random instants: across weekends, evenings, lunch
 * breaks, days off, make-up working days, daylight-saving changes (also at midnight), odd hours and
 * odd calendars.
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

const calendars: [string, BusinessCalendar][] = [
  // Mainland China: a lunch break, the National Day week off, make-up Sundays and Saturdays.
  [
    'Shanghai, lunch, holidays, make-up days',
    {
      timeZone: 'Asia/Shanghai',
      week: weekdays([period('09:00-12:00'), period('13:00-18:00')]),
      holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
      workdays: { '2024-09-29': null, '2024-10-12': null, '2025-09-28': null, '2025-10-11': [period('10:00-15:00')] },
    },
  ],
  // Daylight saving time (last Sundays of March and October), Saturdays, hours not on the hour.
  ['Berlin, Saturdays', { timeZone: 'Europe/Berlin', week: { ...weekdays([period('08:30-17:15')]), 6: [period('08:30-17:15')] } }],
  // DST, a working Sunday, hours that start at midnight, an evening shift to midnight.
  ['New York, from midnight', { timeZone: 'America/New_York', week: { 7: [period('00:00-20:00')], 1: [period('00:00-20:00')], 2: [period('00:00-06:00'), period('18:00-24:00')], 3: [period('00:00-20:00')], 4: [period('00:00-20:00')] } }],
  // DST changes at midnight there, so some days start at 01:00.
  ['Santiago, mornings', { timeZone: 'America/Santiago', week: weekdays([period('00:00-12:00')]) }],
  // Around the clock; and ten minutes on two days a week.
  ['UTC, always', { timeZone: 'UTC', week: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [period('00:00-24:00')]])) }],
  ['Kolkata, ten minutes', { timeZone: 'Asia/Kolkata', week: { 2: [period('10:00-10:10')], 4: [period('10:00-10:10')] } }],
];

it.each(calendars)('equals businessTimeBetween (%s)', async (name, cal) => {
  const next = random(name.length);
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
  const all = [...from, ...to].map((d) => d.getTime());
  const table = businessClockTable(cal, new Date(Math.min(...all)), new Date(Math.max(...all)));
  const clock = (t: string, i: string) => businessClockSql(t, i, table.perDay);
  const rows: { ms: string }[] = await ctx.ds.query(
    // $1 (the check's "now") is not needed here.
    `SELECT greatest(${clock('x.b', 'ib.i')} - ${clock('x.a', 'ia.i')}, 0)::text AS ms
       FROM unnest($8::timestamptz[], $9::timestamptz[]) WITH ORDINALITY AS x(a, b, i)
      CROSS JOIN LATERAL (SELECT ${dateIndexSql('x.a')} AS i) ia
      CROSS JOIN LATERAL (SELECT ${dateIndexSql('x.b')} AS i) ib
      WHERE $1::timestamptz IS NULL ORDER BY x.i`,
    [null, ...calendarParams(table), from, to],
  );
  expect(rows).toHaveLength(from.length);
  const mismatches = rows
    .map((r, i) => ({ from: from[i].toISOString(), to: to[i].toISOString(), sql: Number(r.ms), luxon: businessTimeBetween(from[i], to[i], cal) }))
    .filter((m) => Math.abs(m.sql - m.luxon) > 1e-3);
  expect(mismatches).toEqual([]);
  // The calendars' days off and lunch breaks are in play: some pairs differ from plain elapsed time.
  expect(rows.some((r, i) => to[i] > from[i] && Number(r.ms) < to[i].getTime() - from[i].getTime())).toBe(name !== 'UTC, always');
});
