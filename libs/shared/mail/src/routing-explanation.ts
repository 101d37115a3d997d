import { fill, formatList, MailLocale } from './mail-format';

/**
 * "Why you" in a new-lead email, in the recipient's language, from the routing decision stored
 * with the notification (libs/leads/domain `RoutingExplanation`, read structurally: shared code
 * does not import a domain). The SPA renders the same decision with its own translations.
 */
export interface RoutingConditions {
  sources?: string[] | null;
  campaigns?: string[] | null;
  countries?: string[] | null;
  regions?: string[] | null;
  productInterests?: string[] | null;
  languages?: string[] | null;
  minScore?: number | null;
  maxScore?: number | null;
  minEmployees?: number | null;
  maxEmployees?: number | null;
}

export interface RoutingDecision {
  ruleName: string | null;
  /** English summary of the criteria; older decisions have only this, not `conditions`. */
  criteria: string | null;
  conditions?: RoutingConditions | null;
  chosenName: string;
  reason: 'round_robin' | 'least_loaded' | 'direct' | 'fallback';
  skipped: { name: string; why: 'inactive' | 'out_of_office' | 'outside_hours' | 'at_capacity' }[];
  passed: { ruleName: string; why: 'no_match' | 'nobody_available' }[];
}

type Phrases = Record<
  | 'ruleMatched' | 'noRule' | 'round_robin' | 'least_loaded' | 'direct' | 'fallback' | 'skipped' | 'skippedItem' | 'earlier' | 'anyLead' | 'condition' | 'range'
  | 'sep' | 'stop' | 'inactive' | 'out_of_office' | 'outside_hours' | 'at_capacity'
  | 'sources' | 'campaigns' | 'countries' | 'regions' | 'productInterests' | 'languages' | 'score' | 'employees',
  string
>;

/** Full-width punctuation around the values: the same in Simplified and Traditional Chinese. */
const CHINESE_PATTERNS = {
  skippedItem: '{name}（{why}）',
  condition: '{label}：{values}',
  range: '{label} {min}–{max}',
  sep: '；',
  stop: '。',
} satisfies Partial<Phrases>;

const PHRASES: Record<MailLocale, Phrases> = {
  en: {
    ruleMatched: 'Rule “{rule}” matched ({criteria})',
    noRule: 'No rule placed the lead; the fallback owner takes it',
    round_robin: '{name} chosen by round-robin (longest wait since their last lead)',
    least_loaded: '{name} chosen as the least loaded (fewest open leads)',
    direct: '{name} named by the rule',
    fallback: '{name} is the fallback owner',
    skipped: 'skipped {list}',
    skippedItem: '{name} ({why})',
    earlier: 'rules with nobody available: {list}',
    anyLead: 'any lead',
    condition: '{label}: {values}',
    range: '{label} {min}–{max}',
    sep: '; ',
    stop: '.',
    inactive: 'inactive',
    out_of_office: 'away',
    outside_hours: 'outside working hours',
    at_capacity: 'at daily capacity',
    sources: 'source',
    campaigns: 'campaign',
    countries: 'country',
    regions: 'region',
    productInterests: 'product',
    languages: 'language',
    score: 'score',
    employees: 'employees',
  },
  'zh-CN': {
    ...CHINESE_PATTERNS,
    ruleMatched: '规则“{rule}”匹配（{criteria}）',
    noRule: '没有规则分配此线索，由兜底负责人接收',
    round_robin: '按轮流分配选中 {name}（距上次分配等待最久）',
    least_loaded: '按负载最少优先选中 {name}（未结线索最少）',
    direct: '规则直接指定 {name}',
    fallback: '{name} 是兜底负责人',
    skipped: '跳过了 {list}',
    earlier: '无人可接收的规则：{list}',
    anyLead: '任意线索',
    inactive: '已停用',
    out_of_office: '休假中',
    outside_hours: '不在工作时间',
    at_capacity: '已达每日上限',
    sources: '来源',
    campaigns: '营销活动',
    countries: '国家/地区',
    regions: '省/州',
    productInterests: '感兴趣的产品',
    languages: '语言',
    score: '评分',
    employees: '员工人数',
  },
  'zh-TW': {
    ...CHINESE_PATTERNS,
    ruleMatched: '規則「{rule}」符合（{criteria}）',
    noRule: '沒有規則分派此潛在客戶，由備援負責人接收',
    round_robin: '依輪流分派選中 {name}（距上次分派等待最久）',
    least_loaded: '依負載最少優先選中 {name}（未結潛在客戶最少）',
    direct: '規則直接指定 {name}',
    fallback: '{name} 是備援負責人',
    skipped: '略過了 {list}',
    earlier: '無人可接收的規則：{list}',
    anyLead: '任意潛在客戶',
    inactive: '已停用',
    out_of_office: '休假中',
    outside_hours: '不在工作時間',
    at_capacity: '已達每日上限',
    sources: '來源',
    campaigns: '行銷活動',
    countries: '國家/地區',
    regions: '省/州',
    productInterests: '感興趣的產品',
    languages: '語言',
    score: '評分',
    employees: '員工人數',
  },
};

const LISTS = ['sources', 'campaigns', 'countries', 'regions', 'productInterests', 'languages'] as const;

function conditionsText(c: RoutingConditions, p: Phrases, locale: MailLocale): string {
  const parts: string[] = [];
  for (const key of LISTS) {
    const values = c[key];
    if (values?.length) parts.push(fill(p.condition, { label: p[key], values: values.join(locale === 'en' ? ', ' : '、') }));
  }
  if (c.minScore != null || c.maxScore != null) parts.push(fill(p.range, { label: p.score, min: c.minScore ?? 0, max: c.maxScore ?? 100 }));
  if (c.minEmployees != null || c.maxEmployees != null) parts.push(fill(p.range, { label: p.employees, min: c.minEmployees ?? 0, max: c.maxEmployees ?? '∞' }));
  return parts.length ? parts.join(locale === 'en' ? ', ' : '，') : p.anyLead;
}

export function routingExplanationText(e: RoutingDecision, locale: MailLocale): string {
  const p = PHRASES[locale];
  const criteria = e.conditions ? conditionsText(e.conditions, p, locale) : (e.criteria ?? p.anyLead);
  const parts = [e.ruleName ? fill(p.ruleMatched, { rule: e.ruleName, criteria }) : p.noRule, fill(p[e.reason] ?? p.fallback, { name: e.chosenName })];
  if (e.skipped.length) parts.push(fill(p.skipped, { list: formatList(e.skipped.map((s) => fill(p.skippedItem, { name: s.name, why: p[s.why] ?? s.why })), locale) }));
  const busy = e.passed.filter((r) => r.why === 'nobody_available').map((r) => (locale === 'zh-TW' ? `「${r.ruleName}」` : `“${r.ruleName}”`));
  if (busy.length) parts.push(fill(p.earlier, { list: formatList(busy, locale) }));
  return parts.join(p.sep) + p.stop;
}

/** A decision as stored, or null when the value is not one (an old notification, a hand-written row). */
export function asRoutingDecision(value: unknown): RoutingDecision | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<RoutingDecision>;
  return typeof v.chosenName === 'string' && typeof v.reason === 'string' && Array.isArray(v.skipped) && Array.isArray(v.passed) ? (v as RoutingDecision) : null;
}
