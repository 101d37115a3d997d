import { i18n, initI18n, loadLazyMessages } from '@rapport/web-ui';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { readable } from './condition-labels';
import { segmentFields } from './field-options';
import { ruleInWords, type WordsContext } from './rule-words';

let ctx: WordsContext;

async function contextIn(language: string): Promise<WordsContext> {
  await i18n.changeLanguage(language);
  await loadLazyMessages('segments', language);
  const t = i18n.getFixedT(language) as TFunction;
  return { t, fields: { contact: segmentFields('contact', t), account: segmentFields('account', t) }, segmentName: (id) => (id === 's-1' ? 'VIP' : undefined) };
}

beforeAll(async () => {
  await initI18n();
  ctx = await contextIn('en');
});

const ORDERS = { type: 'condition', condition: 'orders.aggregate', params: { measure: 'count', op: 'gte', value: 2, lastDays: 200 } };

describe('a rule in words', () => {
  it('says conditions with their parameters in reading order', () => {
    expect(ruleInWords(ORDERS, ctx)).toBe('Orders: number of orders ≥ 2 in the last 200 days');
    expect(ruleInWords({ type: 'condition', condition: 'activities.count', params: { types: ['call', 'meeting'], min: 2, lastDays: 30 } }, ctx)).toBe(
      'Activities: Call, Meeting at least 2 times in the last 30 days',
    );
    expect(ruleInWords({ type: 'condition', condition: 'metrics.rfmScore', params: { score: 'r', min: 4, max: 5 } }, ctx)).toBe('RFM score: Recency (R) between 4 and 5');
    expect(ruleInWords({ type: 'condition', condition: 'orders.last', params: { op: 'before', days: 1 } }, ctx)).toBe('Last order: more than 1 day ago');
    expect(ruleInWords({ type: 'condition', condition: 'segments.member', params: { segmentId: 's-1' } }, ctx)).toBe('Member of segment: “VIP”');
  });

  it('says field conditions with the field and value labels', () => {
    expect(ruleInWords({ type: 'condition', condition: 'account.field', params: { field: 'tier', op: 'in', value: ['strategic', 'key'] } }, ctx)).toBe('Account field: Tier is one of Strategic, Key');
    expect(ruleInWords({ type: 'condition', condition: 'contact.field', params: { field: 'title', op: 'contains', value: 'CEO' } }, ctx)).toBe('Contact field: Job title contains “CEO”');
    expect(ruleInWords({ type: 'condition', condition: 'contact.field', params: { field: 'title', op: 'isNull', value: false } }, ctx)).toBe('Contact field: Job title is not empty');
  });

  it('joins groups with AND / OR, brackets nested groups and says NOT', () => {
    const rule = { type: 'and', rules: [ORDERS, { type: 'not', rule: { type: 'or', rules: [{ type: 'condition', condition: 'metrics.churnRisk', params: { bands: ['high'] } }, { type: 'condition', condition: 'consent.optedOut', params: {} }] } }] };
    expect(ruleInWords(rule, ctx)).toBe('Orders: number of orders ≥ 2 in the last 200 days AND NOT (Churn risk: High OR Opted out of email)');
    expect(ruleInWords({ type: 'and', rules: [] }, ctx)).toBe('All contacts');
    expect(ruleInWords({ type: 'or', rules: [] }, ctx)).toBe('No one');
  });

  it('says a condition the app has no words for from its key and parameter names', () => {
    expect(ruleInWords({ type: 'condition', condition: 'service.openCases', params: { priority: 'high', minAge: 3 } }, ctx)).toBe('Service open cases: Priority: high Min age: 3');
    expect(readable('web.pageViews')).toBe('Web page views');
  });

  it('speaks Chinese with the mainland and Taiwan words', async () => {
    const cn = await contextIn('zh-CN');
    expect(ruleInWords({ type: 'and', rules: [ORDERS, { type: 'not', rule: { type: 'condition', condition: 'metrics.churnRisk', params: { bands: ['high'] } } }] }, cn)).toBe(
      '订单：订单数 ≥ 2 最近 200 天内 并且 非 流失风险：高',
    );
    const tw = await contextIn('zh-TW');
    expect(ruleInWords(ORDERS, tw)).toBe('訂單：訂單數 ≥ 2 最近 200 天內');
    await i18n.changeLanguage('en');
  });
});
