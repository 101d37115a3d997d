import type { CaseClockEvent } from '../sla/sla-clock';

/**
 * Case statuses (issue 18 item 1) are configured rows; what the system needs to know of each is its
 * category (what the status means for the case's life) and whether the SLA clock runs in it.
 */
export const STATUS_CATEGORIES = ['new', 'open', 'waiting', 'resolved', 'closed'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

export interface CaseStatusDef {
  key: string;
  category: StatusCategory;
  clockRuns: boolean;
}

/** The statuses a new installation starts with (names in the catalogue `service.status.<key>`). */
export const DEFAULT_CASE_STATUSES: readonly (CaseStatusDef & { names: Record<'en' | 'zh-CN' | 'zh-TW', string> })[] = [
  { key: 'new', category: 'new', clockRuns: true, names: { en: 'New', 'zh-CN': '新建', 'zh-TW': '新建' } },
  { key: 'open', category: 'open', clockRuns: true, names: { en: 'Open', 'zh-CN': '处理中', 'zh-TW': '處理中' } },
  { key: 'waiting_customer', category: 'waiting', clockRuns: false, names: { en: 'Waiting on customer', 'zh-CN': '等待客户', 'zh-TW': '等待客戶' } },
  { key: 'waiting_third_party', category: 'waiting', clockRuns: false, names: { en: 'Waiting on third party', 'zh-CN': '等待第三方', 'zh-TW': '等待第三方' } },
  { key: 'resolved', category: 'resolved', clockRuns: false, names: { en: 'Resolved', 'zh-CN': '已解决', 'zh-TW': '已解決' } },
  { key: 'closed', category: 'closed', clockRuns: false, names: { en: 'Closed', 'zh-CN': '已关闭', 'zh-TW': '已關閉' } },
];

export const isDone = (category: StatusCategory) => category === 'resolved' || category === 'closed';

/**
 * What a status change means for the clocks and the case, as the events to log: whether the clock
 * runs in the new status; resolved when the case enters a done category from an open one; reopened
 * when it leaves one. A closed case is final: it is not reopened (a customer who writes again starts
 * a new case linked to it), which the caller refuses with `statusChangeProblem`.
 */
export function statusChangeEvents(from: CaseStatusDef, to: CaseStatusDef, at: Date): CaseClockEvent[] {
  if (from.key === to.key) return [];
  const events: CaseClockEvent[] = [];
  if (!isDone(from.category) && isDone(to.category)) events.push({ at, kind: 'resolved' });
  if (isDone(from.category) && !isDone(to.category)) events.push({ at, kind: 'reopened' });
  if (from.clockRuns !== to.clockRuns) events.push({ at, kind: 'status', clockRuns: to.clockRuns });
  return events;
}

/** Why a case may not move from one status to another, or null. */
export function statusChangeProblem(from: CaseStatusDef, to: CaseStatusDef): string | null {
  if (from.category === 'closed' && to.category !== 'closed') return 'A closed case cannot be reopened; open a new case linked to it.';
  if (to.category === 'new' && from.category !== 'new') return 'A case cannot go back to a new status.';
  return null;
}

/** The problems of a configured status list: keys, one new status to start in, a resolved and a closed one. */
export function statusListProblems(statuses: readonly CaseStatusDef[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const keys = new Set<string>();
  statuses.forEach((s, i) => {
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(s.key)) problems.push({ path: `statuses.${i}.key`, message: 'must be lower-case letters, digits and underscores, starting with a letter' });
    if (keys.has(s.key)) problems.push({ path: `statuses.${i}.key`, message: 'is used twice' });
    keys.add(s.key);
    if (!STATUS_CATEGORIES.includes(s.category)) problems.push({ path: `statuses.${i}.category`, message: `must be one of: ${STATUS_CATEGORIES.join(', ')}` });
  });
  for (const category of ['new', 'resolved', 'closed'] as const) {
    if (!statuses.some((s) => s.category === category)) problems.push({ path: 'statuses', message: `needs a status in the ${category} category` });
  }
  return problems;
}
