import dayjs from 'dayjs';

/**
 * One date format in every language and on every screen: the one the date pickers show and take
 * (antd's default), ISO 8601 order. "12/30/2026" in lists next to "2026-12-30" in inputs made
 * people re-read dates, and month/day order differs between English readers; year-month-day is
 * what Chinese readers write (GB/T 7408) and reads the same to everyone. Relative times ("3 days
 * ago") stay in the app's language.
 */
export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

export function formatDateTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : undefined;
}

export function formatDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : undefined;
}

export function formatRelative(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.fromNow() : undefined;
}
