import type { IntakeSettingsFieldsFragment, RoutingProfileFieldsFragment } from '@rapport/web-data-access';
import type { SaveLeadSettingsInput, SaveRoutingProfileInput } from '../shared/intake-types';

// ---- calendar dates in a time zone -------------------------------------------------------------

/** Minutes the zone is ahead of UTC at `instant` (Shanghai: 480). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant a calendar day (YYYY-MM-DD) starts in a time zone, as ISO. */
export function zonedMidnight(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle days where the offset changes (daylight saving) around midnight.
  let instant = guess - zoneOffsetMinutes(guess, timeZone) * 60_000;
  instant = guess - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function zonedDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

const nextDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};
const previousDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
};

// ---- rep routing profiles ------------------------------------------------------------------------

export interface ProfileFormValues {
  timeZone: string;
  workDays: number[];
  workStart: number;
  workEnd: number;
  dailyCapacity?: number | null;
  /** First and last day away (both included), in the rep's time zone. */
  awayFrom?: string | null;
  awayTo?: string | null;
}

export const DEFAULT_PROFILE: ProfileFormValues = { timeZone: 'Asia/Shanghai', workDays: [1, 2, 3, 4, 5], workStart: 540, workEnd: 1080, dailyCapacity: null, awayFrom: null, awayTo: null };

/** Editor values: the stored absence [from, until) shown as first and last day away. */
export function profileToForm(p: RoutingProfileFieldsFragment | undefined): ProfileFormValues {
  if (!p) return { ...DEFAULT_PROFILE };
  return {
    timeZone: p.timeZone,
    workDays: [...p.workDays],
    workStart: p.workStart,
    workEnd: p.workEnd,
    dailyCapacity: p.dailyCapacity,
    awayFrom: p.outOfOfficeFrom ? zonedDay(p.outOfOfficeFrom, p.timeZone) : null,
    awayTo: p.outOfOfficeUntil ? previousDay(zonedDay(p.outOfOfficeUntil, p.timeZone)) : null,
  };
}

/** The save input: whole days away become [start of first day, start of the day after the last). */
export function formToProfileInput(userId: string, v: ProfileFormValues): SaveRoutingProfileInput {
  const from = v.awayFrom ? zonedMidnight(v.awayFrom, v.timeZone) : null;
  const lastDay = v.awayTo ?? v.awayFrom ?? null;
  return {
    userId,
    timeZone: v.timeZone,
    workDays: [...new Set(v.workDays)].sort((a, b) => a - b),
    workStart: v.workStart,
    workEnd: v.workEnd,
    dailyCapacity: typeof v.dailyCapacity === 'number' ? v.dailyCapacity : null,
    outOfOfficeFrom: from,
    outOfOfficeUntil: from && lastDay ? zonedMidnight(nextDay(lastDay), v.timeZone) : null,
  };
}

/** Whether the rep is away at `now` (the router skips them). */
export function isAway(p: Pick<RoutingProfileFieldsFragment, 'outOfOfficeFrom' | 'outOfOfficeUntil'>, now: Date = new Date()): boolean {
  if (!p.outOfOfficeFrom || new Date(p.outOfOfficeFrom) > now) return false;
  return !p.outOfOfficeUntil || now < new Date(p.outOfOfficeUntil);
}

// ---- company intake settings ---------------------------------------------------------------------

/** The calendar choice that follows the default business calendar (the API's null). */
export const FOLLOW_DEFAULT = 'default';

export interface SettingsFormValues {
  fallbackUserId?: string | null;
  /** A business calendar's id, or FOLLOW_DEFAULT. */
  calendarId: string;
  ladder: { atPercent: number; action: string }[];
}

export function settingsToForm(s: IntakeSettingsFieldsFragment): SettingsFormValues {
  return {
    fallbackUserId: s.fallbackUserId,
    calendarId: s.calendarId ?? FOLLOW_DEFAULT,
    ladder: s.ladder.map((step) => ({ atPercent: step.atPercent, action: step.action })),
  };
}

/** The save input; the ladder goes in the order its steps come due. */
export function formToSettingsInput(v: SettingsFormValues): SaveLeadSettingsInput {
  return {
    fallbackUserId: v.fallbackUserId ?? null,
    calendarId: v.calendarId === FOLLOW_DEFAULT ? null : v.calendarId,
    ladder: (v.ladder ?? []).map((s) => ({ atPercent: Math.round(s.atPercent), action: s.action })).sort((a, b) => a.atPercent - b.atPercent),
  };
}
