import type { FieldError } from '@rapport/shared-errors';
import { AppError } from '@rapport/shared-errors';
import { checkWindow, compileFilter, type ConditionContext, type FieldMap, type SegmentConditionDefinition, type SqlBinder, WINDOW_PARAMS, windowConditions } from '@rapport/shared-database';
import { ChurnBand, LifecycleStage, SEGMENT_MEMBER_CONDITION } from '@rapport/segmentation-domain';

/**
 * The conditions segmentation itself contributes to the catalogue (issue 17 item 2): fields of the
 * contact and of its account (standard and custom, through the same filter compiler the lists use),
 * aggregates over completed orders, the computed metrics and membership of other segments. Other
 * domains register their behaviours (activities, email, page views, events, forms) themselves.
 */
const OPERATORS = ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull', 'gt', 'gte', 'lt', 'lte'] as const;
const COMPARE = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;
const SQL_COMPARE: Record<(typeof COMPARE)[number], string> = { gte: '>=', gt: '>', lte: '<=', lt: '<', eq: '=' };

/** `lastName` or `customFields.tier` → the filter the list compiler reads. */
function fieldFilter(params: Record<string, unknown>): Record<string, unknown> {
  const field = params['field'] as string;
  const ops = { [params['op'] as string]: params['value'] };
  return field.startsWith('customFields.') ? { customFields: { [field.slice('customFields.'.length)]: ops } } : { [field]: ops };
}

function fieldCondition(key: string, group: 'contact' | 'account', wrap: (predicate: string) => string): SegmentConditionDefinition {
  const map = (context: ConditionContext): FieldMap => context.fields[group];
  const compile = (params: Record<string, unknown>, path: string, context: ConditionContext, prefix: string) => {
    const field = params['field'] as string;
    const cf = field.startsWith('customFields.') ? `cf_${field.slice('customFields.'.length)}` : field;
    if (!Object.hasOwn(map(context), cf)) throw AppError.validation([{ path: `${path}.field`, message: `is not a field of ${group}s you can segment on` }]);
    return compileFilter(fieldFilter(params), map(context), path, prefix);
  };
  return {
    key,
    group,
    params: [
      { name: 'field', type: 'text', required: true },
      { name: 'op', type: 'choice', required: true, choices: OPERATORS },
      { name: 'value', type: 'json' },
    ],
    check(params, path, context): FieldError[] {
      try {
        compile(params, path, context, 'chk');
        return [];
      } catch (e) {
        // The filter compiler names paths inside its own filter object; the builder's field is the value.
        return e instanceof AppError && e.fields?.length ? e.fields.map((f) => ({ path: f.path.startsWith(`${path}.field`) ? f.path : `${path}.value`, message: f.message })) : [{ path, message: 'is not valid' }];
      }
    },
    sql(params, q, context) {
      const compiled = compile(params, 'rule', context, `${q.prefix}f`);
      q.adopt(compiled.params);
      return wrap(compiled.sql);
    },
  };
}

/** Completed orders of the person in the window (`o` aliases the order). */
function orderWindow(q: SqlBinder, params: Record<string, unknown>): string[] {
  return [`o.status = 'completed'`, ...windowConditions(q, 'o.ordered_at', params)];
}

const ORDER_WINDOW = WINDOW_PARAMS.filter((p) => p.name !== 'min' && p.name !== 'max');

/**
 * Count, total or average of completed orders compared with a value. People without orders have a
 * count and total of 0 (and no average): when 0 satisfies the comparison they are in, through the
 * complement of "has orders that fail it", so "fewer than 2 orders" includes people with none.
 */
const ordersAggregate: SegmentConditionDefinition = {
  key: 'orders.aggregate',
  group: 'orders',
  params: [
    { name: 'measure', type: 'choice', required: true, choices: ['count', 'sum', 'average'] },
    { name: 'op', type: 'choice', required: true, choices: COMPARE },
    { name: 'value', type: 'number', required: true, min: 0, max: 1e12 },
    ...ORDER_WINDOW,
  ],
  check: checkWindow,
  sql(params, q) {
    const measure = params['measure'] as string;
    const op = SQL_COMPARE[params['op'] as (typeof COMPARE)[number]];
    const value = params['value'] as number;
    const agg = measure === 'count' ? 'count(*)' : measure === 'sum' ? 'sum(o.amount)' : 'avg(o.amount)';
    const test = `${agg} ${op} ${q.bind(value)}`;
    const grouped = (having: string) => `SELECT o.contact_id FROM "order" o WHERE ${orderWindow(q, params).join(' AND ')} GROUP BY o.contact_id HAVING ${having}`;
    const zeroPasses = measure !== 'average' && compare(0, params['op'] as string, value);
    return zeroPasses ? `c.id NOT IN (${grouped(`NOT (${test})`)})` : `c.id IN (${grouped(test)})`;
  },
};

function compare(a: number, op: string, b: number): boolean {
  return op === 'gte' ? a >= b : op === 'gt' ? a > b : op === 'lte' ? a <= b : op === 'lt' ? a < b : a === b;
}

