import { currentLanguage } from '@rapport/web-ui';
import type { TFunction } from 'i18next';

/**
 * "Why this owner" in the reader's language, from the routing decision the API sends as
 * `intake.explanationJson` (rule, its conditions, the distribution, who was skipped and why). An
 * intake without one (a lead routed before decisions were kept whole) shows the stored English.
 */
interface Decision {
  ruleName: string | null;
  criteria: string | null;
  conditions?: Conditions | null;
  chosenName: string;
  reason: 'round_robin' | 'least_loaded' | 'direct' | 'fallback';
  skipped: { name: string; why: string }[];
  passed: { ruleName: string; why: string }[];
}

interface Conditions {
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

// Literal keys, one function per value (see apps/web/src/i18n-keys.test.ts).
const HOW: Record<Decision['reason'], (t: TFunction, name: string) => string> = {
  round_robin: (t, name) => t('routingWhy.roundRobin', { name }),
  least_loaded: (t, name) => t('routingWhy.leastLoaded', { name }),
  direct: (t, name) => t('routingWhy.direct', { name }),
  fallback: (t, name) => t('routingWhy.fallback', { name }),
};
const WHY: Record<string, (t: TFunction) => string> = {
  inactive: (t) => t('routingWhy.why.inactive'),
  out_of_office: (t) => t('routingWhy.why.outOfOffice'),
  outside_hours: (t) => t('routingWhy.why.outsideHours'),
  at_capacity: (t) => t('routingWhy.why.atCapacity'),
};
const LISTS: [keyof Conditions, (t: TFunction) => string][] = [
  ['sources', (t) => t('intake.routing.criteria.sources')],
  ['campaigns', (t) => t('intake.routing.criteria.campaigns')],
  ['countries', (t) => t('intake.routing.criteria.countries')],
  ['regions', (t) => t('intake.routing.criteria.regions')],
  ['productInterests', (t) => t('intake.routing.criteria.productInterests')],
  ['languages', (t) => t('intake.routing.criteria.languages')],
];

function decisionOf(json: string | null | undefined): Decision | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Partial<Decision> | null;
    return v && typeof v.chosenName === 'string' && v.reason && v.reason in HOW && Array.isArray(v.skipped) && Array.isArray(v.passed) ? (v as Decision) : null;
  } catch {
    return null;
  }
}

function conditionsText(c: Conditions, t: TFunction): string {
  const parts: string[] = [];
  for (const [key, label] of LISTS) {
    const values = c[key];
    if (Array.isArray(values) && values.length) parts.push(t('intake.routing.criteria.phrase', { label: label(t), values: values.join(t('routingWhy.valueSeparator')) }));
  }
  if (c.minScore != null || c.maxScore != null) parts.push(t('routingWhy.range', { label: t('intake.routing.criteria.score'), min: c.minScore ?? 0, max: c.maxScore ?? 100 }));
  if (c.minEmployees != null || c.maxEmployees != null) parts.push(t('routingWhy.range', { label: t('intake.routing.criteria.employees'), min: c.minEmployees ?? 0, max: c.maxEmployees ?? '∞' }));
  return parts.length ? parts.join(t('routingWhy.criteriaSeparator')) : t('intake.routing.criteria.anyLead');
}

const list = (items: string[], language: string) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);

export function routingWhy(t: TFunction, explanationJson: string | null | undefined, storedText: string | null | undefined, language: string = currentLanguage()): string | null {
  const d = decisionOf(explanationJson);
  if (!d) return storedText ?? null;
  const criteria = d.conditions ? conditionsText(d.conditions, t) : (d.criteria ?? t('intake.routing.criteria.anyLead'));
  const parts = [d.ruleName ? t('routingWhy.ruleMatched', { rule: d.ruleName, criteria }) : t('routingWhy.noRule'), HOW[d.reason](t, d.chosenName)];
  if (d.skipped.length) {
    const skipped = d.skipped.map((s) => t('routingWhy.skippedItem', { name: s.name, why: WHY[s.why]?.(t) ?? s.why }));
    parts.push(t('routingWhy.skipped', { list: list(skipped, language) }));
  }
  const busy = d.passed.filter((p) => p.why === 'nobody_available').map((p) => t('routingWhy.ruleName', { name: p.ruleName }));
  if (busy.length) parts.push(t('routingWhy.busyRules', { list: list(busy, language) }));
  return parts.join(t('routingWhy.separator')) + t('routingWhy.stop');
}
