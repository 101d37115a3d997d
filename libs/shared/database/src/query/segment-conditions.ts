import type { FieldError } from '@rapport/shared-errors';
import { isUuid } from '@rapport/shared-util';
import type { FieldMap } from './filter-compiler';

/**
 * The conditions a segment rule is built from (issue 17, docs/adr/0020). Each domain describes the
 * conditions it knows about (its fields, its behaviours) in its data lib and registers them with
 * `SegmentConditions` (shared-api); the segmentation domain compiles rule trees from whatever is
 * registered, so a domain that lands later (service cases) adds conditions without touching it.
 *
 * A condition is a SQL predicate on the contact aliased `c`. Its text comes from code; every value
 * from the rule goes through `bind`, so no user input is ever part of the SQL string.
 */
export type ConditionGroup = 'contact' | 'account' | 'behaviour' | 'orders' | 'metrics' | 'segments';

export type ConditionParamType = 'integer' | 'number' | 'text' | 'date' | 'choice' | 'choices' | 'id' | 'ids' | 'boolean' | 'json';

export interface ConditionParam {
  name: string;
  type: ConditionParamType;
  required?: boolean;
  /** For `choice`/`choices`: the allowed values. */
  choices?: readonly string[];
  min?: number;
  max?: number;
  /** What the builder offers to pick an id from (`segment`, `product`, `event`, `mailing`, …). */
  lookup?: string;
}

/** What compiling a condition may use besides its own parameters. */
export interface ConditionContext {
  /** Filterable fields (with custom fields as `cf_<key>`) of contacts (alias `c`) and accounts (alias `a`). */
  fields: { contact: FieldMap; account: FieldMap };
}

export interface SqlBinder {
  /** A placeholder for one value (`:s3_0`). */
  bind(value: unknown): string;
  /** A placeholder for a list, for `IN` (`(:...s3_1)`); never empty (callers handle the empty case). */
  bindList(values: readonly unknown[]): string;
  /** A parameter-name prefix unique to this condition, for compilers that bind names of their own. */
  readonly prefix: string;
  /** Adds parameters bound elsewhere (e.g. by `compileFilter` with `prefix`). */
  adopt(params: Record<string, unknown>): void;
}

export interface SegmentConditionDefinition {
  /** Stable key stored in rules, `<domain>.<what>` (e.g. `activities.count`). */
  key: string;
  group: ConditionGroup;
  params: readonly ConditionParam[];
  /** Checks beyond the parameters' declared types (e.g. a field that must exist); problems at `path.<param>`. */
  check?(params: Record<string, unknown>, path: string, context: ConditionContext): FieldError[];
  /** The predicate on contact `c`; parameters have been checked. */
  sql(params: Record<string, unknown>, q: SqlBinder, context: ConditionContext): string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const MAX_TEXT = 1000;
const MAX_LIST = 500;

function checkOne(spec: ConditionParam, value: unknown): string | null {
  switch (spec.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) return spec.type === 'integer' ? 'must be a whole number' : 'must be a number';
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}`;
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}`;
      return null;
    }
    case 'text':
      return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT ? null : `must be text of 1 to ${MAX_TEXT} characters`;
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'must be a date such as 2026-01-31';
    case 'choice':
      return typeof value === 'string' && (spec.choices ?? []).includes(value) ? null : `must be one of ${(spec.choices ?? []).join(', ')}`;
    case 'choices':
      return Array.isArray(value) && value.length > 0 && value.length <= MAX_LIST && value.every((v) => typeof v === 'string' && (spec.choices ?? []).includes(v))
        ? null
        : `must be a list of ${(spec.choices ?? []).join(', ')}`;
    case 'id':
      return isUuid(value) ? null : 'must be an id';
    case 'ids':
      return Array.isArray(value) && value.length > 0 && value.length <= MAX_LIST && value.every(isUuid) ? null : `must be a list of 1 to ${MAX_LIST} ids`;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'json':
      return null;
  }
}

