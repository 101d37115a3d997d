import type { ScoringRuleFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import { fieldLabel, operatorLabel, type ScoreOperator } from '../shared/intake-labels';
import type { SaveScoringRuleInput } from '../shared/intake-types';

/** What a rule can look at: fit (the lead's attributes) and engagement (what the person did). */
export const FIT_FIELDS = ['source', 'campaign', 'country', 'region', 'title', 'productInterest', 'language', 'employees', 'emailDomain', 'company'] as const;
export const ENGAGEMENT_FIELDS = ['submissions', 'activities', 'calls', 'meetings', 'emails', 'pageViews', 'productLines', 'eventsRegistered', 'eventsAttended'] as const;
// Product lines read (web interests) are text, matched with `contains`; the other engagement facts are counts.
const NUMERIC = new Set<string>(['employees', ...ENGAGEMENT_FIELDS.filter((f) => f !== 'productLines')]);

/** Counts and sizes compare as numbers; the rest as text. */
export function operatorsFor(field: string): ScoreOperator[] {
  return NUMERIC.has(field) ? ['gte', 'lte', 'eq', 'exists'] : ['eq', 'in', 'contains', 'exists'];
}

export type ValueKind = 'none' | 'list' | 'number' | 'text';
export function valueKind(operator: string): ValueKind {
  if (operator === 'exists') return 'none';
  if (operator === 'in') return 'list';
  if (operator === 'gte' || operator === 'lte') return 'number';
  return 'text';
}

/** The stored JSON value as the text the editor shows ("CEO, CTO" for a list). */
export function valueToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** The typed text as the JSON value the API expects for the operator (null when it takes none). */
export function textToValue(text: string | null | undefined, operator: string): string | number | string[] | null {
  const s = (text ?? '').trim();
  switch (valueKind(operator)) {
    case 'none':
      return null;
    case 'list':
      return s.split(/[,，;；]/).map((v) => v.trim()).filter(Boolean);
    case 'number':
      return s === '' || Number.isNaN(Number(s)) ? s : Number(s);
    case 'text':
      return s;
  }
}

export interface ScoringFormValues {
  name: string;
  field: string;
  operator: string;
  valueText?: string;
  points: number;
  active: boolean;
}

export function ruleToScoringForm(rule?: ScoringRuleFieldsFragment): ScoringFormValues {
  return rule
    ? { name: rule.name, field: rule.field, operator: rule.operator, valueText: valueToText(rule.value), points: rule.points, active: rule.active }
    : { name: '', field: 'title', operator: 'in', valueText: '', points: 10, active: true };
}

export function scoringFormToInput(v: ScoringFormValues, id?: string): SaveScoringRuleInput {
  return { ...(id ? { id } : {}), name: v.name.trim(), field: v.field, operator: v.operator, value: textToValue(v.valueText, v.operator), points: v.points, active: v.active };
}

/** "Job title is one of CEO, CTO" for the rules table. */
export function conditionText(t: TFunction, rule: Pick<ScoringRuleFieldsFragment, 'field' | 'operator' | 'value'>): string {
  const field = fieldLabel(t, rule.field);
  const op = operatorLabel(t, rule.operator);
  return valueKind(rule.operator) === 'none' ? `${field} ${op}` : `${field} ${op} ${valueToText(rule.value)}`;
}
