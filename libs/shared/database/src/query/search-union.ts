import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * One kind of hit the global search looks for: a scoped query (the reader's visibility applied by
 * the domain's repository) selecting `id`, `title`, `subtitle` and `rank`, in its own order,
 * limited to the page size.
 */
export interface SearchArm {
  type: string;
  query: SelectQueryBuilder<ObjectLiteral>;
}

export interface SearchRow {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  /** 0..1, higher first; providers use similarity or prefix rank. */
  rank: number;
}

const TYPE_NAME = /^[a-z][a-z_]*$/;

/**
 * The arms as one statement: each arm's own placeholders renumbered after the ones before it;
 * hits by rank, equal ranks in the order of the arms and of each arm's own ordering (its row
 * number as it comes out of its ORDER BY … LIMIT).
 */
export function unionOfArms(arms: SearchArm[], first: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = arms.map((arm, i) => {
    if (!TYPE_NAME.test(arm.type)) throw new Error(`search arm type "${arm.type}" is not a plain name`);
    const [sql, own] = arm.query.getQueryAndParameters();
    const offset = params.length;
    params.push(...own);
    const shifted = sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `SELECT '${arm.type}'::text AS type, h.id::text AS id, h.title::text AS title, h.subtitle::text AS subtitle, h.rank::float8 AS rank, ${i} AS arm, row_number() OVER () AS ord FROM (${shifted}) h`;
  });
  params.push(first);
  return { sql: `SELECT type, id, title, subtitle, rank FROM (${parts.join(' UNION ALL ')}) hits ORDER BY rank DESC, arm, ord LIMIT $${params.length}`, params };
}

/** The best `first` hits of every arm, in one round trip (float8 arrives as a number). */
export function searchAcrossArms(m: EntityManager, arms: SearchArm[], first: number): Promise<SearchRow[]> {
  if (arms.length === 0) return Promise.resolve([]);
  const { sql, params } = unionOfArms(arms, first);
  return m.query(sql, params);
}
