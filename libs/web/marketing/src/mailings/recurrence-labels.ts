import type { MailingRecurrenceFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

// A series' rule in words ("Every Monday at 09:00 (Asia/Shanghai), 2 times"), for the wizard's
// review, the mailing page and the list (tested in recurrence-labels.test.ts). Weekday names come
// from the browser's Intl in the UI language, not from message files. Messages: lazy/mailings.*.json.

type Frequency = MailingRecurrenceFieldsFragment['frequency'];

/** What the words need of a rule: the saved one, or the wizard's (whose zone may be left to the contact policy). */
export type RuleWords = Pick<MailingRecurrenceFieldsFragment, 'frequency' | 'interval' | 'weekdays' | 'monthDay' | 'hour' | 'minute' | 'count' | 'until'> & { timeZone: string | null };

export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Monday" / "星期一" (long) or "Mon" / "周一" (short) for an ISO weekday (1 = Monday), in `lng`. */
export function weekdayName(lng: string, isoDay: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday: day n of that week is ISO weekday n.
  return new Intl.DateTimeFormat(lng, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoDay)));
}

/** "Monday and Thursday", "星期一、星期三和星期五": the days in week order, joined as the language joins a list. */
export function weekdaysText(lng: string, days: readonly number[]): string {
  const names = [...days].sort((a, b) => a - b).map((d) => weekdayName(lng, d));
  return new Intl.ListFormat(lng, { type: 'conjunction' }).format(names);
}

/** "09:05". */
export const clockText = (hour: number, minute: number): string => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

function cadence(t: TFunction, lng: string, r: RuleWords): string {
  const time = clockText(r.hour, r.minute);
  const n = r.interval;
  const every = n > 1;
  switch (r.frequency) {
    case 'DAILY':
      return every ? t('mailings.repeat.words.everyNDays', { n, time }) : t('mailings.repeat.words.everyDay', { time });
    case 'WEEKLY': {
      const days = weekdaysText(lng, r.weekdays);
      return every ? t('mailings.repeat.words.everyNWeeks', { n, days, time }) : t('mailings.repeat.words.everyWeek', { days, time });
    }
    default: {
      const day = r.monthDay ?? 1;
      return every ? t('mailings.repeat.words.everyNMonths', { n, day, time }) : t('mailings.repeat.words.everyMonth', { day, time });
    }
  }
}

/**
 * The whole rule in one sentence: how often, at what time, in which zone (the contact policy's
 * when the wizard leaves it empty), and when it ends if it does.
 */
export function recurrenceText(t: TFunction, lng: string, r: RuleWords): string {
  const rule = t('mailings.repeat.words.zone', { rule: cadence(t, lng, r), zone: r.timeZone ?? t('mailings.repeat.words.policyZone') });
  if (r.count !== null) return t('mailings.repeat.words.times', { rule, count: r.count });
  if (r.until !== null) return t('mailings.repeat.words.until', { rule, date: r.until });
  return rule;
}

// One literal key per value (the i18n key test sees every key).
const FREQUENCY_LABELS: Record<Frequency, (t: TFunction) => string> = {
  DAILY: (t) => t('mailings.repeat.DAILY'),
  WEEKLY: (t) => t('mailings.repeat.WEEKLY'),
  MONTHLY: (t) => t('mailings.repeat.MONTHLY'),
};
/** "Daily", "Weekly", "Monthly": the repeat choice's options. */
export const frequencyLabel = (t: TFunction, f: Frequency): string => FREQUENCY_LABELS[f]?.(t) ?? f;

const TAG_LABELS: Record<Frequency, (t: TFunction) => string> = {
  DAILY: (t) => t('mailings.repeat.tag.DAILY'),
  WEEKLY: (t) => t('mailings.repeat.tag.WEEKLY'),
  MONTHLY: (t) => t('mailings.repeat.tag.MONTHLY'),
};
/** "Repeats weekly": the list's short mark of a series. */
export const repeatTagLabel = (t: TFunction, f: Frequency): string => TAG_LABELS[f]?.(t) ?? f;

const INTERVAL_LABELS: Record<Frequency, (t: TFunction) => string> = {
  DAILY: (t) => t('mailings.repeat.interval.DAILY'),
  WEEKLY: (t) => t('mailings.repeat.interval.WEEKLY'),
  MONTHLY: (t) => t('mailings.repeat.interval.MONTHLY'),
};
/** "Every how many weeks": the interval field's label for the chosen frequency. */
export const intervalLabel = (t: TFunction, f: Frequency): string => INTERVAL_LABELS[f]?.(t) ?? f;
