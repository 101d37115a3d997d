import { AppError } from '@rapport/shared-errors';
import type { ConditionContext, SegmentConditionDefinition } from '@rapport/shared-database';
import { checkWindow, WINDOW_PARAMS, windowedCount } from '@rapport/shared-database';
import { ACCOUNT_FIELDS, CONTACT_FIELDS } from '@rapport/sales-data';
import type { SegmentRule } from '@rapport/segmentation-domain';
import { compileRule, type ReferencedSegment } from './rule-compiler';
import { SEGMENTATION_CONDITIONS } from './conditions';

const context: ConditionContext = { fields: { contact: CONTACT_FIELDS, account: ACCOUNT_FIELDS } };
const behaviour: SegmentConditionDefinition = {
  key: 'test.did',
  group: 'behaviour',
  params: WINDOW_PARAMS,
  check: checkWindow,
  sql: (p, q) => windowedCount(q, { from: 'thing x', contact: 'x.contact_id', at: 'x.at' }, p),
};
const catalogue = new Map([...SEGMENTATION_CONDITIONS, behaviour].map((d) => [d.key, d]));
const compile = (rule: SegmentRule, segments?: Map<string, ReferencedSegment>) => compileRule(rule, { conditions: (k) => catalogue.get(k), context, segments });
const c = (condition: string, params: Record<string, unknown>): SegmentRule => ({ type: 'condition', condition, params });
const errorsOf = (f: () => unknown): { path: string; message: string }[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.fields;
    throw e;
  }
  throw new Error('expected a validation error');
};

describe('compileRule', () => {
  it('turns groups into AND/OR, NOT into IS NOT TRUE, and empty groups into TRUE/FALSE', () => {
    const r = compile({ type: 'and', rules: [c('test.did', {}), { type: 'not', rule: { type: 'or', rules: [c('test.did', { min: 3 }), { type: 'or', rules: [] }] } }, { type: 'and', rules: [] }] });
    expect(r.sql).toBe(
      '((c.id IN (SELECT x.contact_id FROM thing x WHERE x.contact_id IS NOT NULL)) AND ((((c.id IN (SELECT x.contact_id FROM thing x WHERE x.contact_id IS NOT NULL GROUP BY x.contact_id HAVING count(*) >= :s1_0)) OR FALSE)) IS NOT TRUE) AND TRUE)',
    );
    expect(r.params).toEqual({ s1_0: 3 });
    expect(r.leaves.map((l) => l.path)).toEqual(['rule.rules.0', 'rule.rules.1.rule.rules.0']);
  });

  it('binds every value and keeps user text out of the statement', () => {
    const evil = "x'); DROP TABLE contact; --";
    const r = compile({ type: 'and', rules: [c('contact.field', { field: 'lastName', op: 'contains', value: evil }), c('orders.bought', { productLine: evil })] });
    expect(r.sql).not.toContain('DROP');
    expect(Object.values(r.params)).toEqual(expect.arrayContaining([`%${evil}%`, evil]));
  });

  it('supports each field operator through the list filter compiler, custom fields included', () => {
    const ops: [string, unknown][] = [['eq', 'Li'], ['ne', 'Li'], ['in', ['Li', 'Wang']], ['contains', 'i'], ['startsWith', 'L'], ['isNull', false]];
    for (const [op, value] of ops) expect(compile(c('contact.field', { field: 'lastName', op, value })).sql).toContain('c.last_name');
    expect(compile(c('account.field', { field: 'name', op: 'startsWith', value: 'Acme' })).sql).toMatch(/^\(c\.account_id IN \(SELECT a\.id FROM account a WHERE a\.deleted_at IS NULL AND /);
    const withCustom = compileRule(c('contact.field', { field: 'customFields.tier', op: 'eq', value: 'gold' }), {
      conditions: (k) => catalogue.get(k),
      context: { fields: { contact: { ...CONTACT_FIELDS, cf_tier: { column: `c.custom_fields->>'tier'`, type: 'string' } }, account: ACCOUNT_FIELDS } },
    });
    expect(withCustom.sql).toContain(`c.custom_fields->>'tier' =`);
  });

  it('names unknown conditions, fields, operators and bad parameters by path', () => {
    const errors = errorsOf(() =>
      compile({
        type: 'and',
        rules: [
          c('nope', {}),
          c('contact.field', { field: 'password', op: 'eq', value: 'x' }),
          c('contact.field', { field: 'lastName', op: 'gt', value: 'x' }),
          c('orders.aggregate', { measure: 'count', op: 'gte', value: -1, extra: 1 }),
          c('test.did', { min: 5, max: 2 }),
          c('test.did', { lastDays: 30, from: '2026-01-01' }),
        ],
      }),
    );
    expect(errors.map((e) => e.path)).toEqual([
      'rule.rules.0.condition',
      'rule.rules.1.params.field',
      'rule.rules.2.params.value',
      'rule.rules.3.params.extra',
      'rule.rules.3.params.value',
      'rule.rules.4.params.max',
      'rule.rules.5.params.lastDays',
    ]);
  });

  it('counts people without orders when zero satisfies the comparison', () => {
    expect(compile(c('orders.aggregate', { measure: 'count', op: 'lt', value: 2 })).sql).toContain('c.id NOT IN (SELECT o.contact_id FROM "order" o WHERE');
    expect(compile(c('orders.aggregate', { measure: 'sum', op: 'gte', value: 100 })).sql).toContain('c.id IN (SELECT o.contact_id');
    // An average of nothing is unknown: people without orders never match.
    expect(compile(c('orders.aggregate', { measure: 'average', op: 'lte', value: 100 })).sql).toContain('c.id IN (SELECT o.contact_id');
    expect(compile(c('test.did', { max: 0 })).sql).toBe('(c.id NOT IN (SELECT x.contact_id FROM thing x WHERE x.contact_id IS NOT NULL GROUP BY x.contact_id HAVING count(*) > :s0_0))');
  });

  it('inlines a dynamic segment and reads a static one from its members', () => {
    const dyn = '0190a0b0-0000-7000-8000-000000000001';
    const stat = '0190a0b0-0000-7000-8000-000000000002';
    const segments = new Map<string, ReferencedSegment>([
      [dyn, { dynamic: true, rule: c('orders.last', { op: 'within', days: 30 }) }],
      [stat, { dynamic: false, rule: { type: 'and', rules: [] } }],
    ]);
    const r = compile({ type: 'or', rules: [c('segments.member', { segmentId: dyn }), c('segments.member', { segmentId: stat })] }, segments);
    expect(r.sql).toContain(`o.ordered_at >= now() - make_interval(days =>`);
    expect(r.sql).toContain('FROM segment_membership sm WHERE sm.segment_id =');
    expect(Object.values(r.params)).toContain(stat);
    expect(errorsOf(() => compile(c('segments.member', { segmentId: '0190a0b0-0000-7000-8000-000000000009' }), segments)).map((e) => e.path)).toEqual(['rule.params.segmentId']);
  });

  it('gives each condition its own parameter names, so rules can share a statement', () => {
    const r = compileRule({ type: 'and', rules: [c('test.did', { min: 2 }), c('test.did', { min: 3 })] }, { conditions: (k) => catalogue.get(k), context, prefix: 'x' });
    expect(r.params).toEqual({ x0_0: 2, x1_0: 3 });
  });
});
