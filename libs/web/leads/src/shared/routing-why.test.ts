import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { routingWhy } from './routing-why';

// The Chinese bundles load on demand (language-bundles.ts), the intake screens' words with those
// screens (lazy/lead-intake); these tests read them directly.
beforeAll(async () => {
  await i18n.loadLanguages(['zh-CN', 'zh-TW']);
  await Promise.all(['en', 'zh-CN', 'zh-TW'].map((lng) => loadLazyMessages('lead-intake', lng)));
});

const decision = {
  ruleName: 'China web',
  criteria: 'source ∈ {web}, country ∈ {CN}',
  conditions: { sources: ['web'], countries: ['CN'], minScore: 50 },
  chosenName: '李娜',
  reason: 'round_robin',
  skipped: [{ name: '王伟', why: 'out_of_office' }],
  passed: [{ ruleName: 'VIP', why: 'nobody_available' }],
};

describe('routingWhy', () => {
  it('says why this owner in Chinese from the stored decision', () => {
    expect(routingWhy(i18n.getFixedT('zh-CN'), JSON.stringify(decision), 'English sentence', 'zh-CN')).toBe(
      '规则“China web”匹配（来源：web，国家/地区：CN，评分 50–100）；按轮流分配选中 李娜（距上次分配等待最久）；跳过了 王伟（休假中）；无人可接收的规则：“VIP”。',
    );
    expect(routingWhy(i18n.getFixedT('zh-TW'), JSON.stringify({ ...decision, ruleName: null, conditions: null, reason: 'fallback', skipped: [], passed: [] }), 'x', 'zh-TW')).toBe(
      '沒有規則分派此潛在客戶，由備援負責人接收；李娜 是備援負責人。',
    );
  });

  it('reads the same as the server’s English sentence in English', () => {
    expect(routingWhy(i18n.getFixedT('en'), JSON.stringify({ ...decision, skipped: [], passed: [] }), 'x', 'en')).toBe(
      'Rule “China web” matched (Source: web, Country: CN, Score 50–100); 李娜 chosen by round-robin (longest wait since their last lead).',
    );
  });

  it('shows the stored sentence for a decision it cannot read (routed before decisions were kept whole)', () => {
    expect(routingWhy(i18n.getFixedT('zh-CN'), null, 'Rule “x” matched', 'zh-CN')).toBe('Rule “x” matched');
    expect(routingWhy(i18n.getFixedT('zh-CN'), '{"broken": true}', null, 'zh-CN')).toBeNull();
  });
});
