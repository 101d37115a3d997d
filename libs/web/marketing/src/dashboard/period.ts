/**
 * The dashboard's period: a preset or a custom range, as the `from`/`to` days (YYYY-MM-DD, both
 * included) the report takes. Calendar days in the viewer's time zone: "this year" is the year on
 * their wall calendar, not in UTC.
 */
export type PeriodPreset = 'thisYear' | 'lastYear' | 'thisQuarter' | 'last12Months' | 'custom';

export const PERIOD_PRESETS: PeriodPreset[] = ['thisYear', 'lastYear', 'thisQuarter', 'last12Months', 'custom'];

export interface DayRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
// Day 0 of the next month is the last day of this one (leap years included).
const lastDay = (year: number, month0: number) => new Date(year, month0 + 1, 0);

/** The days a preset covers, seen from `now`; `custom` keeps the range it is given. */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, now = new Date()): DayRange {
  const year = now.getFullYear();
  switch (preset) {
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'thisQuarter': {
      const first = Math.floor(now.getMonth() / 3) * 3;
      return { from: dayOf(new Date(year, first, 1)), to: dayOf(lastDay(year, first + 2)) };
    }
    case 'last12Months':
      // Today and the eleven whole months before this one: a year of campaigns, whatever today is.
      return { from: dayOf(new Date(year, now.getMonth() - 11, 1)), to: dayOf(now) };
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A range from the address bar, if it is two real days in order; anything else is ignored. */
export function parseRange(from: string | null, to: string | null): DayRange | null {
  if (!from || !to || !DAY.test(from) || !DAY.test(to) || from > to) return null;
  const real = (d: string) => dayOf(new Date(`${d}T00:00:00`)) === d;
  return real(from) && real(to) ? { from, to } : null;
}

/** Which preset a range is (so a shared link lights the right button), or `custom`. */
export function presetOf(range: DayRange, now = new Date()): PeriodPreset {
  const match = PERIOD_PRESETS.find((p) => p !== 'custom' && sameRange(presetRange(p, now), range));
  return match ?? 'custom';
}

const sameRange = (a: DayRange, b: DayRange) => a.from === b.from && a.to === b.to;
