import { mailLocale, renderNotificationEmail } from './notification-email';

describe('notification email', () => {
  const digest = {
    id: 'n1',
    kind: 'handover.digest',
    title: 'x',
    body: null,
    payload: { from: 'Rep One', deals: [{ name: 'Big deal', stage: 'Proposal', amount: '5000', currency: 'CNY', nextStep: 'Call' }], tasks: [], recent: [], path: '/sales' },
  };

  it('writes the handover digest in the recipient’s language with every section', () => {
    const zh = renderNotificationEmail({ ...digest, payload: { ...digest.payload, deals: digest.payload.deals, tasks: [], recent: [] } }, 'zh-CN', 'https://crm.example');
    expect(zh.subject).toBe('工作交接：Rep One 向您移交了 1 个未结商机和 0 个未完成任务');
    expect(zh.text).toContain('未结商机:\n- Big deal · Proposal · 5000 CNY · Call');
    expect(zh.text).toContain('未完成任务:\n- 无');
    expect(zh.html).toContain('<a href="https://crm.example/sales">在 Rapport 中打开</a>');
  });

  it('escapes HTML and falls back to the title for unknown kinds', () => {
    const m = renderNotificationEmail({ id: 'n2', kind: 'other', title: '<b>Hi</b>', body: 'a & b', payload: {} }, 'en', 'http://x');
    expect(m.subject).toBe('<b>Hi</b>');
    expect(m.html).toContain('&lt;b&gt;Hi&lt;/b&gt;');
    expect(m.html).toContain('a &amp; b');
    expect([mailLocale('zh-TW'), mailLocale('fr'), mailLocale(null)]).toEqual(['zh-TW', 'en', 'en']);
  });
});
