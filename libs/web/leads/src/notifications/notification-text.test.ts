import { i18n } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupNotices } from './notification-model';
import { noticeBody, noticeGroupTitle, noticeTitle } from './notification-text';

// The Chinese bundles load on demand (language-bundles.ts); these tests read them directly.
beforeAll(async () => {
  await i18n.loadLanguages(['zh-CN', 'zh-TW']);
});

const zh = () => i18n.getFixedT('zh-CN');
const tw = () => i18n.getFixedT('zh-TW');
const en = () => i18n.getFixedT('en');

const notice = (kind: string, payload: Record<string, unknown>, title = 'Stored English title') => ({ kind, title, payloadJson: JSON.stringify(payload) });

describe('noticeTitle', () => {
  it('words a new lead and an approval request in the reader’s language, with money formatted for it', () => {
    expect(noticeTitle(notice('lead.assigned', { name: '王伟' }), zh(), 'zh-CN')).toBe('您有新线索：王伟');
    expect(noticeTitle(notice('lead.assigned', { name: '王伟' }), tw(), 'zh-TW')).toBe('您有新的潛在客戶：王伟');
    const ask = notice('quote.approval_requested', { name: 'Q-7', total: 16800, currency: 'CNY', maxDiscountPercent: 15 });
    expect(noticeTitle(ask, zh(), 'zh-CN')).toBe('待审批：Q-7（¥16,800.00），折扣最高 15%');
    expect(noticeTitle(ask, en(), 'en')).toBe('Approval needed: Q-7 (CN¥16,800.00), discount up to 15 %');
  });

  it('keeps the stored title for a kind it does not know or a notice without the values (written before they were kept)', () => {
    expect(noticeTitle(notice('something.new', { name: 'x' }, 'Something new'), zh(), 'zh-CN')).toBe('Something new');
    expect(noticeTitle(notice('quote.approval_requested', { quoteId: 'q', name: 'Q-7' }, 'Approval needed: Q-7 (16800.00 CNY), discount up to 15 %'), zh(), 'zh-CN')).toBe(
      'Approval needed: Q-7 (16800.00 CNY), discount up to 15 %',
    );
    expect(noticeTitle({ kind: 'lead.assigned', title: 'New lead for you: Ivy', payloadJson: 'not json' }, zh(), 'zh-CN')).toBe('New lead for you: Ivy');
  });

  it('counts a handover’s lists and dates a promise', () => {
    expect(noticeTitle(notice('handover.digest', { from: 'Rep One', deals: [{}, {}], tasks: [] }), zh(), 'zh-CN')).toBe('Rep One 向您移交了 2 个未结商机和 0 个未完成任务');
    expect(noticeTitle(notice('commitment.due', { description: 'Send samples', dueAt: '2026-12-30T00:00:00Z' }), tw(), 'zh-TW')).toMatch(/^承諾 2026-12-3\d 到期：Send samples$/);
  });
});

describe('noticeBody', () => {
  it('says why an import failed in the reader’s language, and leaves people’s words and unkeyed reasons as written', async () => {
    const failed = { ...notice('lead-import.failed', { importId: 'i-1', fileName: 'fair.csv', errorKey: 'leads.importLargerThan', errorParams: { mb: 20 } }), body: 'The file is larger than 20 MB.' };
    await i18n.changeLanguage('zh-TW');
    try {
      expect(noticeBody(failed)).toBe('檔案超過 20 MB。');
      expect(noticeBody({ ...failed, payloadJson: JSON.stringify({ importId: 'i-1' }) })).toBe('The file is larger than 20 MB.');
      expect(noticeBody({ ...notice('quote.approved', { name: 'Q-7', errorKey: 'leads.importFailed' }), body: 'Price matched, see note' })).toBe('Price matched, see note');
      expect(noticeBody(notice('lead-import.failed', {}))).toBeNull();
    } finally {
      await i18n.changeLanguage('en');
    }
    expect(noticeBody(failed)).toBe('The file is larger than 20 MB.');
  });
});

describe('grouped notifications', () => {
  it('counts a run in each language’s plural rules', () => {
    expect(noticeGroupTitle('lead.assigned', 12, en())).toBe('12 new leads for you');
    expect(noticeGroupTitle('lead.assigned', 1, en())).toBe('1 new lead for you');
    expect(noticeGroupTitle('lead.assigned', 12, zh())).toBe('您有 12 条新线索');
    expect(noticeGroupTitle('lead.assigned', 12, tw())).toBe('您有 12 筆新的潛在客戶');
    expect(noticeGroupTitle('lead-import.done', 3, zh())).toBe('3 条同类通知');
  });

  it('collapses consecutive unread notices of one kind, keeping order, read ones and lone ones single', () => {
    const n = (id: string, kind: string, read = false) => ({ id, kind, readAt: read ? '2026-01-01T00:00:00Z' : null });
    const items = [n('1', 'lead.assigned'), n('2', 'lead.assigned'), n('3', 'lead.assigned'), n('4', 'quote.approved'), n('5', 'lead.assigned'), n('6', 'lead.assigned', true), n('7', 'lead.assigned', true)];
    expect(groupNotices(items).map((e) => (e.type === 'group' ? `group:${e.notices.map((x) => x.id).join('')}` : e.notice.id))).toEqual(['group:123', '4', '5', '6', '7']);
    expect(groupNotices([n('a', 'x'), n('b', 'x')]).map((e) => e.type)).toEqual(['group']);
    expect(groupNotices([])).toEqual([]);
  });
});
