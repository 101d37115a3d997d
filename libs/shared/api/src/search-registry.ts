import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '@rapport/shared-domain';

export interface SearchHitShape {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  /** 0..1, higher first; providers use similarity or prefix rank. */
  rank: number;
}

/**
 * One kind of hit a provider searches: a scoped query (the reader's visibility applied by the
 * domain's repository) selecting `id`, `title`, `subtitle` and `rank`, in the provider's own order,
 * limited to the page size. Nothing runs until the registry has every provider's arms.
 */
export interface SearchArm {
  type: string;
  query: SelectQueryBuilder<ObjectLiteral>;
}

export type SearchProvider = (actor: Actor, query: string, first: number) => SearchArm[];

const TYPE_NAME = /^[a-z][a-z_]*$/;

/**
 * Global search across domains: each domain registers a provider that builds the queries over
 * what the actor can see (through its scoped repositories); the registry runs them all as one
 * statement (UNION ALL, best rank first). One round trip instead of one per kind of record: a
 * search touched eight tables in eight statements, and on this machine each statement's trip
 * cost more of the API's time than its SQL (docs/performance.md, issue 20).
 */
@Injectable()
export class SearchRegistry {
  private readonly providers = new Map<string, SearchProvider>();

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  register(name: string, provider: SearchProvider): void {
    this.providers.set(name, provider);
  }

  async search(actor: Actor, query: string, first: number): Promise<SearchHitShape[]> {
    const q = query.trim();
    if (!q) return [];
    const arms = [...this.providers.values()].flatMap((p) => p(actor, q, first));
    if (arms.length === 0) return [];
    const { sql, params } = unionOfArms(arms, first);
    const rows: { type: string; id: string; title: string; subtitle: string | null; rank: number }[] = await this.ds.query(sql, params);
    return rows.map((r) => ({ type: r.type, id: r.id, title: r.title, subtitle: r.subtitle, rank: Number(r.rank) }));
  }
}

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
