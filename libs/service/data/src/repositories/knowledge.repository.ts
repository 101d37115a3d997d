import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { applyScope, fieldMapOf, scopeCondition, type FieldMap } from '@rapport/shared-database';
import type { Action, Actor } from '@rapport/shared-domain';
import { KNOWLEDGE_ARTICLE, readableAudiences, readsUnpublished } from '@rapport/service-domain';
import {
  KnowledgeArticleEntity,
  KnowledgeArticleProductEntity,
  KnowledgeArticleVersionEntity,
  KnowledgeAttachmentEntity,
  KnowledgeCaseLinkEntity,
  KnowledgeCategoryEntity,
  KnowledgeDeflectionEntity,
  KnowledgeFeedbackEntity,
} from '../entities/knowledge.entity';

export const KNOWLEDGE_ARTICLE_FIELDS: FieldMap = fieldMapOf(KNOWLEDGE_ARTICLE);

/** An attachment's description without its bytes. */
export type KnowledgeAttachmentInfo = Omit<KnowledgeAttachmentEntity, 'content' | 'article'>;

/**
 * The knowledge base's SQL (issue 19 item 3). Every read of an article starts from
 * `articles(actor, action)`: the `knowledge` scope (ADR 0008) narrowed by audience, and, for
 * reading, to published articles unless the reader may write the article (its drafts are theirs
 * to see). Versions, files, feedback and links are read through an article the caller was shown.
 */
