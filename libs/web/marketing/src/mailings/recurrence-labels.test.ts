import { resources } from '@rapport/web-ui';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { recurrenceText, repeatTagLabel, weekdayName, weekdaysText, type RuleWords } from './recurrence-labels';

// The real messages (lazy ones included) through i18next, so plural forms are picked as in the app.
async function tIn(lng: 'en' | 'zh-CN' | 'zh-TW') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n.t;
}

const weekly: RuleWords = { frequency: 'WEEKLY', interval: 1, weekdays: [1], monthDay: null, hour: 9, minute: 0, timeZone: 'Asia/Shanghai', count: 2, until: null };

describe('a series’ rule in words', () => {
  it('says the brief’s example in the three languages', async () => {
    expect(recurrenceText(await tIn('en'), 'en', weekly)).toBe('Every Monday at 09:00 (Asia/Shanghai), 2 times');
    expect(recurrenceText(await tIn('zh-CN'), 'zh-CN', weekly)).toBe('每周星期一 09:00（Asia/Shanghai），共 2 次');
    expect(recurrenceText(await tIn('zh-TW'), 'zh-TW', weekly)).toBe('每週星期一 09:00（Asia/Shanghai），共 2 次');
  });

  it('says every other frequency, interval and end', async () => {
    const en = await tIn('en');
    expect(recurrenceText(en, 'en', { ...weekly, interval: 2, weekdays: [4, 1], count: null })).toBe('Every 2 weeks on Monday and Thursday at 09:00 (Asia/Shanghai)');
    expect(recurrenceText(en, 'en', { ...weekly, frequency: 'DAILY', minute: 5, count: 1 })).toBe('Every day at 09:05 (Asia/Shanghai), once');
    expect(recurrenceText(en, 'en', { ...weekly, frequency: 'DAILY', interval: 3, count: null, until: '2027-01-31' })).toBe('Every 3 days at 09:00 (Asia/Shanghai), until 2027-01-31');
    expect(recurrenceText(en, 'en', { ...weekly, frequency: 'MONTHLY', monthDay: 31, count: null })).toBe('Every month on day 31 at 09:00 (Asia/Shanghai)');
    expect(recurrenceText(en, 'en', { ...weekly, frequency: 'MONTHLY', interval: 3, monthDay: 1, count: null, timeZone: null })).toBe('Every 3 months on day 1 at 09:00 (the contact policy’s time zone)');
    const zh = await tIn('zh-CN');
    expect(recurrenceText(zh, 'zh-CN', { ...weekly, weekdays: [1, 3, 5], count: 1 })).toBe('每周星期一、星期三和星期五 09:00（Asia/Shanghai），共 1 次');
    expect(recurrenceText(zh, 'zh-CN', { ...weekly, frequency: 'MONTHLY', interval: 2, monthDay: 15, count: null, until: '2027-06-30' })).toBe('每 2 个月的 15 日 09:00（Asia/Shanghai），截至 2027-06-30');
    const tw = await tIn('zh-TW');
    expect(recurrenceText(tw, 'zh-TW', { ...weekly, frequency: 'DAILY', count: null, timeZone: null })).toBe('每天 09:00（聯絡政策的時區）');
  });

  it('names weekdays in the UI language, Monday first, and marks a series by its frequency', async () => {
    expect([1, 7].map((d) => weekdayName('en', d))).toEqual(['Monday', 'Sunday']);
    expect(weekdayName('zh-CN', 1, 'short')).toBe('周一');
    expect(weekdayName('zh-TW', 7, 'short')).toBe('週日');
    expect(weekdaysText('en', [5, 1, 3])).toBe('Monday, Wednesday, and Friday');
    expect(repeatTagLabel(await tIn('en'), 'WEEKLY')).toBe('Repeats weekly');
    expect(repeatTagLabel(await tIn('zh-TW'), 'MONTHLY')).toBe('每月重複');
  });
});
