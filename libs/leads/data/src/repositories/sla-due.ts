import { type BusinessCalendar, businessClockTable, type BusinessClockTable } from '@rapport/shared-domain';
import type { EscalationStep } from '@rapport/leads-domain';

/**
 * The SLA check's arithmetic in SQL, so one statement finds the due escalation steps of every
 * waiting lead (no per-lead loop in the worker). It is `businessTimeBetween` (shared-domain, over the
 * intake's business calendar: several periods a day, days off, make-up working days) and
 * `dueEscalations` (leads-domain) restated, not approximated: the business time between a and b is
 * W(b) − W(a), with W read from the calendar's clock table over the span of the waiting leads
 * (`businessClockTable`: per local date, the business time before it and its openings as instants).
 * That is O(1) per instant: one index from the local date, a few array reads. Both sides take the
 * zone's rules from a tz database (PostgreSQL's for the local date of an instant, luxon's for the
 * openings). `sla-due.int-spec.ts` checks the SQL against `businessTimeBetween` on random instants
 * and calendars.
 *
 * Parameters: $1 now, $2 zone, $3 the table's first date, $4 business time before each date (ms),
 * $5 / $6 each date's openings (from / to, epoch ms), $7 dates in the table; the due query adds
 * $8 levels, $9 percents, $10 open statuses, $11 limit.
 */

export function calendarParams(table: BusinessClockTable): [string, string, number[], number[], number[], number] {
  return [table.timeZone, table.firstDate, table.before, table.from, table.to, table.days];
}

/** The table index (0 … days − 1) of the local date of instant `t` in the calendar's zone. */
export const dateIndexSql = (t: string): string => `least(greatest(((${t}) AT TIME ZONE $2::text)::date - $3::date, 0), $7::int - 1)`;

/**
 * W(t) in milliseconds (numeric), for a timestamptz SQL expression `t` whose date index is `i`
 * (computed once per row by the caller, e.g. in a LATERAL, since it appears many times). `perDay`
 * is the table's openings per date (a number the server computed, not input).
 */
export function businessClockSql(t: string, i: string, perDay: number): string {
  const parts = Array.from({ length: perDay }, (_, k) => {
    const at = `${i} * ${perDay} + ${k + 1}`;
    return `least(greatest(extract(epoch FROM ${t}) * 1000 - ($5::bigint[])[${at}], 0), ($6::bigint[])[${at}] - ($5::bigint[])[${at}])`;
  });
  return `(($4::bigint[])[${i} + 1] + ${parts.join(' + ')})`;
}

const TEN_YEARS = 3650 * 86_400_000;

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
export function dueStepsQuery(now: Date, oldest: Date | null, cal: BusinessCalendar, ladder: EscalationStep[], openStatuses: string[], limit: number): [string, unknown[]] {
  // Over the waiting leads' span, at most ten years back (an older lead has used every step's time by then).
  const start = oldest && oldest < now ? new Date(Math.max(oldest.getTime(), now.getTime() - TEN_YEARS)) : now;
  const table = businessClockTable(cal, start, now);
  const clock = (t: string, i: string) => businessClockSql(t, i, table.perDay);
  // The waiting leads' clocks first (once per lead, not per lead and step), then the steps they reached.
  const sql = `
    WITH steps AS (SELECT * FROM unnest($8::int[], $9::numeric[]) AS s(level, pct)),
         clock AS (SELECT ${clock('$1::timestamptz', 'j.i')} AS now_ms FROM (SELECT ${dateIndexSql('$1::timestamptz')} AS i) j),
         waiting AS MATERIALIZED (
           SELECT r.lead_id, r.sla_minutes, l.owner_id, l.first_name, l.last_name, l.company, ${clock('r.received_at', 'j.i')} AS received_ms
             FROM lead_routing r
             JOIN lead l ON l.id = r.lead_id
            CROSS JOIN LATERAL (SELECT ${dateIndexSql('r.received_at')} AS i) j
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
  return [sql, [now, ...calendarParams(table), levels, percents, openStatuses, limit]];
}
