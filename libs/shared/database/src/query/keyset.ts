import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '@rapport/shared-errors';
import { CursorValue } from '@rapport/shared-util';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';
import { plainRows } from './plain-rows';
import { scopeArmsOf } from './visibility';

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
  /**
   * When `column` is an expression of the value `read` returns (e.g. `lower(c.last_name) COLLATE "C"`
   * over `lastName`), the same expression applied to the bound cursor value. Comparing the database's
   * own `lower()` of both sides keeps the cursor exact whatever JavaScript would make of the case.
   */
  compareAs?: (boundValue: string) => string;
}

/** `totalCount` is exact up to this many rows; beyond it the count stops and says it was capped. */
export const COUNT_CAP = 10_000;

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /**
   * Lazy getter: the count query runs only when `totalCount` is read (selected in GraphQL). It reads
   * at most COUNT_CAP + 1 rows, so it is exact up to COUNT_CAP and COUNT_CAP when more rows match.
   */
  readonly totalCount: Promise<number>;
  /**
   * Lazy: true when more than COUNT_CAP rows match (shares the count query with `totalCount`).
   * Optional for hand-built pages whose count is always exact.
   */
  readonly totalCountCapped?: Promise<boolean>;
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
  /**
   * The count will be read (`totalCount` is selected): it is then computed in the page's own
   * statement, one round trip instead of two. Without it the count stays lazy.
   */
  count?: boolean;
}

function toCursorValue(v: CursorValue | Date): CursorValue {
  return v instanceof Date ? v.toISOString() : v;
}

type PredicateKey = Pick<SortKey<unknown>, 'column' | 'direction' | 'cast' | 'compareAs'>;

/**
 * The SQL predicate "row comes after the cursor". When every key sorts the same way it is one row
 * comparison, `(a, id) > (x, y)`, which PostgreSQL uses as an index condition on an index over
 * (a, id): the page starts where the cursor points instead of at the first entry. Mixed directions
 * need the OR chain; its leading bound on the first key (`a >= x`) still narrows the index range.
 */
export function keysetPredicate(keys: PredicateKey[], paramPrefix: string) {
  const paramNames = keys.map((_, i) => `${paramPrefix}${i}`);
  const value = (i: number) => {
    const k = keys[i];
    const bound = k.cast ? `CAST(:${paramNames[i]} AS ${k.cast})` : `:${paramNames[i]}`;
    return k.compareAs ? k.compareAs(bound) : bound;
  };
  const after = (k: PredicateKey) => (k.direction === 'ASC' ? '>' : '<');
  if (keys.every((k) => k.direction === keys[0].direction)) {
    if (keys.length === 1) return { sql: `${keys[0].column} ${after(keys[0])} ${value(0)}`, paramNames };
    return { sql: `(${keys.map((k) => k.column).join(', ')}) ${after(keys[0])} (${keys.map((_, i) => value(i)).join(', ')})`, paramNames };
  }
  const ors = keys.map((key, i) => {
    const ands = keys.slice(0, i).map((k, j) => `${k.column} = ${value(j)}`);
    ands.push(`${key.column} ${after(key)} ${value(i)}`);
    return `(${ands.join(' AND ')})`;
  });
  return { sql: `(${keys[0].column} ${after(keys[0])}= ${value(0)} AND (${ors.join(' OR ')}))`, paramNames };
}

