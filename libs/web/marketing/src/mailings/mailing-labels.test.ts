import { resources } from '@rapport/web-ui';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ALL_SKIP_REASONS, mailingStatusLabel, mailingWhenLabel, pausedReasonLabel, policyRuleLabel, policyRuleUnavailable, skipReasonLabel } from './mailing-labels';
import { MAILING_STATUSES } from './mailing-model';

// A `t` that answers from one language's messages (lazy ones included), or says which key it missed.
const tIn = (lng: keyof typeof resources): TFunction =>
  ((key: string, params?: Record<string, unknown>) => {
    const found = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resources[lng].translation);
    if (typeof found !== 'string') return `MISSING ${key}`;
    return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  }) as unknown as TFunction;

const LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;

describe('mailing labels', () => {
  it('names every skip reason the API sends, differently, in every language', () => {
    expect(ALL_SKIP_REASONS).toEqual(['SUPPRESSED', 'GLOBAL_OPT_OUT', 'OPTED_OUT', 'PENDING_DOUBLE_OPT_IN', 'NO_CONSENT', 'OVERDUE_COMMITMENT', 'OPEN_HIGH_PRIORITY_CASE', 'FREQUENCY_CAP', 'SAME_CONTENT', 'EXCLUDED', 'CANCELLED']);
    for (const lng of LANGUAGES) {
      const labels = ALL_SKIP_REASONS.map((r) => skipReasonLabel(tIn(lng), r));
      expect(labels.filter((l) => l.startsWith('MISSING')), lng).toEqual([]);
      expect(new Set(labels).size, lng).toBe(ALL_SKIP_REASONS.length);
    }
    expect(skipReasonLabel(tIn('zh-CN'), 'FREQUENCY_CAP')).toBe('已达发送频率上限');
    expect(skipReasonLabel(tIn('zh-TW'), 'SUPPRESSED')).toBe('在禁止寄送名單中');
  });

  it('names every status, and says why a mailing paused itself in words, never as its key', () => {
    for (const lng of LANGUAGES) {
      const labels = MAILING_STATUSES.map((s) => mailingStatusLabel(tIn(lng), s));
      expect(labels.filter((l) => l.startsWith('MISSING')), lng).toEqual([]);
      expect(new Set(labels).size, lng).toBe(MAILING_STATUSES.length);
    }
    expect(pausedReasonLabel(tIn('en'), 'mailings.paused.failures')).toBe('It paused itself after too many failed sends in a row.');
    expect(pausedReasonLabel(tIn('zh-CN'), 'mailings.paused.failures')).toBe('连续发送失败次数过多，已自动暂停。');
    // A reason this app does not know yet, and a pause by a person (no reason).
    expect(pausedReasonLabel(tIn('en'), 'mailings.paused.somethingNew')).toBe('It paused itself.');
    expect(pausedReasonLabel(tIn('en'), null)).toBe('Someone paused it.');
  });

  it('names the contact policy’s rules and why an unavailable one cannot be switched on', () => {
    for (const lng of LANGUAGES) {
      for (const rule of ['OPEN_HIGH_PRIORITY_CASE', 'OVERDUE_COMMITMENT'] as const) {
        expect(policyRuleLabel(tIn(lng), rule), `${lng} ${rule}`).not.toMatch(/^MISSING/);
        expect(policyRuleUnavailable(tIn(lng), rule), `${lng} ${rule}`).not.toMatch(/^MISSING/);
      }
    }
    expect(policyRuleUnavailable(tIn('en'), 'OPEN_HIGH_PRIORITY_CASE')).toBe('Available when cases exist: they come with the service area.');
  });

  it('puts the time into the “when” sentence', () => {
    expect(mailingWhenLabel(tIn('en'), 'startsAt', '2026-12-05 09:00')).toBe('Starts 2026-12-05 09:00');
    expect(mailingWhenLabel(tIn('zh-CN'), 'finished', '2026-12-05 09:00')).toBe('完成于 2026-12-05 09:00');
    expect(mailingWhenLabel(tIn('en'), 'nextRun', '2026-12-07 09:00')).toBe('Next 2026-12-07 09:00');
    expect(mailingWhenLabel(tIn('zh-TW'), 'seriesPaused', '—')).toBe('暫停期間不產生新郵件');
  });
});
