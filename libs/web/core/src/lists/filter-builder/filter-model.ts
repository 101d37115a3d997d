import dayjs from 'dayjs';

/**
 * The filter builder's model and its translation into the API's typed filter inputs
 * (`{ and, or, not, <field>: { op: value }, customFields: { <key>: { op: value } } }`).
 * Everything here is plain JSON so a saved view can store the builder as it is.
 */

/** How a field is compared; decides the operators and the value input. */
export type FieldKind = 'text' | 'number' | 'date' | 'datetime' | 'select' | 'multiSelect' | 'boolean' | 'user';

export type FilterOp =
  | 'contains'
  | 'startsWith'
  | 'eq'
  | 'ne'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'on'
  | 'before'
  | 'after'
  | 'in'
  | 'notIn'
  | 'hasAny'
  | 'hasAll'
  | 'isTrue'
  | 'isFalse'
  | 'isEmpty'
  | 'isNotEmpty';

export interface FilterFieldDef {
  /** Unique in the list: the API field name, or `cf:<key>` for a custom field. */
  id: string;
  label: string;
  kind: FieldKind;
  /** Set for custom fields: the key under `customFields`. */
  customKey?: string;
  /** Choices of select fields, with the values the API filter expects. */
  options?: { value: string; label: string }[];
  /** The column can be empty and its filter takes `isNull` (enum and boolean inputs do not). */
  nullable?: boolean;
}

export type FilterValue = string | number | boolean | string[] | null;

export interface FilterCondition {
  type: 'condition';
  id: string;
  field: string;
  op: FilterOp;
  value?: FilterValue;
}

export interface FilterGroup {
  type: 'group';
  id: string;
  match: 'and' | 'or';
  items: (FilterCondition | FilterGroup)[];
}

export type ApiFilter = Record<string, unknown>;

