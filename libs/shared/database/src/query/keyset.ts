import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '@rapport/shared-errors';
import { CursorValue, decodeCursor, encodeCursor } from '@rapport/shared-util';

/**
 * Keyset (cursor) pagination over an ordered list of non-null sort keys, always ending in the
 * primary key as the tie-breaker. Deep pages cost the same as the first, and rows inserted
 * between page loads neither repeat nor vanish.
 */
export interface SortKey<T> {
  /** SQL expression, qualified with the alias. */
  column: string;
  /** Reads the key from a loaded row, to build its cursor. */
  read: (row: T) => CursorValue | Date;
  direction: 'ASC' | 'DESC';
  /** How to cast the cursor value back when comparing (e.g. `timestamptz`). */
  cast?: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Lazy getter: the count query runs only when `totalCount` is read (selected in GraphQL). */
  readonly totalCount: Promise<number>;
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

function toCursorValue(v: CursorValue | Date): CursorValue {
  return v instanceof Date ? v.toISOString() : v;
}

/** The SQL predicate "row comes after the cursor" for mixed sort directions. */
export function keysetPredicate(keys: { column: string; direction: 'ASC' | 'DESC'; cast?: string }[], paramPrefix: string) {
  const params: Record<string, unknown> = {};
  const ors: string[] = [];
  keys.forEach((key, i) => {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      ands.push(`${keys[j].column} = ${param(j, keys[j].cast)}`);
    }
    ands.push(`${key.column} ${key.direction === 'ASC' ? '>' : '<'} ${param(i, key.cast)}`);
    ors.push(`(${ands.join(' AND ')})`);
  });
  return { sql: `(${ors.join(' OR ')})`, paramNames: keys.map((_, i) => `${paramPrefix}${i}`), params };

  function param(i: number, cast?: string) {
    return cast ? `CAST(:${paramPrefix}${i} AS ${cast})` : `:${paramPrefix}${i}`;
  }
}

export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  request: PageRequest,
  pageSizeMax: number,
  defaultPageSize = 20,
): Promise<Page<T>> {
  const first = request.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > pageSizeMax) {
    throw AppError.validation([{ path: 'first', message: `must be between 0 and ${pageSizeMax}` }]);
  }
  const countQb = qb.clone();
  const pageQb = qb.clone();

  if (request.after) {
    const values = decodeCursor(request.after, keys.length);
    if (!values) throw AppError.validation([{ path: 'after', message: 'is not a valid cursor' }]);
    const predicate = keysetPredicate(keys, 'ks');
    const params = Object.fromEntries(predicate.paramNames.map((n, i) => [n, values[i]]));
    pageQb.andWhere(predicate.sql, params);
  }
  keys.forEach((k, i) => (i === 0 ? pageQb.orderBy(k.column, k.direction) : pageQb.addOrderBy(k.column, k.direction)));
  // limit, not take: joins here are to-one (e.g. the stage), so rows map 1:1 and no DISTINCT subquery is needed.
  const rows = await pageQb.limit(first + 1).getMany();

  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keys.map((k) => toCursorValue(k.read(node)))) }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(request.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return (total ??= countQb.orderBy().getCount());
    },
  };
}