/**
 * One page in two steps: the ids of the page first (filter, scope, cursor, order, limit), then the
 * rows for those ids. The first step reads only what the WHERE and ORDER BY need, so an index that
 * carries those columns (e.g. the sort key plus owner_id and team_id for the visibility scope)
 * answers it without visiting the table for the rows the scope or filter throws away; only the
 * page's own rows are read in full.
 */
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
  const alias = qb.alias;
  const countQb = qb.clone();
  const arms = scopeArmsOf(qb);
  const idsQb = qb.clone().select(`${alias}.id`);

  if (request.after) {
    const values = decodeKeysetCursor(keys, request.after);
    if (!values) throw AppError.validation([{ path: 'after', message: 'is not a valid cursor' }]);
    const predicate = keysetPredicate(keys, 'ks');
    idsQb.andWhere(predicate.sql, Object.fromEntries(predicate.paramNames.map((n, i) => [n, values[i]])));
  }
  const ordered = <Q extends SelectQueryBuilder<T>>(q: Q): Q => {
    keys.forEach((k, i) => (i === 0 ? q.orderBy(k.column, k.direction) : q.addOrderBy(k.column, k.direction)));
    return q;
  };
  // limit, not take: joins here are to-one (e.g. the stage), so rows map 1:1 and no DISTINCT subquery is needed.
  ordered(idsQb).limit(first + 1);
  // where() replaces the conditions: the ids already passed the scope and the filter.
  const pageQb = ordered(qb.clone().where(`${alias}.id IN (${idsQb.getQuery()})`).setParameters(idsQb.getParameters())).limit(first + 1);
  const countSql = request.count ? cappedCountSql(countQb, arms) : undefined;
  if (countSql) pageQb.addSelect(countSql.sql, PAGE_COUNT).setParameters(countSql.params);
  const { rows, counted: inPage } = await readPage(pageQb, Boolean(countSql));

  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeKeysetCursor(keys, keys.map((k) => toCursorValue(k.read(node)))) }));
  let counted: Promise<{ count: number; capped: boolean }> | undefined = inPage && Promise.resolve(inPage);
  const count = () => (counted ??= cappedCount(countQb, arms));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(request.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return count().then((c) => c.count);
    },
    get totalCountCapped() {
      return count().then((c) => c.capped);
    },
  };
}

/**
 * Counts matching rows, but reads at most COUNT_CAP + 1 of them: a count of a million rows costs as
 * much as reading them. With the visibility scope split into arms (own / team / shared, disjoint),
 * each arm is counted on its own and the counts added: `owner_id = me` then is an index condition
 * (an owner-led index answers it) rather than a filter over every row the list filter matches.
 */
function cappedCountSql<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, arms?: { sql: string; params: Record<string, unknown> }[]) {
  const matching = (q: SelectQueryBuilder<T>) => q.select(`${q.alias}.id`).orderBy().limit(COUNT_CAP + 1);
  const parts = (arms ?? [undefined]).map((arm) => matching(arm ? qb.clone().andWhere(arm.sql, arm.params) : qb.clone()));
  return { sql: parts.map((p, i) => `(SELECT COUNT(*) FROM (${p.getQuery()}) capped${i})`).join(' + '), params: Object.assign({}, ...parts.map((p) => p.getParameters())) as Record<string, unknown> };
}

const capped = (n: number) => ({ count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP });

async function cappedCount<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, arms?: { sql: string; params: Record<string, unknown> }[]): Promise<{ count: number; capped: boolean }> {
  const { sql, params } = cappedCountSql(qb, arms);
  const row = await qb.createQueryBuilder().select(sql, 'n').from('(SELECT 1)', 'one').setParameters(params).getRawOne<{ n: string | number }>();
  return capped(Number(row?.n ?? 0));
}

/** The page's count column, when the count rides in the page's statement. */
const PAGE_COUNT = 'page_count';

/**
 * The page's rows, and the count read with them when it was selected. An empty page carries no
 * count (there is no row to carry it): undefined then, and the count is asked on its own.
 */
async function readPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, withCount: boolean): Promise<{ rows: T[]; counted?: { count: number; capped: boolean } }> {
  const result = (await plainRows(qb)) ?? (withCount ? await qb.getRawAndEntities() : { entities: await qb.getMany(), raw: [] });
  const n = withCount ? result.raw[0]?.[PAGE_COUNT] : undefined;
  return { rows: result.entities, counted: n === undefined || n === null ? undefined : capped(Number(n)) };
}
