import type { EntityManager } from 'typeorm';
import { storedCalendar } from '@rapport/shared-database';
import type { BusinessCalendar } from '@rapport/shared-domain';
import { BUILT_IN_INTAKE_CALENDAR } from '@rapport/leads-domain';

/** The calendar lead settings name, else the default business calendar. */
const EFFECTIVE = `FROM lead_settings s JOIN business_calendar c ON c.id = COALESCE(s.calendar_id, (SELECT d.id FROM business_calendar d WHERE d.is_default)) WHERE s.id = 1`;

/**
 * The business calendar the intake's SLA counts in, as the business-time engine takes it: the one
 * lead settings name, else the default business calendar, else the built-in hours. Read where it is
 * used, in the caller's transaction, so an edit of the calendar counts from the next routing or check on.
 */
export async function intakeCalendar(m: EntityManager): Promise<BusinessCalendar> {
  return (await intakeCalendarVersion(m)).calendar;
}

/**
 * The intake calendar and its version: which calendar, as last edited (`built-in` for the built-in
 * hours). A new version means the waiting leads' due times must be computed again.
 */
export async function intakeCalendarVersion(m: EntityManager): Promise<{ calendar: BusinessCalendar; version: string }> {
  const [row] = await m.query(`SELECT c.id, c.updated_at, c.time_zone, c.week, c.holidays, c.workdays ${EFFECTIVE}`);
  if (!row) return { calendar: BUILT_IN_INTAKE_CALENDAR, version: 'built-in' };
  return { calendar: storedCalendar(row.time_zone, row.week, row.holidays, row.workdays), version: `${row.id}@${(row.updated_at as Date).toISOString()}` };
}

/** Which calendar that is (null: the built-in hours), for the settings screen. */
export async function intakeCalendarSummary(m: EntityManager): Promise<{ id: string; name: string; timeZone: string } | null> {
  const [row] = await m.query(`SELECT c.id, c.name, c.time_zone AS "timeZone" ${EFFECTIVE}`);
  return row ?? null;
}
