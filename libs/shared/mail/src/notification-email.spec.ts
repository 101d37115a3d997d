import { mailLocale, renderNotificationEmail } from './notification-email';
import { routingExplanationText, type RoutingDecision } from './routing-explanation';

describe('notification email', () => {
  const digest = {
    id: 'n1',
    kind: 'handover.digest',
    title: 'x',
    body: null,
    payload: { from: 'Rep One', deals: [{ name: 'Big deal', stage: 'Proposal', amount: '5000', currency: 'CNY', nextStep: 'Call' }], tasks: [], recent: [], path: '/sales' },
  };

  it('writes the handover digest in the recipient’s language with every section, amounts in its format', () => {
    const zh = renderNotificationEmail(digest, 'zh-CN', 'https://crm.example');
    expect(zh.subject).toBe('工作交接：Rep One 向您移交了 1 个未结商机和 0 个未完成任务');
    expect(zh.text).toContain('未结商机:\n- Big deal · Proposal · ¥5,000.00 · Call');
    expect(zh.text).toContain('未完成任务:\n- 无');
    expect(zh.html).toContain('<a href="https://crm.example/sales">在 Rapport 中打开</a>');
    expect(renderNotificationEmail(digest, 'en', 'https://crm.example').text).toContain('- Big deal · Proposal · CN¥5,000.00 · Call');
  });

  it('escapes HTML and falls back to the title for unknown kinds', () => {
    const m = renderNotificationEmail({ id: 'n2', kind: 'other', title: '<b>Hi</b>', body: 'a & b', payload: {} }, 'en', 'http://x');
    expect(m.subject).toBe('<b>Hi</b>');
    expect(m.html).toContain('&lt;b&gt;Hi&lt;/b&gt;');
    expect(m.html).toContain('a &amp; b');
    expect([mailLocale('zh-TW'), mailLocale('fr'), mailLocale(null)]).toEqual(['zh-TW', 'en', 'en']);
  });

  const approval = {
    id: 'n3',
    kind: 'quote.approval_requested',
    title: 'Approval needed: Q-7 (16800.00 CNY), discount up to 15 %',
    body: 'They have an offer',
    payload: { name: 'Q-7', total: '16800.00', currency: 'CNY', maxDiscountPercent: 15, breaches: [{ lineNo: 1, discountPercent: 15, allowedPercent: 10 }], path: '/sales/quotes/q' },
  };

  it('asks for an approval in the approver’s language with the total as money, not "16800.00 CNY"', () => {
    const cn = renderNotificationEmail(approval, 'zh-CN', 'https://crm.example');
    expect(cn.subject).toBe('待审批：Q-7（¥16,800.00），折扣最高 15%');
    expect(cn.text).toContain('超出权限的折扣:\n- 第 1 行：15%（最多允许 10%）');
    expect(cn.text).toContain('They have an offer');
    expect(renderNotificationEmail(approval, 'zh-TW', 'x').subject).toBe('待核准：Q-7（CN¥16,800.00），折扣最高 15%');
    expect(renderNotificationEmail(approval, 'en', 'x').subject).toBe('Approval needed: Q-7 (CN¥16,800.00), discount up to 15 %');
  });

  it('mails a notification stored before its values were with its own title', () => {
    const old = { ...approval, payload: { quoteId: 'q', name: 'Q-7' } };
    expect(renderNotificationEmail(old, 'zh-CN', 'x').subject).toBe(approval.title);
  });

  const decision: RoutingDecision = {
    ruleName: 'China web',
    criteria: 'source ∈ {web}, country ∈ {CN}',
    conditions: { sources: ['web'], countries: ['CN'], minScore: 50 },
    chosenName: '李娜',
    reason: 'round_robin',
    skipped: [{ name: '王伟', why: 'out_of_office' }],
    passed: [{ ruleName: 'VIP', why: 'nobody_available' }],
  };

  it('says why this person got the lead in their language, from the stored decision', () => {
    const lead = { id: 'n4', kind: 'lead.assigned', title: 'New lead for you: 张三', body: null, payload: { name: '张三', routing: decision, explanation: 'Rule “China web” matched …', path: '/leads/l' } };
    const cn = renderNotificationEmail(lead, 'zh-CN', 'x');
    expect(cn.subject).toBe('您有新线索：张三');
    expect(cn.text).toContain('分配原因:\n- 规则“China web”匹配（来源：web，国家/地区：CN，评分 50–100）；按轮流分配选中 李娜（距上次分配等待最久）；跳过了 王伟（休假中）；无人可接收的规则：“VIP”。');
    expect(renderNotificationEmail(lead, 'zh-TW', 'x').subject).toBe('您有新的潛在客戶：张三');
    // Older notifications have only the English sentence.
    const { routing: _routing, ...withoutDecision } = lead.payload;
    expect(renderNotificationEmail({ ...lead, payload: withoutDecision }, 'zh-CN', 'x').text).toContain('分配原因:\n- Rule “China web” matched …');
  });

  it('renders every part of a routing decision in English too, and older decisions by their stored criteria', () => {
    expect(routingExplanationText(decision, 'en')).toBe(
      'Rule “China web” matched (source: web, country: CN, score 50–100); 李娜 chosen by round-robin (longest wait since their last lead); skipped 王伟 (away); rules with nobody available: “VIP”.',
    );
    expect(routingExplanationText({ ...decision, conditions: undefined, ruleName: null, reason: 'fallback', skipped: [], passed: [] }, 'zh-TW')).toBe('沒有規則分派此潛在客戶，由備援負責人接收；李娜 是備援負責人。');
  });

  it('formats a due date for the reader', () => {
    const due = { id: 'n5', kind: 'commitment.due', title: 'Promise due 2026-12-30: Send samples', body: null, payload: { description: 'Send samples', dueAt: '2026-12-30T00:00:00.000Z' } };
    expect(renderNotificationEmail(due, 'zh-CN', 'x').subject).toBe('承诺 2026年12月30日 到期：Send samples');
    expect(renderNotificationEmail(due, 'en', 'x').subject).toBe('Promise due Dec 30, 2026: Send samples');
  });
});
