import type { TFunction } from 'i18next';
import { choiceLabel, conditionLabel, operatorText, paramLabel } from './condition-labels';
import { fieldConditionType, unquoteOption, type FieldRecordType, type SegmentField } from './field-options';

/**
 * A rule in words (issue 17): "Orders: count ≥ 2 in the last 200 days AND NOT (…)". The segment
 * page shows the stored rule this way and "why is this person in" names each top-level condition
 * with it. Works from the JSON alone (no catalogue needed); parameters it does not know read as
 * "name: value", so a condition a later domain adds is still said.
 */
export interface WordsContext {
  t: TFunction;
  /** The fields of field conditions, for their labels and value labels. */
  fields?: Partial<Record<FieldRecordType, readonly SegmentField[]>>;
  /** A segment's name for "member of"; undefined when unknown (not readable, or not loaded). */
  segmentName?: (id: string) => string | undefined;
  formatNumber?: (n: number) => string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const num = (ctx: WordsContext, v: unknown): string => (typeof v === 'number' ? (ctx.formatNumber?.(v) ?? String(v)) : String(v));

/** The parameters said in this order (so "count ≥ 2 in the last 200 days" reads in order); others follow. */
const ORDER = ['measure', 'types', 'cells', 'bands', 'stages', 'score', 'op', 'value', 'min', 'max', 'lastDays', 'from', 'to'];
const CHOICE_LISTS = new Set(['types', 'cells', 'bands', 'stages']);

function fieldInWords(type: FieldRecordType, params: Record<string, unknown>, ctx: WordsContext): string {
  const { t } = ctx;
  const name = typeof params['field'] === 'string' ? params['field'] : '';
  const field = ctx.fields?.[type]?.find((f) => f.name === name);
  const label = field?.label ?? name;
  const op = typeof params['op'] === 'string' ? params['op'] : '';
  const value = params['value'];
  if (op === 'isNull') return value === false ? t('segments.words.isNotEmpty', { field: label }) : t('segments.words.isEmpty', { field: label });
  const one = (v: unknown): string => {
    if (typeof v === 'boolean') return v ? t('segments.words.yes') : t('segments.words.no');
    if (typeof v === 'number') return num(ctx, v);
    const text = field?.kind === 'multi' ? (unquoteOption(v) ?? '') : String(v ?? '');
    const option = field?.options?.find((o) => o.value === text);
    return option ? option.label : t('segments.words.quoted', { text });
  };
  const values = Array.isArray(value) ? value.map(one).join(', ') : one(value);
  return `${label} ${operatorText(t, op)} ${values}`.trim();
}

function phraseOf(name: string, value: unknown, params: Record<string, unknown>, ctx: WordsContext): string | null {
  const { t } = ctx;
  switch (name) {
    case 'measure':
    case 'score':
      return choiceLabel(t, name, String(value));
    case 'op':
      return params['value'] === undefined ? operatorText(t, String(value)) : `${operatorText(t, String(value))} ${num(ctx, params['value'])}`;
    case 'value':
      return params['op'] === undefined ? num(ctx, value) : null;
    case 'min':
      if (typeof params['max'] === 'number') return t('segments.words.between', { min: num(ctx, value), max: num(ctx, params['max']) });
      return t('segments.words.atLeast', { count: Number(value), n: num(ctx, value) });
    case 'max':
      return typeof params['min'] === 'number' ? null : t('segments.words.atMost', { count: Number(value), n: num(ctx, value) });
    case 'lastDays':
      return t('segments.words.lastDays', { count: Number(value), n: num(ctx, value) });
    case 'from':
      return t('segments.words.from', { date: String(value) });
    case 'to':
      return t('segments.words.to', { date: String(value) });
    case 'pageContains':
      return t('segments.words.pageContains', { text: String(value) });
    case 'productLine':
      return t('segments.words.productLine', { text: String(value) });
    case 'subscriptionTypeId':
      return t('segments.words.subscriptionType');
    case 'segmentId': {
      const found = ctx.segmentName?.(String(value));
      return found ? t('segments.words.quoted', { text: found }) : t('segments.words.aSegment');
    }
    default:
      if (CHOICE_LISTS.has(name) && Array.isArray(value)) return value.map((v) => choiceLabel(t, name, String(v))).join(', ');
      if (Array.isArray(value)) return `${paramLabel(t, name)} (${value.length})`;
      if (typeof value === 'boolean') return `${paramLabel(t, name)}: ${value ? t('segments.words.yes') : t('segments.words.no')}`;
      return `${paramLabel(t, name)}: ${typeof value === 'number' ? num(ctx, value) : String(value)}`;
  }
}

/** One condition: "Orders: count ≥ 2 in the last 200 days". */
export function conditionInWords(condition: string, params: Record<string, unknown>, ctx: WordsContext): string {
  const { t } = ctx;
  const label = conditionLabel(t, condition);
  const type = fieldConditionType(condition);
  if (type) return t('segments.words.condition', { label, text: fieldInWords(type, params, ctx) });
  if (condition === 'orders.last' && typeof params['days'] === 'number') {
    const days = { count: params['days'], n: num(ctx, params['days']) };
    return t('segments.words.condition', { label, text: params['op'] === 'before' ? t('segments.words.lastBefore', days) : t('segments.words.lastWithin', days) });
  }
  const names = [...ORDER.filter((n) => n in params), ...Object.keys(params).filter((n) => !ORDER.includes(n))];
  const phrases = names.flatMap((n) => {
    const v = params[n];
    if (v === undefined || v === null || v === '') return [];
    const phrase = phraseOf(n, v, params, ctx);
    return phrase ? [phrase] : [];
  });
  return phrases.length ? t('segments.words.condition', { label, text: phrases.join(' ') }) : label;
}

/** A whole rule (or part of one). Groups nested in groups get brackets; an empty AND is everyone, an empty OR no one. */
export function ruleInWords(rule: unknown, ctx: WordsContext, nested = false): string {
  const { t } = ctx;
  if (!isObject(rule)) return '';
  switch (rule['type']) {
    case 'not': {
      const inner = ruleInWords(rule['rule'], ctx, true);
      return `${t('segments.words.not')} ${inner}`;
    }
    case 'and':
    case 'or': {
      const rules = Array.isArray(rule['rules']) ? rule['rules'] : [];
      if (!rules.length) return rule['type'] === 'and' ? t('segments.words.everyone') : t('segments.words.noOne');
      const joiner = rule['type'] === 'and' ? t('segments.words.and') : t('segments.words.or');
      const text = rules.map((r) => ruleInWords(r, ctx, true)).join(` ${joiner} `);
      return nested && rules.length > 1 ? `(${text})` : text;
    }
    case 'condition':
      return conditionInWords(String(rule['condition'] ?? ''), isObject(rule['params']) ? rule['params'] : {}, ctx);
    default:
      return '';
  }
}