/** Checks a condition's parameters against its declared ones: unknown names, missing required ones, types and ranges. */
export function checkConditionParams(def: SegmentConditionDefinition, params: unknown, path: string, context: ConditionContext): FieldError[] {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return [{ path, message: 'must be an object of parameters' }];
  const errors: FieldError[] = [];
  const given = params as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!def.params.some((p) => p.name === name)) errors.push({ path: `${path}.${name}`, message: `is not a parameter of ${def.key}` });
  }
  for (const spec of def.params) {
    const value = Object.hasOwn(given, spec.name) ? given[spec.name] : undefined;
    if (value === undefined || value === null) {
      if (spec.required) errors.push({ path: `${path}.${spec.name}`, message: 'is required' });
      continue;
    }
    const problem = checkOne(spec, value);
    if (problem) errors.push({ path: `${path}.${spec.name}`, message: problem });
  }
  if (errors.length === 0 && def.check) errors.push(...def.check(given, path, context));
  return errors;
}

/** The time window and count bounds every behaviour condition shares. */
export const WINDOW_PARAMS: readonly ConditionParam[] = [
  { name: 'min', type: 'integer', min: 0, max: 100_000 },
  { name: 'max', type: 'integer', min: 0, max: 100_000 },
  { name: 'lastDays', type: 'integer', min: 1, max: 36_500 },
  { name: 'from', type: 'date' },
  { name: 'to', type: 'date' },
];

/** `from` must not be after `to`; `min` not above `max`; a window is either the last days or dates. */
export function checkWindow(params: Record<string, unknown>, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof params['min'] === 'number' && typeof params['max'] === 'number' && params['min'] > params['max']) errors.push({ path: `${path}.max`, message: 'must not be below the minimum' });
  if (params['lastDays'] !== undefined && (params['from'] !== undefined || params['to'] !== undefined)) errors.push({ path: `${path}.lastDays`, message: 'use either the last days or dates, not both' });
  if (typeof params['from'] === 'string' && typeof params['to'] === 'string' && Date.parse(params['from']) > Date.parse(params['to'])) errors.push({ path: `${path}.to`, message: 'must not be before the start' });
  return errors;
}

export interface BehaviourSource {
  /** `FROM` items, e.g. `activity x` (code, never input). */
  from: string;
  /** SQL of the contact id of a row (`x.contact_id`). */
  contact: string;
  /** SQL of the moment of a row (`x.occurred_at`). */
  at: string;
  /** Further conditions (code with bound values). */
  where?: readonly string[];
}

/**
 * "Did this at least `min` (default 1) and at most `max` times in the window". Set-based: the
 * people who qualify are one grouped scan of the behaviour table (a hashed semi-join), never a
 * subquery per contact. An upper bound is the complement of "more than max", so people with no
 * rows at all (count 0) satisfy `max`, as they should.
 */
/** The time window of `WINDOW_PARAMS` (last N days, or from/to dates) on the moment column `at`. */
export function windowConditions(q: SqlBinder, at: string, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  if (typeof params['lastDays'] === 'number') where.push(`${at} >= now() - make_interval(days => ${q.bind(params['lastDays'])})`);
  if (typeof params['from'] === 'string') where.push(`${at} >= ${q.bind(params['from'])}::timestamptz`);
  // A date without a time means the whole day.
  if (typeof params['to'] === 'string') where.push(params['to'].length === 10 ? `${at} < ${q.bind(params['to'])}::date + 1` : `${at} <= ${q.bind(params['to'])}::timestamptz`);
  return where;
}

export function windowedCount(q: SqlBinder, source: BehaviourSource, params: Record<string, unknown>): string {
  const where = [`${source.contact} IS NOT NULL`, ...(source.where ?? []), ...windowConditions(q, source.at, params)];
  const rows = (having: string) => `SELECT ${source.contact} FROM ${source.from} WHERE ${where.join(' AND ')} GROUP BY ${source.contact} HAVING ${having}`;
  const min = typeof params['min'] === 'number' ? params['min'] : params['max'] === undefined ? 1 : 0;
  const parts: string[] = [];
  if (min > 0) parts.push(min === 1 ? `c.id IN (SELECT ${source.contact} FROM ${source.from} WHERE ${where.join(' AND ')})` : `c.id IN (${rows(`count(*) >= ${q.bind(min)}`)})`);
  if (typeof params['max'] === 'number') parts.push(`c.id NOT IN (${rows(`count(*) > ${q.bind(params['max'])}`)})`);
  return parts.length ? parts.join(' AND ') : 'TRUE';
}
