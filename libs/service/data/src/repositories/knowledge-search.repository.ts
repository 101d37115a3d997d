import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '@rapport/shared-domain';
import { knowledgeTsQueries, type ParsedKnowledgeQuery } from '@rapport/service-domain';
import { KnowledgeArticleEntity } from '../entities/knowledge.entity';
import { KnowledgeRepository } from './knowledge.repository';

export interface KnowledgeSearchOptions {
  /** `all`: every term must match (a search); `any`: one is enough (suggestions from a case's text). */
  mode: 'all' | 'any';
  first: number;
  language?: string | null;
  categoryId?: string | null;
  productId?: string | null;
}

export interface KnowledgeSearchRow {
  article: KnowledgeArticleEntity;
  rank: number;
  title: string;
  summary: string;
  body: string;
}

/** How many matches are ranked by the whole text (the rest by title and summary only). */
const RANKED = 200;

/**
 * Full-text search over the published versions of the articles the reader may read (issue 19 item 3):
 * the parsed query (service-domain's parseKnowledgeQuery) as a tsquery of English stemmed prefixes
 * and CJK bigrams, matched against `search_vector` through its GIN index and ranked by ts_rank_cd
 * (cover density: the terms close together in the title rank first).
 */
@Injectable()
export class KnowledgeSearchRepository {
  constructor(private readonly repo: KnowledgeRepository) {}

  async search(actor: Actor, parsed: ParsedKnowledgeQuery, opts: KnowledgeSearchOptions): Promise<KnowledgeSearchRow[]> {
    const { latin, cjk } = knowledgeTsQueries(parsed, opts.mode);
    if (!latin && !cjk) return [];
    // One transaction so the planner setting below holds for this search only; REPEATABLE READ so the
    // page's texts are read from the snapshot the scoped ranking saw (an article made internal or
    // withdrawn in between is not read by id after it left the reader's scope).
    return this.repo.ds.transaction('REPEATABLE READ', async (m) => {
      // A common word matches a fifth of the articles; the planner then prices scanning the whole table
      // below an index scan of the matches, not counting that testing `@@` on every row reads its
      // (toasted) vector: measured over 50,000 articles, 244 ms against 38 ms (docs/performance.md).
      // Pricing random reads as an SSD's (PostgreSQL's advice for them) keeps the GIN index in use.
      await m.query('SET LOCAL random_page_cost = 1.1');
      return this.run(m, actor, latin, cjk, opts);
    });
  }

  private async run(m: EntityManager, actor: Actor, latin: string | null, cjk: string | null, opts: KnowledgeSearchOptions): Promise<KnowledgeSearchRow[]> {
    const join = opts.mode === 'all' ? '&&' : '||';
    const tsq = [latin ? `to_tsquery('english', :kbLatin)` : null, cjk ? `(:kbCjk)::tsquery` : null].filter(Boolean).join(` ${join} `);
    // Rank first, read the texts of the page after: ranking thousands of matches must not read thousands
    // of bodies. `v.article_id = ka.id` (true of a published version) lets a rare word's few matches
    // reach their articles by primary key instead of hashing every article of the language.
    const matches = this.repo
      .articles(actor, 'read', m)
      .innerJoin('knowledge_article_version', 'v', 'v.id = ka.published_version_id AND v.article_id = ka.id')
      .select('ka.id', 'kb_id')
      .addSelect('v.id', 'kb_version')
      .andWhere(`v.status = 'published' AND v.search_vector @@ (${tsq})`)
      .setParameters({ kbLatin: latin, kbCjk: cjk });
    if (opts.language) matches.andWhere('ka.language = :kbLanguage', { kbLanguage: opts.language });
    if (opts.categoryId) matches.andWhere('ka.category_id = :kbCategory', { kbCategory: opts.categoryId });
    if (opts.productId) matches.andWhere('EXISTS (SELECT 1 FROM knowledge_article_product p WHERE p.article_id = ka.id AND p.product_id = :kbProduct)', { kbProduct: opts.productId });
    // Two steps, because the full vector's body part is toasted: a common word's thousands of matches
    // are ranked by their title and summary (a small vector, stored inline; ts_rank, so one term in a
    // title counts), and only the best RANKED of those by the whole text (cover density: the terms close
    // together, the title first). With no more matches than that, the order is the full ranking's.
    matches.orderBy(`coalesce(ts_rank(v.title_vector, ${tsq}), 0)`, 'DESC').addOrderBy('ka.id').limit(RANKED);
    const ranked: { kb_id: string; kb_rank: string }[] = await m
      .createQueryBuilder()
      .select('c.kb_id', 'kb_id')
      .addSelect(`ts_rank_cd(fv.search_vector, ${tsq})`, 'kb_rank')
      .from(`(${matches.getQuery()})`, 'c')
      .innerJoin('knowledge_article_version', 'fv', 'fv.id = c.kb_version')
      .setParameters(matches.getParameters())
      .orderBy('kb_rank', 'DESC')
      .addOrderBy('c.kb_id')
      .limit(opts.first)
      .getRawMany();
    if (ranked.length === 0) return [];
    const ids = ranked.map((r) => r.kb_id);
    // Both read, by id and in the same snapshot, rows the scoped ranking found.
    const articles = new Map((await m.findBy(KnowledgeArticleEntity, { id: In(ids) })).map((a) => [a.id, a]));
    const texts = (await m.query(
      `SELECT a.id, v.title, v.summary, left(v.body, 20000) AS body FROM knowledge_article a JOIN knowledge_article_version v ON v.id = a.published_version_id WHERE a.id = ANY($1)`,
      [ids],
    )) as { id: string; title: string; summary: string | null; body: string | null }[];
    const textOf = new Map(texts.map((t) => [t.id, t]));
    return ranked.flatMap((r) => {
      const article = articles.get(r.kb_id);
      const text = textOf.get(r.kb_id);
      return article && text ? [{ article, rank: Number(r.kb_rank), title: text.title, summary: text.summary ?? '', body: text.body ?? '' }] : [];
    });
  }
}
