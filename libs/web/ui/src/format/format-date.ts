import dayjs from 'dayjs';

/**
 * Dates come from the API as ISO strings. Formatting goes through dayjs so the output follows the
 * language picked in the app (dayjs' global locale is kept in sync by the i18n setup).
 */
export function formatDateTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.format('L LT') : undefined;
}

export function formatDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.format('L') : undefined;
}

export function formatRelative(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.fromNow() : undefined;
}
