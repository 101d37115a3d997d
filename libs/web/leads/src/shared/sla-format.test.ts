import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAge, formatMinutes, formatSlaDue, minutesBetween, slaCountdown } from './sla-format';

// The intake screens' words load with them (lazy/lead-intake); these tests read them directly.
beforeAll(async () => {
  await Promise.all(['en', 'zh-CN', 'zh-TW'].map((lng) => loadLazyMessages('lead-intake', lng)));
});

const t = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');
const now = new Date('2026-11-03T10:00:00Z');

describe('SLA formatting', () => {
  it('shows the two largest units', () => {
    expect(formatMinutes(t, 0)).toBe('under a minute');
    expect(formatMinutes(t, 45)).toBe('45 min');
    expect(formatMinutes(t, 60)).toBe('1 h');
    expect(formatMinutes(t, 125)).toBe('2 h 5 min');
    expect(formatMinutes(t, 1440)).toBe('1 d');
    expect(formatMinutes(t, 1440 * 2 + 185)).toBe('2 d 3 h');
    expect(formatMinutes(zh, 125)).toBe('2 小时 5 分钟');
  });

  it('counts whole minutes of waiting', () => {
    expect(minutesBetween('2026-11-03T09:58:59Z', now)).toBe(1);
    expect(formatAge(t, '2026-11-03T07:30:00Z', now)).toBe('2 h 30 min');
    expect(formatAge(t, null, now)).toBeUndefined();
  });

  it('says how long is left or how late it is, and stops once answered', () => {
    expect(slaCountdown('2026-11-03T10:40:00Z', now)).toEqual({ overdue: false, minutes: 40 });
    expect(slaCountdown('2026-11-03T08:00:00Z', now)).toEqual({ overdue: true, minutes: 120 });
    expect(formatSlaDue(t, { slaDueAt: '2026-11-03T10:40:00Z' }, now)).toBe('due in 40 min');
    expect(formatSlaDue(t, { slaDueAt: '2026-11-03T08:00:00Z' }, now)).toBe('overdue by 2 h');
    expect(formatSlaDue(zh, { slaDueAt: '2026-11-03T08:00:00Z' }, now)).toBe('已超时 2 小时');
    expect(formatSlaDue(t, { slaDueAt: '2026-11-03T08:00:00Z', firstResponseAt: '2026-11-03T07:00:00Z' }, now)).toBe('Answered');
    expect(formatSlaDue(t, { slaDueAt: null }, now)).toBe('No SLA');
    expect(formatSlaDue(t, null, now)).toBe('No SLA');
  });
});
