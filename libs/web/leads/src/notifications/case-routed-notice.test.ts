import { i18n } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { noticeGroupTitle, noticeTitle } from './notification-text';

// The Chinese bundles load on demand (language-bundles.ts); these tests read them directly.
beforeAll(async () => {
  await i18n.loadLanguages(['zh-CN', 'zh-TW']);
});

const routed = (payload: Record<string, unknown>) => ({ kind: 'case.routed', title: 'Stored English title', payloadJson: JSON.stringify(payload) });
const PAYLOAD = { number: 'CS-2026-000101', subject: '水泵漏水', queue: 'Repairs', channel: 'email', path: '/service/cases/k-1' };

describe('case.routed notices (issue 19)', () => {
  it('name the case, its subject and the queue in the reader’s language', () => {
    expect(noticeTitle(routed(PAYLOAD), i18n.getFixedT('en'), 'en')).toBe('Case CS-2026-000101 for you from Repairs: 水泵漏水');
    expect(noticeTitle(routed(PAYLOAD), i18n.getFixedT('zh-CN'), 'zh-CN')).toBe('队列 Repairs 分配给您的工单 CS-2026-000101：水泵漏水');
    expect(noticeTitle(routed(PAYLOAD), i18n.getFixedT('zh-TW'), 'zh-TW')).toBe('佇列 Repairs 分派給您的案件 CS-2026-000101：水泵漏水');
  });

  it('keep the stored title when the payload lacks a value, and count a run of them', () => {
    expect(noticeTitle(routed({ number: 'CS-1', queue: 'Repairs' }), i18n.getFixedT('zh-CN'), 'zh-CN')).toBe('Stored English title');
    expect(noticeGroupTitle('case.routed', 3, i18n.getFixedT('en'))).toBe('3 routed cases for you');
    expect(noticeGroupTitle('case.routed', 1, i18n.getFixedT('en'))).toBe('1 routed case for you');
  });
});
