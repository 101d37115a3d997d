import type { BusinessCalendar, EscalationStep } from '@rapport/leads-domain';

/**
 * The SLA check's arithmetic in SQL, so one statement finds the due escalation steps of every
 * waiting lead (no per-lead loop in the worker). It is `businessMinutesBetween` and
 * `dueEscalations` (libs/leads/domain) restated, not approximated:
 *
 * Business time is a set of instants: on each working day d, [start of d + start, start of d + end)
 * in the calendar's zone, the minutes added as elapsed time, as luxon's `plus({ minutes })` does.
 * `businessMinutesBetween(a, b)` measures [a, b] ∩ that set, so it equals W(b) − W(a), where W(t)
 * is the business time between a fixed Monday and t: (working days before t's local date) × the
 * day's length + the part of t's own day. That is O(1) per instant: whole weeks × working days per
 * week + a 7-entry prefix count for the remainder. Both sides take the zone's rules (DST included)
 * from the same tz database. `sla-due.int-spec.ts` checks the SQL against the luxon loop on random
 * instants and calendars. (One difference exists: hours that reach 24:00 on a day shortened by a
 * DST change overlap the next day's hours and the loop counts the overlap twice; W counts it once.)
 *
 * Parameters: $1 now, $2 zone, $3 working days (ISO), $4 prefix counts, $5 working days per week,
 * $6 start (minutes), $7 length of a working day (ms); the due query adds $8 levels, $9 percents,
 * $10 open statuses, $11 limit.
 */

/** A Monday: the origin of the business clock (any Monday does; only differences count). */
const ORIGIN = '2000-01-03';

export function calendarParams(cal: BusinessCalendar): [string, number[], number[], number, number, number] {
  // As `workDays.includes(weekday)` does: other values (0, 8, "1") never match a weekday.
  const days = [...new Set(cal.workDays)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  // prefix[i] = working days among the first i days of a week (Monday = isodow 1).
  const prefix = [0, 1, 2, 3, 4, 5, 6].map((i) => days.filter((d) => d <= i).length);
  return [cal.timeZone, days, prefix, days.length, cal.start, Math.max(cal.end - cal.start, 0) * 60_000];
}

/** The local date of instant `t` in the calendar's zone. */
export const localDateSql = (t: string): string => `((${t}) AT TIME ZONE $2::text)::date`;

/**
 * W(t) in milliseconds (numeric), for a timestamptz SQL expression `t` whose local date is `d`
 * (computed once per row by the caller, e.g. in a LATERAL, since it appears four times).
 */
export function businessClockSql(t: string, d: string): string {
  const n = `(${d} - DATE '${ORIGIN}')`;
  return `((floor(${n} / 7.0) * $5::int + ($4::int[])[(${n} - 7 * floor(${n} / 7.0))::int + 1]) * $7::bigint
        + CASE WHEN extract(isodow FROM ${d})::int = ANY($3::int[])
               THEN least(greatest((extract(epoch FROM ${t}) - extract(epoch FROM (${d})::timestamp AT TIME ZONE $2::text)) * 1000 - $6::int * 60000, 0), $7::bigint)
               ELSE 0 END)`;
}

export interface DueStep {
  lead_id: string;
  owner_id: string | null;
  first_name: string;
  last_name: string;
  company: string | null;
  level: number;
}

/**
 * The due, not yet taken steps of every open, routed, unanswered lead with an SLA, most overdue
 * first (a lead's steps in ladder order), at most `limit` of them. One pass over the waiting leads,
 * a few numeric operations each (about 200 ms for 35,000 of them on the bench machine), then an
 * anti-join against the steps already taken.
 */
export function dueStepsQuery(now: Date, cal: BusinessCalendar, ladder: EscalationStep[], openStatuses: string[], limit: number): [string, unknown[]] {
  // The waiting leads' clocks first (once per lead, not per lead and step), then the steps they reached.
  const sql = `
    WITH steps AS (SELECT * FROM unnest($8::int[], $9::numeric[]) AS s(level, pct)),
         clock AS (SELECT ${businessClockSql('$1::timestamptz', 'j.d')} AS now_ms FROM (SELECT ${localDateSql('$1::timestamptz')} AS d) j),
         waiting AS MATERIALIZED (
           SELECT r.lead_id, r.sla_minutes, l.owner_id, l.first_name, l.last_name, l.company, ${businessClockSql('r.received_at', 'j.d')} AS received_ms
             FROM lead_routing r
             JOIN lead l ON l.id = r.lead_id
            CROSS JOIN LATERAL (SELECT ${localDateSql('r.received_at')} AS d) j
            WHERE r.first_response_at IS NULL AND r.routed_at IS NOT NULL AND r.sla_minutes > 0
              AND l.deleted_at IS NULL AND l.status = ANY($10::text[]))
    SELECT w.lead_id, w.owner_id, w.first_name, w.last_name, w.company, s.level
      FROM waiting w
     CROSS JOIN clock c
      JOIN steps s ON greatest(c.now_ms - w.received_ms, 0) * 100 >= s.pct * w.sla_minutes * 60000
     WHERE NOT EXISTS (SELECT 1 FROM lead_escalation e WHERE e.lead_id = w.lead_id AND e.level = s.level)
     ORDER BY w.received_ms + s.pct * w.sla_minutes * 600, w.lead_id, s.pct, s.level
     LIMIT $11`;
  const levels = ladder.map((_, i) => i);
  const percents = ladder.map((s) => s.atPercent);
  return [sql, [now, ...calendarParams(cal), levels, percents, openStatuses, limit]];
}
