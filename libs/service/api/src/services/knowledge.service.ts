import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { assertCanCreate } from '@rapport/shared-api';
import { Actor, canAccessRecord } from '@rapport/shared-domain';
import { listPage, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { editableInPlace, publishesKnowledge, versionTransitionProblem, type KnowledgeVersionStatus } from '@rapport/service-domain';
import { KNOWLEDGE_ARTICLE_FIELDS, KnowledgeArticleEntity, KnowledgeArticleVersionEntity, KnowledgeCategoryEntity, KnowledgeRepository } from '@rapport/service-data';
import type {
  AddKnowledgeTranslationInput,
  CreateKnowledgeArticleInput,
  KnowledgeArticleFilter,
  KnowledgeArticleOrderBy,
  KnowledgeTextsInput,
  PublishKnowledgeArticleInput,
  UpdateKnowledgeArticleInput,
} from '../models/knowledge.model';

type Texts = { title: string; summary: string; body: string };

/**
 * Knowledge base articles and their versions (issue 19 item 3): drafting, translating, reviewing,
 * publishing and archiving. An `own` writer (an agent) drafts and edits their own articles and
 * submits them for review; publishing, archiving, and changing a published article's audience take
 * the `all` write scope. Editing a published article starts a new draft; publishing a version
 * archives the one published before and writes its search vector.
 */
@Injectable()
export class KnowledgeService {
  constructor(
    private readonly repo: KnowledgeRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: KnowledgeArticleFilter | null; orderBy?: KnowledgeArticleOrderBy[] | null }) {
    return listPage(
      this.repo.articles(actor, 'read'),
      'ka',
      KNOWLEDGE_ARTICLE_FIELDS,
      args as never,
      {
        title: { column: 'ka.title' },
        language: { column: 'ka.language' },
        publishedAt: { column: `COALESCE(ka.published_at, '-infinity'::timestamptz)`, cast: 'timestamptz', read: (a: KnowledgeArticleEntity) => (a.publishedAt as Date | null) ?? '-infinity' },
        viewCount: { column: 'ka.view_count', cast: 'int' },
        helpfulCount: { column: 'ka.helpful_count', cast: 'int' },
        notHelpfulCount: { column: 'ka.not_helpful_count', cast: 'int' },
        createdAt: { column: 'ka.created_at', cast: 'timestamptz' },
        updatedAt: { column: 'ka.updated_at', cast: 'timestamptz' },
      },
      { field: 'updatedAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  findReadable(actor: Actor, id: string): Promise<KnowledgeArticleEntity | null> {
    return this.repo.articles(actor, 'read').andWhere('ka.id = :id', { id }).getOne();
  }

  /** A readable article or the not-found every invisible one gets. */
  async readable(actor: Actor, id: string, m?: EntityManager): Promise<KnowledgeArticleEntity> {
    const a = await this.repo.articles(actor, 'read', m).andWhere('ka.id = :id', { id }).getOne();
    if (!a) throw AppError.notFound('The article');
    return a;
  }

  canEdit(actor: Actor, a: KnowledgeArticleEntity): boolean {
    return canAccessRecord(actor, 'knowledge', 'write', { ownerId: a.ownerId, teamId: a.teamId });
  }

  async create(actor: Actor, input: CreateKnowledgeArticleInput): Promise<KnowledgeArticleEntity> {
    assertCanCreate(actor, 'knowledge');
    const texts = this.newTexts(input);
    return this.repo.ds.transaction(async (m) => {
      await this.assertCategory(m, input.categoryId ?? null);
      const productIds = await this.checkedProducts(m, input.productIds ?? []);
      const a = await this.insertArticle(m, actor, { translationGroupId: randomUUID(), language: input.language, audience: input.audience ?? 'internal', categoryId: input.categoryId ?? null }, texts);
      await this.repo.setProducts(m, a.id, productIds);
      await writeAudit(m, actor, { entityType: 'knowledgeArticle', entityId: a.id, action: 'create', changes: [{ field: 'title', from: null, to: texts.title }] });
      return a;
    });
  }

  /** A variant in another language of an article the caller may write: same group, audience, category and products; a draft of its own. */
  async addTranslation(actor: Actor, input: AddKnowledgeTranslationInput): Promise<KnowledgeArticleEntity> {
    const texts = this.newTexts(input);
    return this.repo.ds.transaction(async (m) => {
      const source = await this.lockForWrite(m, actor, input.articleId);
      // Two translators of one language at once: the unique (group, language) index refuses the second; this check names the field first.
      if ((await this.repo.languagesOfGroup(m, source.translationGroupId as string)).includes(input.language)) {
        throw AppError.validation([{ path: 'input.language', message: 'The article already has a translation in this language.' }]);
      }
      const a = await this.insertArticle(m, actor, { translationGroupId: source.translationGroupId as string, language: input.language, audience: source.audience as string, categoryId: (source.categoryId as string | null) ?? null }, texts);
      await this.repo.setProducts(m, a.id, (await this.repo.productsOf([source.id])).get(source.id) ?? []);
      await writeAudit(m, actor, { entityType: 'knowledgeArticle', entityId: a.id, action: 'create', changes: [{ field: 'translationOf', from: null, to: source.id }] });
      return a;
    });
  }

  /**
   * Changes an article: its texts go into the latest version while that is a draft or in review,
   * else into a new draft (the published text stays what readers see until that is published).
   */
  async update(actor: Actor, input: UpdateKnowledgeArticleInput): Promise<KnowledgeArticleEntity> {
    return this.repo.ds.transaction(async (m) => {
      const a = await this.lockForWrite(m, actor, input.id);
      const patch: Partial<KnowledgeArticleEntity> = {};
      if (input.audience !== undefined && input.audience !== a.audience) {
        if (a.publishedVersionId && !publishesKnowledge(actor)) throw AppError.validation([{ path: 'input.audience', message: 'Only a publisher may change who a published article is for.' }]);
        patch.audience = input.audience as never;
      }
      if (input.categoryId !== undefined) {
        await this.assertCategory(m, input.categoryId);
        patch.categoryId = input.categoryId as never;
      }
      if (input.productIds !== undefined) await this.repo.setProducts(m, a.id, await this.checkedProducts(m, input.productIds));
      if (input.title !== undefined || input.summary !== undefined || input.body !== undefined) {
        const latest = (await this.repo.latestVersion(m, a.id))!;
        const texts: Texts = { title: input.title?.trim() ?? latest.title, summary: input.summary ?? latest.summary, body: input.body ?? latest.body };
        if (editableInPlace(latest.status as KnowledgeVersionStatus)) {
          await m.update(KnowledgeArticleVersionEntity, { id: latest.id }, { ...texts, updatedAt: new Date() });
        } else {
          await m.insert(KnowledgeArticleVersionEntity, { articleId: a.id, number: latest.number + 1, status: 'draft', ...texts, authorId: actor.userId });
          patch.status = 'draft' as never;
        }
        // The row's title is what readers see: the published one while there is one.
        if (!a.publishedVersionId) patch.title = texts.title as never;
      }
      if (Object.keys(patch).length) await m.update(KnowledgeArticleEntity, { id: a.id }, patch as never);
      await m.update(KnowledgeArticleEntity, { id: a.id }, { updatedAt: new Date() } as never);
      await writeAudit(m, actor, { entityType: 'knowledgeArticle', entityId: a.id, action: 'update', changes: Object.keys(patch).map((field) => ({ field, from: (a as unknown as Record<string, unknown>)[field] ?? null, to: (patch as Record<string, unknown>)[field] ?? null })) });
      return m.findOneByOrFail(KnowledgeArticleEntity, { id: a.id });
    });
  }

  /** The latest draft goes to review. */
  async submit(actor: Actor, id: string): Promise<KnowledgeArticleEntity> {
    return this.repo.ds.transaction(async (m) => {
      const a = await this.lockForWrite(m, actor, id);
      const latest = (await this.repo.latestVersion(m, a.id))!;
      this.assertTransition(latest.status as KnowledgeVersionStatus, 'in_review', 'input.id');
      await m.update(KnowledgeArticleVersionEntity, { id: latest.id }, { status: 'in_review', submittedAt: new Date(), updatedAt: new Date() });
      await m.update(KnowledgeArticleEntity, { id: a.id }, { status: 'in_review', updatedAt: new Date() } as never);
      await writeAudit(m, actor, { entityType: 'knowledgeArticle', entityId: a.id, action: 'update', changes: [{ field: 'status', from: latest.status, to: 'in_review' }] });
      return m.findOneByOrFail(KnowledgeArticleEntity, { id: a.id });
    });
  }

  /** Publishes a version (default the latest): the one published before is archived, the search vector written. */
  async publish(actor: Actor, input: PublishKnowledgeArticleInput, now = new Date()): Promise<KnowledgeArticleEntity> {
    return this.repo.ds.transaction(async (m) => {
      const a = await this.lockForPublishing(m, actor, input.id);
      const v = input.versionNumber ? await this.repo.version(m, a.id, input.versionNumber) : await this.repo.latestVersion(m, a.id);
      if (!v) throw AppError.validation([{ path: 'input.versionNumber', message: 'The article has no such version.' }]);
      this.assertTransition(v.status as KnowledgeVersionStatus, 'published', input.versionNumber ? 'input.versionNumber' : 'input.id');
      if (a.publishedVersionId) await m.update(KnowledgeArticleVersionEntity, { id: a.publishedVersionId as string }, { status: 'archived', archivedAt: now, updatedAt: now });
      await m.update(KnowledgeArticleVersionEntity, { id: v.id }, { status: 'published', publishedAt: now, publishedBy: actor.userId, updatedAt: now });
      await this.repo.indexVersion(m, v.id);
      const latest = (await this.repo.latestVersion(m, a.id))!;
      await m.update(KnowledgeArticleEntity, { id: a.id }, { publishedVersionId: v.id, publishedAt: now, title: v.title, status: latest.id === v.id ? 'published' : latest.status, updatedAt: now } as never);
      await writeAudit(m, actor, { entityType: 'knowledgeArticle', entityId: a.id, action: 'update', changes: [{ field: 'publishedVersion', from: a.publishedVersionId ?? null, to: v.number }] });
      return m.findOneByOrFail(KnowledgeArticleEntity, { id: a.id });
    });
  }

  /** Withdraws the published version: readers and search no longer find the article; its drafts stay. */
  async archive(actor: Actor, id: string, now = new Date()): Promise<KnowledgeArticleEntity> {
    return this.repo.ds.transaction(async (m) => {
      const a = await this.lockForPublishing(m, actor, id);
      if (!a.publishedVersionId) throw AppError.validation([{ path: 'input.id', message: 'The article is not published.' }]);
      await m.update(KnowledgeArticleVersionEntity, { id: a.publishedVersionId as string }, { status: 'archived', archivedAt: now, updatedAt: now });
      const latest = (await this.repo.latestVersion(m, a.id))!;
      await m.update(KnowledgeArticleEntity, { id: a.id }, { publishedVersionId: null, publishedAt: null, title: latest.title, status: latest.status, updatedAt: now } as never);
      await writeAudit(m, actor, { entityType: 'knowledgeArticle', entityId: a.id, action: 'update', changes: [{ field: 'publishedVersion', from: a.publishedVersionId ?? null, to: null }] });
      return m.findOneByOrFail(KnowledgeArticleEntity, { id: a.id });
    });
  }

  /** An article the caller may change, locked; one they may only read is a refusal, one they may not see is not found. */
  async lockForWrite(m: EntityManager, actor: Actor, id: string): Promise<KnowledgeArticleEntity> {
    const a = await this.repo.articles(actor, 'write', m).andWhere('ka.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (a) return a;
    if (await this.repo.articles(actor, 'read', m).andWhere('ka.id = :id', { id }).getExists()) throw AppError.forbidden();
    throw AppError.notFound('The article');
  }

  private async lockForPublishing(m: EntityManager, actor: Actor, id: string): Promise<KnowledgeArticleEntity> {
    const a = await this.lockForWrite(m, actor, id);
    if (!publishesKnowledge(actor)) throw AppError.forbidden('Publishing and archiving articles is for knowledge base managers.');
    return a;
  }

  private assertTransition(from: KnowledgeVersionStatus, to: KnowledgeVersionStatus, path: string): void {
    const problem = versionTransitionProblem(from, to);
    if (problem) throw AppError.validation([{ path, message: problem }]);
  }

  private newTexts(input: KnowledgeTextsInput): Texts {
    const title = input.title?.trim();
    if (!title) throw AppError.validation([{ path: 'input.title', message: 'Give the article a title.' }]);
    return { title, summary: input.summary ?? '', body: input.body ?? '' };
  }

  private async insertArticle(m: EntityManager, actor: Actor, values: { translationGroupId: string; language: string; audience: string; categoryId: string | null }, texts: Texts): Promise<KnowledgeArticleEntity> {
    const a = await m.save(m.create(KnowledgeArticleEntity, { ...values, title: texts.title, status: 'draft', ownerId: actor.userId, teamId: actor.teamId, createdBy: actor.userId } as never));
    await m.insert(KnowledgeArticleVersionEntity, { articleId: a.id, number: 1, status: 'draft', ...texts, authorId: actor.userId });
    return m.findOneByOrFail(KnowledgeArticleEntity, { id: a.id });
  }

  private async assertCategory(m: EntityManager, id: string | null): Promise<void> {
    if (id && !(await m.existsBy(KnowledgeCategoryEntity, { id }))) throw AppError.validation([{ path: 'input.categoryId', message: 'This category does not exist.' }]);
  }

  private async checkedProducts(m: EntityManager, ids: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(ids)];
    const found = await this.repo.existingProducts(m, wanted);
    if (wanted.some((id) => !found.has(id))) throw AppError.validation([{ path: 'input.productIds', message: 'This product does not exist.' }]);
    return wanted;
  }
}
