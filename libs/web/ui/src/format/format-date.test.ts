import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { DATE_FORMAT, formatDate, formatDateTime } from './format-date';

describe('formatDate', () => {
  afterEach(() => dayjs.locale('en'));

  it('writes a date the way the date pickers show it, in every language', () => {
    for (const locale of ['en', 'zh-cn', 'zh-tw']) {
      dayjs.locale(locale);
      expect(formatDate('2026-12-30')).toBe('2026-12-30');
      expect(formatDate('2026-12-30')).toBe(dayjs('2026-12-30').format(DATE_FORMAT));
    }
  });

  it('adds the time in 24-hour form for date-times, and is undefined for nothing or nonsense', () => {
    expect(formatDateTime('2026-12-30T14:05:00')).toBe('2026-12-30 14:05');
    expect(formatDate(null)).toBeUndefined();
    expect(formatDate('not a date')).toBeUndefined();
  });
});
