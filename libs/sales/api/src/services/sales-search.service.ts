import { Injectable, OnModuleInit } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { SearchArm, SearchRegistry } from '@rapport/shared-api';
import { compileFilter, folded } from '@rapport/shared-database';
import { escapeLike } from '@rapport/shared-util';
import { normalizeCompanyName } from '@rapport/sales-domain';
import { SalesRepository } from '@rapport/sales-data';

/**
 * How many matches per object type are ranked. Ranking needs every candidate row read; a broad
 * term ("wang", "li") matches tens of thousands at scale, so the top hits are chosen among the
 * first CANDIDATES matches found. Below that, the ranking is over every match.
 */
export const SEARCH_CANDIDATES = 200;

/**
 * Which index can answer a substring match for this term: pg_trgm needs three characters, so two
 * go through the character-bigram GIN indexes (`text_bigrams`, with the ILIKE kept as the check)
 * and a single character only matches as a name prefix through the case-folded btree indexes.
 */
export function substringIndexFor(term: string): 'prefix' | 'bigram' | 'trigram' {
  const n = [...term].length;
  return n <= 1 ? 'prefix' : n === 2 ? 'bigram' : 'trigram';
}

/** Email addresses are searched only for terms that look like one or like a domain ("@acme", "acme.com"). */
export function looksLikeEmail(term: string): boolean {
  return /@/.test(term) || /^[^\s@]+\.[^\s@.]{2,}$/.test(term);
}

/**
 * Global search over accounts, contacts, leads and opportunities the actor can see. Substring
 * matches on the normalised names (trigram or bigram GIN indexes), so Chinese and English names
 * both work; prefix matches rank first, then trigram similarity.
 */
@Injectable()
export class SalesSearchService implements OnModuleInit {
  constructor(
    private readonly repo: SalesRepository,
    private readonly registry: SearchRegistry,
  ) {}

  onModuleInit() {
    this.registry.register('sales', (actor, q, first) => this.searchArms(actor, q, first));
  }

  searchArms(actor: Actor, query: string, first: number): SearchArm[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const company = normalizeCompanyName(query) || q;
    const can = (o: 'account' | 'contact' | 'lead' | 'opportunity') => scopeFor(actor, o, 'read') !== RecordScope.None;
    const rank = (col: string) => `(CASE WHEN ${col} ILIKE :prefix THEN 1 ELSE 0.5 END + similarity(${col}, :q)) / 2`;
    const params = { like: `%${escapeLike(q)}%`, companyLike: `%${escapeLike(company)}%`, prefix: `${escapeLike(q)}%`, q, company };
    const emails = looksLikeEmail(q);
    /** A substring match of `col` (an indexed expression) against the bound term, through the index that can serve it. */
    const contains = (col: string, likeParam: 'like' | 'companyLike', termParam: 'q' | 'company') =>
      substringIndexFor(termParam === 'q' ? q : company) === 'bigram' ? `(text_bigrams(${col}) @> ARRAY[:${termParam}]::text[] AND ${col} ILIKE :${likeParam})` : `${col} ILIKE :${likeParam}`;
    const single = substringIndexFor(q) === 'prefix';

    const arms: SearchArm[] = [];
    if (can('account')) {
      const columns = (qb: SelectQueryBuilder<ObjectLiteral>) => qb.select(['a.id AS id', 'a.name AS title', 'a.industry AS subtitle']).addSelect(rank('a.name_normalized'), 'rank');
      arms.push({
        type: 'account',
        query: single ? this.byPrefix(columns(this.repo.accounts(actor, 'read')), 'a.name', q, first, params) : this.ranked(columns(this.matching('account', actor, contains('a.name_normalized', 'companyLike', 'company'), params)), first, params),
      });
    }
    if (can('contact')) {
      const columns = (qb: SelectQueryBuilder<ObjectLiteral>) => qb.select(['c.id AS id', `concat_ws(' ', c.first_name, c.last_name) AS title`, 'c.emails[1] AS subtitle']).addSelect(rank('c.name_normalized'), 'rank');
      const match = emails ? `(${contains('c.name_normalized', 'like', 'q')} OR text_array_join(c.emails) ILIKE :like)` : contains('c.name_normalized', 'like', 'q');
      arms.push({ type: 'contact', query: single ? this.byPrefix(columns(this.repo.contacts(actor, 'read')), 'c.last_name', q, first, params) : this.ranked(columns(this.matching('contact', actor, match, params)), first, params) });
    }
    // Leads and opportunities have no prefix index for a single character.
    if (can('lead') && !single) {
      const hits = this.matching('lead', actor, `l.name_normalized ILIKE :like OR l.company_normalized ILIKE :companyLike${emails ? ' OR l.email ILIKE :like' : ''}`, params)
        .select(['l.id AS id', `concat_ws(' ', l.first_name, l.last_name) AS title`, 'l.company AS subtitle'])
        .addSelect(rank('l.name_normalized'), 'rank');
      arms.push({ type: 'lead', query: this.ranked(hits, first, params) });
    }
    if (can('opportunity') && !single) {
      const match = substringIndexFor(q) === 'bigram' ? `text_bigrams(lower(o.name)) @> ARRAY[:q]::text[] AND o.name ILIKE :like` : 'o.name ILIKE :like';
      const hits = this.matching('opportunity', actor, match, params).select(['o.id AS id', 'o.name AS title', 'o.close_date::text AS subtitle']).addSelect(rank('lower(o.name)'), 'rank');
      arms.push({ type: 'opportunity', query: this.ranked(hits, first, params) });
    }
    return arms;
  }

  /** The reader's records whose text matches: matched first, then scoped (see `scopedMatches`). */
  private matching(object: 'account' | 'contact' | 'lead' | 'opportunity', actor: Actor, sql: string, params: Record<string, unknown>) {
    return this.repo.scopedMatches(object, actor, { sql, params });
  }

  /** The best `first` of at most SEARCH_CANDIDATES matches: the rank is computed for the candidates only. */
  private ranked(matches: SelectQueryBuilder<ObjectLiteral>, first: number, params: Record<string, unknown>) {
    matches.setParameters(params).limit(SEARCH_CANDIDATES);
    return matches
      .createQueryBuilder()
      .select('hit.*')
      .from(`(${matches.getQuery()})`, 'hit')
      .setParameters(matches.getParameters())
      .orderBy('hit.rank', 'DESC')
      .addOrderBy('hit.id')
      .limit(first);
  }

  /** One character: names starting with it, in name order, straight from the case-folded name index. */
  private byPrefix(hits: SelectQueryBuilder<ObjectLiteral>, column: string, q: string, first: number, params: Record<string, unknown>) {
    const prefix = compileFilter({ name: { startsWith: q } }, { name: { column, type: 'string', foldedPrefix: true } }, 'query', 'sp');
    return hits.andWhere(prefix.sql, prefix.params).setParameters(params).orderBy(folded(column)).addOrderBy(`${hits.alias}.id`).limit(first);
  }
}