const KIND_OPERATORS: Record<FieldKind, FilterOp[]> = {
  text: ['contains', 'eq', 'ne', 'startsWith', 'isEmpty', 'isNotEmpty'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty'],
  date: ['on', 'before', 'after', 'isEmpty', 'isNotEmpty'],
  datetime: ['on', 'before', 'after', 'isEmpty', 'isNotEmpty'],
  select: ['in', 'notIn', 'isEmpty', 'isNotEmpty'],
  multiSelect: ['hasAny', 'hasAll', 'isEmpty', 'isNotEmpty'],
  // The API compares booleans with eq only.
  boolean: ['isTrue', 'isFalse'],
  user: ['in', 'notIn', 'isEmpty', 'isNotEmpty'],
};

const EMPTINESS: FilterOp[] = ['isEmpty', 'isNotEmpty'];

export function operatorsFor(field: Pick<FilterFieldDef, 'kind' | 'nullable'>): FilterOp[] {
  const ops = KIND_OPERATORS[field.kind];
  return field.nullable ? ops : ops.filter((op) => !EMPTINESS.includes(op));
}

/** Operators that need no value from the person. */
export function takesValue(op: FilterOp): boolean {
  return !['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse'].includes(op);
}

let sequence = 0;
/** Ids only tell items apart in the UI (React keys); they mean nothing to the API. */
export const newItemId = () => `f${Date.now().toString(36)}${(sequence++).toString(36)}`;

export const emptyGroup = (match: 'and' | 'or' = 'and'): FilterGroup => ({ type: 'group', id: newItemId(), match, items: [] });

export function newCondition(field: FilterFieldDef): FilterCondition {
  return { type: 'condition', id: newItemId(), field: field.id, op: operatorsFor(field)[0]!, value: null };
}

/** Conditions with a value, counted through nested groups: the number on the Filters button. */
export function countConditions(group: FilterGroup, fields: readonly FilterFieldDef[]): number {
  const byId = new Map(fields.map((f) => [f.id, f]));
  return group.items.reduce((n, item) => {
    if (item.type === 'group') return n + countConditions(item, fields);
    const field = byId.get(item.field);
    return n + (field && conditionToFilter(item, field) ? 1 : 0);
  }, 0);
}

const isBlank = (v: FilterValue | undefined) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Day boundaries: calendar dates (custom dates, close date) in UTC, timestamps in local time. */
function dayStart(day: string, kind: FieldKind, offsetDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  if (kind === 'date') {
    const d = new Date(`${day}T00:00:00.000Z`);
    d.setUTCDate(d.getUTCDate() + offsetDays);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  const d = dayjs(day).add(offsetDays, 'day').startOf('day');
  return d.isValid() ? d.toISOString() : undefined;
}

/** The API filter for one condition; undefined while it is incomplete (no value yet). */
export function conditionToFilter(condition: FilterCondition, field: FilterFieldDef): ApiFilter | undefined {
  const { op, value } = condition;
  if (!operatorsFor(field).includes(op)) return undefined;
  if (takesValue(op) && isBlank(value)) return undefined;
  const on = (ops: Record<string, unknown>): ApiFilter =>
    field.customKey ? { customFields: { [field.customKey]: ops } } : { [field.id]: ops };
  // "Is not X" keeps the empty ones too: SQL's `<>` and `NOT IN` would silently drop them.
  const orEmpty = (filter: ApiFilter): ApiFilter => (field.nullable ? { or: [filter, on({ isNull: true })] } : filter);
  const list = Array.isArray(value) ? value : [String(value)];

  switch (op) {
    case 'isEmpty':
      return on({ isNull: true });
    case 'isNotEmpty':
      return on({ isNull: false });
    case 'isTrue':
      return on({ eq: true });
    case 'isFalse':
      return on({ eq: false });
    case 'in':
      return on({ in: [...list] });
    case 'notIn':
      return orEmpty({ not: on({ in: [...list] }) });
    case 'hasAny':
    case 'hasAll': {
      // A multi-select is stored as a JSON list; its quoted option matches that option only.
      const parts = list.map((option) => on({ contains: JSON.stringify(option) }));
      return parts.length === 1 ? parts[0] : { [op === 'hasAny' ? 'or' : 'and']: parts };
    }
    case 'on':
    case 'before':
    case 'after': {
      const day = String(value);
      const start = dayStart(day, field.kind);
      const next = dayStart(day, field.kind, 1);
      if (!start || !next) return undefined;
      if (op === 'on') return on({ gte: start, lt: next });
      return op === 'before' ? on({ lt: start }) : on({ gte: next });
    }
    case 'ne': {
      const v = field.kind === 'number' ? Number(value) : value;
      if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
      return orEmpty(on({ ne: v }));
    }
    default: {
      if (field.kind === 'number') {
        const n = typeof value === 'number' ? value : Number(value);
        return Number.isFinite(n) ? on({ [op]: n }) : undefined;
      }
      return on({ [op]: typeof value === 'string' ? value.trim() : value });
    }
  }
}

/**
 * The whole builder as one API filter. Incomplete conditions and empty groups drop out; a group
 * of one is just that one; undefined means "no filter".
 */
export function builderToFilter(group: FilterGroup, fields: readonly FilterFieldDef[]): ApiFilter | undefined {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const parts = group.items
    .map((item) => {
      if (item.type === 'group') return builderToFilter(item, fields);
      const field = byId.get(item.field);
      return field ? conditionToFilter(item, field) : undefined;
    })
    .filter((p): p is ApiFilter => Boolean(p));
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return { [group.match]: parts };
}

/** A builder read back from storage (a saved view): anything malformed is dropped, not trusted. */
export function parseFilterGroup(raw: unknown, depth = 0): FilterGroup | undefined {
  if (!raw || typeof raw !== 'object' || depth > 3) return undefined;
  const g = raw as Partial<FilterGroup>;
  if (g.type !== 'group' || !Array.isArray(g.items)) return undefined;
  const items: FilterGroup['items'] = [];
  for (const item of g.items as unknown[]) {
    const i = item as Partial<FilterCondition> | Partial<FilterGroup> | null;
    if (i?.type === 'group') {
      const sub = parseFilterGroup(i, depth + 1);
      if (sub) items.push(sub);
    } else if (i?.type === 'condition' && typeof i.field === 'string' && typeof i.op === 'string') {
      items.push({ type: 'condition', id: newItemId(), field: i.field, op: i.op as FilterOp, value: (i.value ?? null) as FilterValue });
    }
  }
  return { type: 'group', id: newItemId(), match: g.match === 'or' ? 'or' : 'and', items };
}
