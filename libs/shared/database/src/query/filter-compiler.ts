import { AppError, FieldError } from '@rapport/shared-errors';
import { escapeLike, findBadInput, isIsoDateTime, isStorableDate, isUuid } from '@rapport/shared-util';

/**
 * Turns a typed GraphQL/REST filter (`{ and, or, not, <field>: { eq, in, contains, gte, … } }`)
 * into a parameterised SQL condition. Columns come only from the whitelist in `fields`, values only
 * through bind parameters, so no filter can inject SQL or reach a column the API does not expose.
 */
export type FieldType = 'string' | 'id' | 'boolean' | 'datetime' | 'number' | 'integer' | 'enum';

export interface FieldSpec {
  /** SQL expression for the column, already qualified with the query alias. */
  column: string;
  type: FieldType;
  /** For enums: the allowed stored values (GraphQL has already mapped API names to these). */
  enumValues?: readonly string[];
  /**
   * For text columns with a btree index on `folded(column)`: `startsWith` becomes a range on that
   * expression, which the index serves, instead of an ILIKE, which no btree can. Same matches.
   */
  foldedPrefix?: boolean;
}

/**
 * The case-folded, byte-ordered form of a text column: what case-insensitive sorting and prefix
 * search compare, and what their expression indexes hold. `COLLATE "C"` makes the order (and so the
 * prefix range below) byte order whatever the database's default collation is.
 */
export function folded(column: string): string {
  return `lower(${column}) COLLATE "C"`;
}

export type FieldMap = Record<string, FieldSpec>;

export interface CompiledFilter {
  sql: string;
  params: Record<string, unknown>;
}

const OPERATORS: Record<FieldType, string[]> = {
  string: ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull'],
  id: ['eq', 'ne', 'in', 'isNull'],
  enum: ['eq', 'ne', 'in'],
  boolean: ['eq'],
  datetime: ['eq', 'gt', 'gte', 'lt', 'lte', 'isNull'],
  number: ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
  integer: ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
};

const SQL_OPERATORS: Record<string, string> = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };

const MAX_DEPTH = 6;
const MAX_IN = 500;
const MAX_CONDITIONS = 100;
/** Longer than any value worth searching for; keeps a filter from shipping megabytes into ILIKE. */
export const MAX_FILTER_TEXT = 1000;
/**
 * Operand ranges by column type, so an operand the column can't hold is a field error here rather
 * than a PostgreSQL range error: `integer` is int4; `number` (numeric columns) stays within what a
 * JavaScript number holds exactly.
 */
const INT4 = { min: -2_147_483_648, max: 2_147_483_647 };
const MAX_NUMBER = Number.MAX_SAFE_INTEGER;

class Compiler {
  private readonly params: Record<string, unknown> = {};
  private readonly errors: FieldError[] = [];
  private count = 0;

  constructor(
    private readonly fields: FieldMap,
    private readonly prefix: string,
  ) {}

  run(filter: unknown, path: string): CompiledFilter {
    // Filters also arrive as JSON inside a query parameter (CSV export), past the request-level check.
    const bad = findBadInput(filter, path);
    if (bad) throw AppError.validation([bad], 'The filter is not valid.');
    const sql = this.node(filter, path, 0);
    if (this.errors.length > 0) throw AppError.validation(this.errors, 'The filter is not valid.');
    return { sql, params: this.params };
  }

  private bind(value: unknown): string {
    const name = `${this.prefix}${Object.keys(this.params).length}`;
    this.params[name] = value;
    return `:${name}`;
  }

  private bindList(values: unknown[]): string {
    const name = `${this.prefix}${Object.keys(this.params).length}`;
    this.params[name] = values;
    return `(:...${name})`;
  }