/** The last completed order lies within the last N days, or before them (people who never ordered are neither). */
const ordersLast: SegmentConditionDefinition = {
  key: 'orders.last',
  group: 'orders',
  params: [
    { name: 'op', type: 'choice', required: true, choices: ['within', 'before'] },
    { name: 'days', type: 'integer', required: true, min: 1, max: 36_500 },
  ],
  sql(params, q) {
    const since = `now() - make_interval(days => ${q.bind(params['days'])})`;
    return params['op'] === 'within'
      ? `c.id IN (SELECT o.contact_id FROM "order" o WHERE o.status = 'completed' AND o.ordered_at >= ${since})`
      : `c.id IN (SELECT o.contact_id FROM "order" o WHERE o.status = 'completed' GROUP BY o.contact_id HAVING max(o.ordered_at) < ${since})`;
  },
};

/** Bought one of these products, or anything of a product line, in the window. */
const ordersBought: SegmentConditionDefinition = {
  key: 'orders.bought',
  group: 'orders',
  params: [{ name: 'productIds', type: 'ids', lookup: 'product' }, { name: 'productLine', type: 'text' }, ...ORDER_WINDOW],
  check(params, path) {
    const errors = checkWindow(params, path);
    if (!params['productIds'] === !params['productLine']) errors.push({ path: `${path}.productIds`, message: 'choose products or a product line' });
    return errors;
  },
  sql(params, q) {
    const line = Array.isArray(params['productIds']) ? `l.product_id IN ${q.bindList(params['productIds'])}` : `lower(l.product_line) = lower(${q.bind(params['productLine'])})`;
    return `c.id IN (SELECT o.contact_id FROM "order" o JOIN order_line l ON l.order_id = o.id WHERE ${orderWindow(q, params).join(' AND ')} AND ${line})`;
  },
};

const RFM_CELL_KEYS = ['champions', 'loyal', 'potential_loyalist', 'new_customers', 'promising', 'need_attention', 'about_to_sleep', 'at_risk', 'cannot_lose', 'hibernating', 'lost'] as const;

/** A metric of the last run (`m` aliases customer_metrics). */
function metric(key: string, params: SegmentConditionDefinition['params'], predicate: (p: Record<string, unknown>, q: SqlBinder) => string): SegmentConditionDefinition {
  return { key, group: 'metrics', params, sql: (p, q) => `c.id IN (SELECT m.contact_id FROM customer_metrics m WHERE ${predicate(p, q)})` };
}

const metrics: SegmentConditionDefinition[] = [
  metric('metrics.rfmCell', [{ name: 'cells', type: 'choices', required: true, choices: RFM_CELL_KEYS }], (p, q) => `m.rfm_cell IN ${q.bindList(p['cells'] as string[])}`),
  metric('metrics.churnRisk', [{ name: 'bands', type: 'choices', required: true, choices: Object.values(ChurnBand) }], (p, q) => `m.churn_band IN ${q.bindList(p['bands'] as string[])}`),
  metric('metrics.lifecycleStage', [{ name: 'stages', type: 'choices', required: true, choices: Object.values(LifecycleStage) }], (p, q) => `m.lifecycle_stage IN ${q.bindList(p['stages'] as string[])}`),
  metric(
    'metrics.clv',
    [
      { name: 'op', type: 'choice', required: true, choices: COMPARE },
      { name: 'value', type: 'number', required: true, min: 0, max: 1e12 },
    ],
    (p, q) => `m.clv ${SQL_COMPARE[p['op'] as (typeof COMPARE)[number]]} ${q.bind(p['value'])}`,
  ),
  metric(
    'metrics.rfmScore',
    [
      { name: 'score', type: 'choice', required: true, choices: ['r', 'f', 'm'] },
      { name: 'min', type: 'integer', required: true, min: 1, max: 5 },
      { name: 'max', type: 'integer', required: true, min: 1, max: 5 },
    ],
    (p, q) => `m.${p['score'] as 'r' | 'f' | 'm'}_score BETWEEN ${q.bind(p['min'])} AND ${q.bind(p['max'])}`,
  ),
];

/**
 * Current member of another segment. The compiler inlines a dynamic segment's rule (so the count is
 * always current); this SQL serves static segments, whose members are a snapshot.
 */
const segmentMember: SegmentConditionDefinition = {
  key: SEGMENT_MEMBER_CONDITION,
  group: 'segments',
  params: [{ name: 'segmentId', type: 'id', required: true, lookup: 'segment' }],
  sql: (params, q) => `c.id IN (SELECT sm.contact_id FROM segment_membership sm WHERE sm.segment_id = ${q.bind(params['segmentId'])} AND sm.left_at IS NULL)`,
};

export const SEGMENTATION_CONDITIONS: SegmentConditionDefinition[] = [
  fieldCondition('contact.field', 'contact', (p) => p),
  fieldCondition('account.field', 'account', (p) => `c.account_id IN (SELECT a.id FROM account a WHERE a.deleted_at IS NULL AND ${p})`),
  ordersAggregate,
  ordersLast,
  ordersBought,
  ...metrics,
  segmentMember,
];
