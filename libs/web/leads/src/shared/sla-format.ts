import type { TFunction } from 'i18next';

const MINUTE = 60_000;

/** Whole minutes from `from` to `to` (negative when `to` is earlier). */
export function minutesBetween(from: string | Date, to: string | Date): number {
  return Math.floor((new Date(to).getTime() - new Date(from).getTime()) / MINUTE);
}

/** Minutes as days, hours and minutes; only the two largest non-zero units are shown. */
export function formatMinutes(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 1) return t('intake.duration.underMinute');
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  if (days > 0) return hours > 0 ? t('intake.duration.daysHours', { days, hours }) : t('intake.duration.days', { days });
  if (hours > 0) return mins > 0 ? t('intake.duration.hoursMinutes', { hours, minutes: mins }) : t('intake.duration.hours', { hours });
  return t('intake.duration.minutes', { minutes: mins });
}

/** How long an inquiry has waited, e.g. "3 h 5 min". */
export function formatAge(t: TFunction, receivedAt: string | null | undefined, now: Date = new Date()): string | undefined {
  if (!receivedAt) return undefined;
  return formatMinutes(t, minutesBetween(receivedAt, now));
}

export interface SlaCountdown {
  overdue: boolean;
  minutes: number;
}

/** Wall-clock time left to the due time, or how long it is overdue. */
export function slaCountdown(dueAt: string | null | undefined, now: Date = new Date()): SlaCountdown | undefined {
  if (!dueAt) return undefined;
  const left = minutesBetween(now, dueAt);
  return left >= 0 ? { overdue: false, minutes: left } : { overdue: true, minutes: -left };
}

/** "due in 40 min" / "overdue by 2 h" / "answered"; the clock stops once someone responded. */
export function formatSlaDue(
  t: TFunction,
  intake: { slaDueAt: string | null; firstResponseAt?: string | null } | null | undefined,
  now: Date = new Date(),
): string {
  if (!intake) return t('intake.sla.none');
  if (intake.firstResponseAt) return t('intake.sla.answered');
  const c = slaCountdown(intake.slaDueAt, now);
  if (!c) return t('intake.sla.none');
  return c.overdue ? t('intake.sla.overdueBy', { duration: formatMinutes(t, c.minutes) }) : t('intake.sla.dueIn', { duration: formatMinutes(t, c.minutes) });
}

/** Business minutes of an SLA policy in words ("1 h", "30 min"). */
export const formatSlaMinutes = (t: TFunction, minutes: number | null | undefined) =>
  minutes === null || minutes === undefined ? t('intake.sla.none') : formatMinutes(t, minutes);