  private node(filter: unknown, path: string, depth: number): string {
    if (filter === null || filter === undefined) return 'TRUE';
    if (typeof filter !== 'object' || Array.isArray(filter)) {
      this.errors.push({ path, message: 'must be an object' });
      return 'TRUE';
    }
    if (depth > MAX_DEPTH) {
      this.errors.push({ path, message: `nests deeper than ${MAX_DEPTH} levels` });
      return 'TRUE';
    }
    const parts: string[] = [];
    for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      const here = `${path}.${key}`;
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value)) {
          this.errors.push({ path: here, message: 'must be a list of filters' });
          continue;
        }
        const subs = value.map((v, i) => this.node(v, `${here}.${i}`, depth + 1));
        if (subs.length > 0) parts.push(`(${subs.join(key === 'and' ? ' AND ' : ' OR ')})`);
      } else if (key === 'not') {
        parts.push(`NOT (${this.node(value, here, depth + 1)})`);
      } else if (key === 'customFields' && typeof value === 'object' && !Array.isArray(value)) {
        // Admin-defined fields arrive as `customFields: { <key>: { op: value } }`, mapped to `cf_<key>` specs.
        for (const [cfKey, ops] of Object.entries(value as Record<string, unknown>)) {
          const spec = this.spec(`cf_${cfKey}`);
          if (spec) parts.push(...this.field(spec, ops, `${here}.${cfKey}`));
          else this.errors.push({ path: `${here}.${cfKey}`, message: `unknown custom field "${cfKey}"` });
        }
      } else if (this.spec(key)) {
        parts.push(...this.field(this.spec(key) as FieldSpec, value, here));
      } else {
        this.errors.push({ path: here, message: `unknown field "${key}"` });
      }
    }
    return parts.length > 0 ? parts.join(' AND ') : 'TRUE';
  }

  /** Own entries only: `constructor` or `toString` must not find Object.prototype's members. */
  private spec(key: string): FieldSpec | undefined {
    return Object.hasOwn(this.fields, key) ? this.fields[key] : undefined;
  }

  private field(spec: FieldSpec, ops: unknown, path: string): string[] {
    if (typeof ops !== 'object' || ops === null || Array.isArray(ops)) {
      this.errors.push({ path, message: 'must be an object of operators' });
      return [];
    }
    const out: string[] = [];
    for (const [op, raw] of Object.entries(ops as Record<string, unknown>)) {
      if (raw === undefined) continue;
      const here = `${path}.${op}`;
      if (!OPERATORS[spec.type].includes(op)) {
        this.errors.push({ path: here, message: `operator "${op}" is not supported here` });
        continue;
      }
      if (++this.count > MAX_CONDITIONS) {
        this.errors.push({ path: here, message: `a filter may have at most ${MAX_CONDITIONS} conditions` });
        return out;
      }
      const sql = this.condition(spec, op, raw, here);
      if (sql) out.push(sql);
    }
    return out;
  }

  private condition(spec: FieldSpec, op: string, raw: unknown, path: string): string | null {
    const c = spec.column;
    if (op === 'isNull') {
      if (typeof raw !== 'boolean') return this.fail(path, 'must be true or false');
      return raw ? `${c} IS NULL` : `${c} IS NOT NULL`;
    }
    if (op === 'in') {
      if (!Array.isArray(raw)) return this.fail(path, 'must be a list');
      if (raw.length > MAX_IN) return this.fail(path, `may list at most ${MAX_IN} values`);
      if (raw.length === 0) return 'FALSE';
      const values = raw.map((v, i) => this.value(spec, v, `${path}.${i}`));
      return values.includes(undefined) ? null : `${c} IN ${this.bindList(values)}`;
    }
    if (raw === null) return this.fail(path, 'must not be null (use isNull)');
    if (op === 'contains' || op === 'startsWith') {
      if (typeof raw !== 'string') return this.fail(path, 'must be text');
      if (raw.length > MAX_FILTER_TEXT) return this.fail(path, `may be at most ${MAX_FILTER_TEXT} characters`);
      if (op === 'startsWith' && spec.foldedPrefix && prefixRangeWorks(raw)) return this.prefixRange(c, raw);
      const pattern = op === 'contains' ? `%${escapeLike(raw)}%` : `${escapeLike(raw)}%`;
      return `${c} ILIKE ${this.bind(pattern)}`;
    }
    const value = this.value(spec, raw, path);
    if (value === undefined) return null;
    return `${c} ${SQL_OPERATORS[op]} ${this.bind(value)}`;
  }

  /**
   * `lower(col) LIKE lower(p) || '%'` (what ILIKE 'p%' means) as the byte range
   * [lower(p), lower(p) with its last character incremented): in byte (= code point) order every
   * string that starts with lower(p) lies in it and nothing else does. lower() runs in the database
   * on both sides, so the case rules are PostgreSQL's, as with ILIKE.
   */
  private prefixRange(column: string, prefix: string): string {
    const p = `lower(${this.bind(prefix)})`;
    return `(${folded(column)} >= ${p} AND ${folded(column)} < (left(${p}, -1) || chr(ascii(right(${p}, 1)) + 1)))`;
  }

  /** Coerces and checks one value against the column's type; returns undefined (and records an error) when invalid. */
  private value(spec: FieldSpec, raw: unknown, path: string): unknown {
    const invalid = (message: string) => this.fail(path, message) ?? undefined;
    switch (spec.type) {
      case 'string':
        if (typeof raw !== 'string') return invalid('must be text');
        return raw.length <= MAX_FILTER_TEXT ? raw : invalid(`may be at most ${MAX_FILTER_TEXT} characters`);
      case 'id':
        return isUuid(raw) ? raw : invalid('must be an id');
      case 'boolean':
        return typeof raw === 'boolean' ? raw : invalid('must be true or false');
      case 'number':
        return typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw) <= MAX_NUMBER ? raw : invalid(`must be a number between -${MAX_NUMBER} and ${MAX_NUMBER}`);
      case 'integer':
        return Number.isInteger(raw) && (raw as number) >= INT4.min && (raw as number) <= INT4.max ? raw : invalid(`must be a whole number between ${INT4.min} and ${INT4.max}`);
      case 'datetime': {
        // A Date comes from GraphQL's DateTime scalar (whose raw input the API edge checked); REST sends ISO strings.
        const d = raw instanceof Date ? raw : isIsoDateTime(raw) ? new Date(raw) : null;
        return isStorableDate(d) ? d : invalid('must be an ISO 8601 date-time, e.g. 2024-05-01T09:00:00Z');
      }
      case 'enum':
        return typeof raw === 'string' && spec.enumValues?.includes(raw) ? raw : invalid('is not an allowed value');
    }
  }

  private fail(path: string, message: string): null {
    this.errors.push({ path, message });
    return null;
  }
}

/**
 * The range needs a next character: none after U+10FFFF, and U+D800 (after U+D7FF) is not one
 * (lower() never maps another character to either). The empty prefix matches every row anyway.
 */
function prefixRangeWorks(prefix: string): boolean {
  const last = [...prefix].pop()?.codePointAt(0);
  return last !== undefined && last !== 0xd7ff && last !== 0x10ffff;
}

/**
 * @param prefix parameter-name prefix, so several compiled fragments can share one query builder
 * @param path   the input path reported in errors, e.g. `filter`
 */
export function compileFilter(filter: unknown, fields: FieldMap, path = 'filter', prefix = 'f'): CompiledFilter {
  return new Compiler(fields, prefix).run(filter, path);
}

/** True when a filter (at any depth) uses custom fields, so callers load their specs only then. */
export function mentionsCustomFields(filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return false;
  if (Array.isArray(filter)) return filter.some(mentionsCustomFields);
  return Object.entries(filter as Record<string, unknown>).some(([k, v]) => k === 'customFields' || ((k === 'and' || k === 'or' || k === 'not') && mentionsCustomFields(v)));
}
