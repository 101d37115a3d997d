import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { compileFilter, FieldMap } from './filter-compiler';
import { Page, paginate, SortKey } from './keyset';

export interface ListArgs<F, O> {
  first?: number | null;
  after?: string | null;
  filter?: F | null;
  orderBy?: O[] | null;
  /** The count is selected: read it with the page (see PageRequest). */
  count?: boolean;
}

/** How a list may be sorted: per field name, the SQL expression and how its cursor value is read and compared. */
export type Sortable<T> = Record<string, { column: string; cast?: string; read?: (row: T) => unknown; compareAs?: (boundValue: string) => string }>;

/** Applies a typed filter and keyset ordering (always ending in the id) and returns one page. */
export function listPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  fields: FieldMap,
  args: ListArgs<unknown, { field: string; direction: 'ASC' | 'DESC' }>,
  sortable: Sortable<T>,
  defaultOrder: { field: string; direction: 'ASC' | 'DESC' },
  pageSizeMax: number,
): Promise<Page<T>> {
  if (args.filter) {
    const { sql, params } = compileFilter(args.filter, fields);
    qb.andWhere(sql, params);
  }
  const order = args.orderBy?.length ? args.orderBy : [defaultOrder];
  const keys: SortKey<T>[] = order.map((o) => ({
    column: sortable[o.field].column,
    cast: sortable[o.field].cast,
    compareAs: sortable[o.field].compareAs,
    direction: o.direction,
    // A sort expression with COALESCE needs the same fallback in the cursor value.
    read: (sortable[o.field].read ?? ((row: T) => row[o.field])) as never,
  }));
  keys.push({ column: `${alias}.id`, direction: order[order.length - 1].direction, read: (row: T) => row.id, cast: 'uuid' });
  return paginate(qb, keys, args, pageSizeMax);
}