@Injectable()
export class KnowledgeRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  articles(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<KnowledgeArticleEntity> {
    const qb = applyScope(manager.createQueryBuilder(KnowledgeArticleEntity, 'ka'), actor, 'knowledge', action, { owner: 'ka.owner_id', team: 'ka.team_id' });
    if (action === 'write') return qb;
    qb.andWhere('ka.audience = ANY(:kbAudiences)', { kbAudiences: readableAudiences(actor) });
    if (!readsUnpublished(actor)) return qb.andWhere('ka.published_version_id IS NOT NULL');
    // Unpublished articles: those the reader may write (an agent's own drafts, a manager's all).
    const writable = scopeCondition(actor, 'knowledge', 'write', { owner: 'ka.owner_id', team: 'ka.team_id' });
    return qb.andWhere(`(ka.published_version_id IS NOT NULL OR ${writable.sql})`, writable.params);
  }

  /** Readable articles by id, in no order (DataLoaders order them). */
  readableByIds(actor: Actor, ids: readonly string[]): Promise<KnowledgeArticleEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.articles(actor, 'read').andWhere('ka.id IN (:...kbIds)', { kbIds: [...new Set(ids)] }).getMany();
  }

  /** The other language variants of a group the reader may read. */
  translations(actor: Actor, groupId: string, exceptId: string): Promise<KnowledgeArticleEntity[]> {
    return this.articles(actor, 'read').andWhere('ka.translation_group_id = :groupId AND ka.id <> :exceptId', { groupId, exceptId }).orderBy('ka.language').getMany();
  }

  async languagesOfGroup(m: EntityManager, groupId: string): Promise<string[]> {
    const rows: { language: string }[] = await m.query(`SELECT language FROM knowledge_article WHERE translation_group_id = $1`, [groupId]);
    return rows.map((r) => r.language);
  }

  /** Versions of articles, newest first; `publishedOnly` for readers who may not see drafts. */
  async versionsOf(articleIds: readonly string[], publishedOnly: boolean): Promise<Map<string, KnowledgeArticleVersionEntity[]>> {
    const qb = this.ds.getRepository(KnowledgeArticleVersionEntity).createQueryBuilder('v').where('v.article_id IN (:...ids)', { ids: [...articleIds] });
    if (publishedOnly) qb.andWhere(`v.status = 'published'`);
    const rows = articleIds.length ? await qb.orderBy('v.number', 'DESC').getMany() : [];
    const out = new Map<string, KnowledgeArticleVersionEntity[]>(articleIds.map((id) => [id, []]));
    for (const v of rows) out.get(v.articleId)?.push(v);
    return out;
  }

  latestVersion(m: EntityManager, articleId: string): Promise<KnowledgeArticleVersionEntity | null> {
    return m.getRepository(KnowledgeArticleVersionEntity).findOne({ where: { articleId }, order: { number: 'DESC' } });
  }

  version(m: EntityManager, articleId: string, number: number): Promise<KnowledgeArticleVersionEntity | null> {
    return m.getRepository(KnowledgeArticleVersionEntity).findOneBy({ articleId, number });
  }

  /** Writes the published version's search vectors from its texts (`knowledge_search_vector`, see the migrations): all of it, and title and summary alone. */
  async indexVersion(m: EntityManager, versionId: string): Promise<void> {
    await m.query(
      `UPDATE knowledge_article_version SET search_vector = knowledge_search_vector(title, summary, body), title_vector = knowledge_search_vector(title, summary, NULL) WHERE id = $1`,
      [versionId],
    );
  }

  categories(m: EntityManager = this.ds.manager): Promise<KnowledgeCategoryEntity[]> {
    return m.getRepository(KnowledgeCategoryEntity).find({ order: { position: 'ASC', createdAt: 'ASC' } });
  }

  /** The ancestors of a category, nearest first (to refuse a parent that would make a cycle). */
  async ancestors(m: EntityManager, id: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM knowledge_category WHERE id = $1
         UNION ALL SELECT c.id, c.parent_id, up.depth + 1 FROM knowledge_category c JOIN up ON c.id = up.parent_id WHERE up.depth < 100)
       SELECT id FROM up ORDER BY depth`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async productsOf(articleIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = articleIds.length ? await this.ds.getRepository(KnowledgeArticleProductEntity).createQueryBuilder('p').where('p.article_id IN (:...ids)', { ids: [...articleIds] }).getMany() : [];
    const out = new Map<string, string[]>(articleIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.articleId)?.push(r.productId);
    return out;
  }

  async setProducts(m: EntityManager, articleId: string, productIds: readonly string[]): Promise<void> {
    await m.delete(KnowledgeArticleProductEntity, { articleId });
    if (productIds.length) await m.insert(KnowledgeArticleProductEntity, productIds.map((productId) => ({ articleId, productId })));
  }

  /** Which of these products exist. */
  async existingProducts(m: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await m.query(`SELECT id FROM product WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return new Set(rows.map((r) => r.id));
  }

  /** One person's answer (replacing theirs), and the article's counts recounted in the same statement's transaction. */
  async rate(m: EntityManager, articleId: string, userId: string, helpful: boolean, comment: string): Promise<void> {
    await m.query(
      `INSERT INTO knowledge_feedback (article_id, user_id, helpful, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id, user_id) DO UPDATE SET helpful = EXCLUDED.helpful, comment = EXCLUDED.comment, updated_at = now()`,
      [articleId, userId, helpful, comment],
    );
    await m.query(
      `UPDATE knowledge_article SET helpful_count = (SELECT count(*) FROM knowledge_feedback f WHERE f.article_id = $1 AND f.helpful),
         not_helpful_count = (SELECT count(*) FROM knowledge_feedback f WHERE f.article_id = $1 AND NOT f.helpful) WHERE id = $1`,
      [articleId],
    );
  }

  feedbackOf(articleIds: readonly string[], userId: string): Promise<KnowledgeFeedbackEntity[]> {
    if (!articleIds.length) return Promise.resolve([]);
    return this.ds.getRepository(KnowledgeFeedbackEntity).createQueryBuilder('f').where('f.article_id IN (:...ids) AND f.user_id = :userId', { ids: [...articleIds], userId }).getMany();
  }

  async countView(articleId: string): Promise<void> {
    await this.ds.query(`UPDATE knowledge_article SET view_count = view_count + 1 WHERE id = $1`, [articleId]);
  }

  async link(m: EntityManager, articleId: string, caseId: string, userId: string): Promise<void> {
    await m.query(`INSERT INTO knowledge_case_link (article_id, case_id, linked_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [articleId, caseId, userId]);
  }

  async unlink(m: EntityManager, articleId: string, caseId: string): Promise<void> {
    await m.delete(KnowledgeCaseLinkEntity, { articleId, caseId });
  }

  /** The articles linked to cases, by case id, oldest link first (to be filtered by what the reader may read). */
  async linksOf(caseIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = caseIds.length ? await this.ds.getRepository(KnowledgeCaseLinkEntity).createQueryBuilder('l').where('l.case_id IN (:...ids)', { ids: [...caseIds] }).orderBy('l.created_at').getMany() : [];
    const out = new Map<string, string[]>(caseIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.caseId)?.push(r.articleId);
    return out;
  }

  async insertAttachment(m: EntityManager, row: Omit<KnowledgeAttachmentEntity, 'id' | 'createdAt' | 'article'>): Promise<KnowledgeAttachmentInfo> {
    const result = await m.insert(KnowledgeAttachmentEntity, { ...row });
    return m.getRepository(KnowledgeAttachmentEntity).findOneByOrFail({ id: result.identifiers[0]!['id'] as string });
  }

  async attachmentsOf(articleIds: readonly string[]): Promise<Map<string, KnowledgeAttachmentInfo[]>> {
    const rows = articleIds.length ? await this.ds.getRepository(KnowledgeAttachmentEntity).createQueryBuilder('f').where('f.article_id IN (:...ids)', { ids: [...articleIds] }).orderBy('f.created_at').getMany() : [];
    const out = new Map<string, KnowledgeAttachmentInfo[]>(articleIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.articleId)?.push(r);
    return out;
  }

  /** A file of an article the caller was shown, with its bytes. */
  attachmentWithContent(articleId: string, id: string): Promise<(KnowledgeAttachmentInfo & { content: Buffer }) | null> {
    return this.ds.getRepository(KnowledgeAttachmentEntity).createQueryBuilder('f').addSelect('f.content').where('f.id = :id AND f.article_id = :articleId', { id, articleId }).getOne() as never;
  }

  async recordDeflection(userId: string, articleIds: readonly string[], query: string): Promise<string> {
    const result = await this.ds.getRepository(KnowledgeDeflectionEntity).insert({ userId, articleIds: [...articleIds], query });
    return result.identifiers[0]!['id'] as string;
  }
}
