/**
 * Lead scoring: fit rules over the lead's attributes plus engagement rules over what the person
 * did (form submissions, activities). Admin-configured; the sum is clamped to 0–100.
 */
export type ScoreOperator = 'eq' | 'in' | 'contains' | 'gte' | 'lte' | 'exists';

export const FIT_FIELDS = ['source', 'campaign', 'country', 'region', 'title', 'productInterest', 'language', 'employees', 'emailDomain', 'company'] as const;
/**
 * What the person did. Page views (last 30 days) and the product lines their pages are about (last
 * 90 days, comma-separated, for `contains`) come from web visitors; events registered for and
 * attended from events — both through EngagementFacts, so leads never import those domains.
 */
export const ENGAGEMENT_FIELDS = ['submissions', 'activities', 'calls', 'meetings', 'emails', 'pageViews', 'productLines', 'eventsRegistered', 'eventsAttended'] as const;
export type ScoreField = (typeof FIT_FIELDS)[number] | (typeof ENGAGEMENT_FIELDS)[number];

export interface ScoringRule {
  id: string;
  name: string;
  field: ScoreField;
  operator: ScoreOperator;
  value: string | number | string[] | null;
  points: number;
}

export type ScoreFacts = Partial<Record<ScoreField, string | number | null>>;

/** Free-mail domains score no "business email" points. */
const FREE_MAIL = new Set(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'qq.com', '163.com', '126.com', 'sina.com', 'icloud.com']);

export function emailDomain(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return at > 0 ? email!.slice(at + 1).toLowerCase() : null;
}

export function isBusinessEmail(email: string | null | undefined): boolean {
  const d = emailDomain(email);
  return d !== null && !FREE_MAIL.has(d);
}

function holds(rule: ScoringRule, actual: string | number | null | undefined): boolean {
  const text = (v: unknown) => String(v ?? '').trim().toLowerCase();
  switch (rule.operator) {
    case 'exists':
      return actual !== null && actual !== undefined && actual !== '';
    case 'eq':
      return actual !== null && actual !== undefined && text(actual) === text(rule.value);
    case 'in':
      return Array.isArray(rule.value) && rule.value.some((v) => text(v) === text(actual));
    case 'contains':
      return actual != null && text(rule.value) !== '' && text(actual).includes(text(rule.value));
    case 'gte':
      return actual != null && Number(actual) >= Number(rule.value);
    case 'lte':
      return actual != null && Number(actual) <= Number(rule.value);
  }
}

export interface ScoreResult {
  score: number;
  grade: Grade;
  matched: { ruleId: string; name: string; points: number }[];
}

export function scoreLead(rules: ScoringRule[], facts: ScoreFacts): ScoreResult {
  const matched = rules.filter((r) => holds(r, facts[r.field])).map((r) => ({ ruleId: r.id, name: r.name, points: r.points }));
  const score = Math.max(0, Math.min(100, matched.reduce((s, m) => s + m.points, 0)));
  return { score, grade: gradeFor(score), matched };
}

export type Grade = 'A' | 'B' | 'C' | 'D';

export function gradeFor(score: number): Grade {
  return score >= 75 ? 'A' : score >= 50 ? 'B' : score >= 25 ? 'C' : 'D';
}

export type LeadPriority = 'high' | 'normal' | 'low';

/** The SLA priority of a lead follows its grade: A leads are answered first. */
export function priorityFor(score: number): LeadPriority {
  const g = gradeFor(score);
  return g === 'A' ? 'high' : g === 'D' ? 'low' : 'normal';
}
