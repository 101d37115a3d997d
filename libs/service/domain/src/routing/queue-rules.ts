/**
 * Which routing queue a case waits in (issue 19 item 1): ordered rules over the case's attributes,
 * the first that matches names the queue; none matching, the default queue (if one is set up).
 * Pure: the routing service loads the facts once and stores the answer with the rule that gave it.
 */
import { CASE_CHANNELS, type CaseChannel } from '../cases/case.record';
import { CASE_PRIORITIES, type CasePriority } from '../sla/sla-policy';

export const AGENT_PRESENCES = ['available', 'busy', 'away', 'offline'] as const;
export type AgentPresenceState = (typeof AGENT_PRESENCES)[number];

export const QUEUE_DISTRIBUTIONS = ['round_robin', 'least_busy'] as const;
export type QueueDistribution = (typeof QUEUE_DISTRIBUTIONS)[number];

/** The languages customers are served in; a case's language decides who may answer it. */
export const SERVICE_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type ServiceLanguage = (typeof SERVICE_LANGUAGES)[number];

/** Channels as capacity counts them (a chat and a mail weigh differently on an agent). */
export const ROUTING_CHANNELS = CASE_CHANNELS;
export type RoutingChannel = CaseChannel;

/** Open items an agent may hold per channel unless their profile says otherwise: one phone call, a few chats, more mail. */
export const DEFAULT_CAPACITY: Readonly<Record<RoutingChannel, number>> = { email: 5, portal: 5, web: 5, chat: 2, phone: 1, other: 3 };

/** Every list given must hold (AND); a list matches any of its values (OR). Keywords: any of them in the subject or description. */
export interface QueueCriteria {
  channels?: string[];
  productIds?: string[];
  accountTiers?: string[];
  priorities?: string[];
  languages?: string[];
  keywords?: string[];
}

export interface QueueRuleFacts {
  id: string;
  name: string;
  queueId: string;
  criteria: QueueCriteria;
}

export interface CaseRoutingFacts {
  channel: string;
  productId: string | null;
  accountTier: string | null;
  priority: string;
  language: string | null;
  subject: string;
  description: string;
}

export interface Classification {
  queueId: string;
  ruleId: string | null;
  ruleName: string | null;
}

const inList = (list: string[] | undefined, value: string | null) => !list?.length || (value !== null && list.some((x) => x.toLowerCase() === value.toLowerCase()));

/** Whether a keyword occurs in the text, case-insensitively; Chinese has no word breaks, so a substring is the only honest test. */
export function mentions(keywords: string[] | undefined, text: string): boolean {
  if (!keywords?.length) return true;
  const hay = text.toLocaleLowerCase();
  return keywords.some((k) => k.trim() !== '' && hay.includes(k.trim().toLocaleLowerCase()));
}

export function queueRuleMatches(c: QueueCriteria, k: CaseRoutingFacts): boolean {
  return (
    inList(c.channels, k.channel) &&
    inList(c.productIds, k.productId) &&
    inList(c.accountTiers, k.accountTier) &&
    inList(c.priorities, k.priority) &&
    inList(c.languages, k.language) &&
    mentions(c.keywords, `${k.subject}\n${k.description}`)
  );
}

/** The first rule (in the order given) that matches, else the default queue; null when neither exists. */
export function classifyCase(rules: readonly QueueRuleFacts[], k: CaseRoutingFacts, defaultQueueId: string | null): Classification | null {
  const rule = rules.find((r) => queueRuleMatches(r.criteria, k));
  if (rule) return { queueId: rule.queueId, ruleId: rule.id, ruleName: rule.name };
  return defaultQueueId ? { queueId: defaultQueueId, ruleId: null, ruleName: null } : null;
}

/** Problems with a rule's criteria by field (unknown channel, priority or language), for clear refusals. */
export function criteriaProblems(c: QueueCriteria, path: string): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const check = (key: keyof QueueCriteria, allowed: readonly string[], message: string) =>
    (c[key] ?? []).forEach((v, i) => {
      if (!allowed.includes(v)) out.push({ path: `${path}.${key}.${i}`, message });
    });
  check('channels', CASE_CHANNELS, 'This channel does not exist.');
  check('priorities', CASE_PRIORITIES, 'This priority does not exist.');
  check('languages', SERVICE_LANGUAGES, 'This language is not served.');
  (c.keywords ?? []).forEach((k, i) => {
    if (k.trim() === '') out.push({ path: `${path}.keywords.${i}`, message: 'A keyword cannot be empty.' });
  });
  return out;
}

// Characters written differently in the two scripts; enough of the common ones to tell a message's script.
const TRADITIONAL = new Set('們這說為個會來時對與從還後麼沒過種頭問題將買賣電腦網絡號碼幫請謝開關機統錯誤貨單價發票換貨維修設備無法連線帳戶聯絡寄運費儲檔案顯示應該進度處理狀態');
const SIMPLIFIED = new Set('们这说为个会来时对与从还后么没过种头问题将买卖电脑网络号码帮请谢开关机统错误货单价发票换货维修设备无法连线账户联络寄运费储档案显示应该进度处理状态');

/**
 * The language a customer wrote in, when their contact record does not say: Han characters mean
 * Chinese (Traditional when more of its own characters than Simplified ones appear), Latin letters
 * mean English; nothing recognisable, null (the queue's agents then need no particular language).
 */
export function detectLanguage(text: string): ServiceLanguage | null {
  let han = 0;
  let trad = 0;
  let simp = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (TRADITIONAL.has(ch) && !SIMPLIFIED.has(ch)) trad++;
      else if (SIMPLIFIED.has(ch) && !TRADITIONAL.has(ch)) simp++;
    } else if (/[A-Za-z]/.test(ch)) latin++;
  }
  if (han > 0 && han * 4 >= latin) return trad > simp ? 'zh-TW' : 'zh-CN';
  return latin > 0 ? 'en' : null;
}

/**
 * The case's language: what the customer wrote in decides who can answer it; the contact's setting
 * serves when the text tells nothing (a contact made from an unknown sender keeps the default 'en',
 * so the setting alone would send a Chinese mail to an agent who cannot read it).
 */
export function caseLanguage(contactLocale: string | null, text: string): ServiceLanguage | null {
  return detectLanguage(text) ?? SERVICE_LANGUAGES.find((l) => l === contactLocale) ?? null;
}

/** Priority first (urgent before low), then the longest waiting: the order items are answered in. */
export const PRIORITY_RANK: Readonly<Record<CasePriority, number>> = { urgent: 0, high: 1, normal: 2, low: 3 };
