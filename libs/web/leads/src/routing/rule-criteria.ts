import type { RoutingRuleFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import type { RoutingCriteriaInput, SaveRoutingRuleInput } from '../shared/intake-types';
import { sourceLabel } from '../shared/intake-labels';

/** The list criteria of a rule: each matches any of its values, case-insensitively. */
export const LIST_CRITERIA = ['sources', 'campaigns', 'countries', 'regions', 'productInterests', 'languages'] as const;
export type ListCriterion = (typeof LIST_CRITERIA)[number];
export const RANGE_CRITERIA = ['minScore', 'maxScore', 'minEmployees', 'maxEmployees'] as const;
type RangeCriterion = (typeof RANGE_CRITERIA)[number];

export interface RuleFormValues extends Record<ListCriterion, string[]>, Partial<Record<RangeCriterion, number | null>> {
  name: string;
  active: boolean;
  targetKind: 'user' | 'team';
  targetUserId?: string | null;
  targetTeamId?: string | null;
  distribution: string;
}

type Rule = Pick<RoutingRuleFieldsFragment, 'name' | 'active' | 'criteria' | 'targetUserId' | 'targetTeamId' | 'distribution'>;

/** Editor values of a rule (or of a new one: any lead, to a team, round-robin). */
export function ruleToForm(rule?: Rule): RuleFormValues {
  const c = rule?.criteria;
  const lists = Object.fromEntries(LIST_CRITERIA.map((k) => [k, [...(c?.[k] ?? [])]])) as Record<ListCriterion, string[]>;
  return {
    name: rule?.name ?? '',
    active: rule?.active ?? true,
    ...lists,
    minScore: c?.minScore ?? null,
    maxScore: c?.maxScore ?? null,
    minEmployees: c?.minEmployees ?? null,
    maxEmployees: c?.maxEmployees ?? null,
    targetKind: rule?.targetUserId ? 'user' : 'team',
    targetUserId: rule?.targetUserId ?? null,
    targetTeamId: rule?.targetTeamId ?? null,
    distribution: rule?.distribution ?? 'round_robin',
  };
}

/** Trimmed, without blanks and repeats (compared case-insensitively, as the router does). */
export function cleanList(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values ?? []) {
    const v = raw.trim();
    if (v && !seen.has(v.toLowerCase())) {
      seen.add(v.toLowerCase());
      out.push(v);
    }
  }
  return out;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Criteria for the API: empty lists and open range ends are left out, since each means "any". */
export function formToCriteria(values: Partial<RuleFormValues>): RoutingCriteriaInput {
  const out: RoutingCriteriaInput = {};
  for (const k of LIST_CRITERIA) {
    const list = cleanList(values[k]);
    if (list.length) out[k] = list;
  }
  for (const k of RANGE_CRITERIA) {
    const v = values[k];
    if (isNumber(v)) out[k] = Math.round(v);
  }
  return out;
}

/** The save input: exactly one target, as the API requires; the distribution only matters for teams. */
export function formToRuleInput(values: RuleFormValues, id?: string): SaveRoutingRuleInput {
  const toUser = values.targetKind === 'user';
  return {
    ...(id ? { id } : {}),
    name: values.name.trim(),
    active: values.active,
    criteria: formToCriteria(values),
    targetUserId: toUser ? (values.targetUserId ?? null) : null,
    targetTeamId: toUser ? null : (values.targetTeamId ?? null),
    distribution: values.distribution,
  };
}

/** The criteria in the reader's language, one phrase per criterion ("Source: Website, Event"). */
export function criteriaPhrases(t: TFunction, c: RoutingCriteriaInput | RoutingRuleFieldsFragment['criteria']): string[] {
  const out: string[] = [];
  const list = (label: string, values: readonly string[] | null | undefined, show: (v: string) => string = (v) => v) => {
    if (values?.length) out.push(t('intake.routing.criteria.phrase', { label, values: values.map(show).join(t('intake.common.listSeparator')) }));
  };
  list(t('intake.routing.criteria.sources'), c.sources, (v) => sourceLabel(t, v));
  list(t('intake.routing.criteria.campaigns'), c.campaigns);
  list(t('intake.routing.criteria.countries'), c.countries);
  list(t('intake.routing.criteria.regions'), c.regions);
  list(t('intake.routing.criteria.productInterests'), c.productInterests);
  list(t('intake.routing.criteria.languages'), c.languages);
  const range = (label: string, min: number | null | undefined, max: number | null | undefined) => {
    if (isNumber(min) && isNumber(max)) out.push(t('intake.routing.criteria.phrase', { label, values: `${min}–${max}` }));
    else if (isNumber(min)) out.push(`${label} ≥ ${min}`);
    else if (isNumber(max)) out.push(`${label} ≤ ${max}`);
  };
  range(t('intake.routing.criteria.score'), c.minScore, c.maxScore);
  range(t('intake.routing.criteria.employees'), c.minEmployees, c.maxEmployees);
  return out.length ? out : [t('intake.routing.criteria.anyLead')];
}
