import { Injectable } from '@nestjs/common';
import type { Actor } from '@rapport/shared-domain';
import { knowledgeTsQueries, type ParsedKnowledgeQuery } from '@rapport/service-domain';
import type { KnowledgeArticleEntity } from '../entities/knowledge.entity';
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
    const join = opts.mode === 'all' ? '&&' : '||';
    const tsq = [latin ? `to_tsquery('english', :kbLatin)` : null, cjk ? `(:kbCjk)::tsquery` : null].filter(Boolean).join(` ${join} `);
    const qb = this.repo
      .articles(actor, 'read')
      .innerJoin('knowledge_article_version', 'v', 'v.id = ka.published_version_id')
      .addSelect(['v.title AS kb_title', 'v.summary AS kb_summary', 'left(v.body, 20000) AS kb_body'])
      .addSelect(`ts_rank_cd(v.search_vector, ${tsq})`, 'kb_rank')
      .andWhere(`v.status = 'published' AND v.search_vector @@ (${tsq})`)
      .setParameters({ kbLatin: latin, kbCjk: cjk });
    if (opts.language) qb.andWhere('ka.language = :kbLanguage', { kbLanguage: opts.language });
    if (opts.categoryId) qb.andWhere('ka.category_id = :kbCategory', { kbCategory: opts.categoryId });
    if (opts.productId) qb.andWhere('EXISTS (SELECT 1 FROM knowledge_article_product p WHERE p.article_id = ka.id AND p.product_id = :kbProduct)', { kbProduct: opts.productId });
    const { entities, raw } = await qb.orderBy('kb_rank', 'DESC').addOrderBy('ka.id').limit(opts.first).getRawAndEntities();
    const byId = new Map(raw.map((r: Record<string, unknown>) => [r['ka_id'] as string, r]));
    return entities.map((article) => {
      const r = byId.get(article.id)!;
      return { article, rank: Number(r['kb_rank']), title: String(r['kb_title']), summary: String(r['kb_summary'] ?? ''), body: String(r['kb_body'] ?? '') };
    });
  }
}
