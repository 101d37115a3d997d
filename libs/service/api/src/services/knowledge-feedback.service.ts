import { Injectable } from '@nestjs/common';
import type { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { KnowledgeRepository, type KnowledgeArticleEntity } from '@rapport/service-data';
import type { KnowledgeCaseLinkInput, RateKnowledgeArticleInput, RecordKnowledgeDeflectionInput } from '../models/knowledge.model';
import { CasesService } from './cases.service';
import { KnowledgeService } from './knowledge.service';

/** What a deflection keeps of the customer's unfinished case text. */
const DEFLECTION_QUERY_CHARS = 1000;

/**
 * What readers do with articles (issue 19 item 3): say whether one helped (once each, counted),
 * open it (counted), link it to a case they work, and, in the portal, leave without opening a
 * case after reading some (a deflection). Only published articles the reader may read take part.
 */
@Injectable()
export class KnowledgeFeedbackService {
  constructor(
    private readonly repo: KnowledgeRepository,
    private readonly articles: KnowledgeService,
    private readonly cases: CasesService,
  ) {}

  async rate(actor: Actor, input: RateKnowledgeArticleInput): Promise<KnowledgeArticleEntity> {
    const a = await this.published(actor, input.articleId, 'input.articleId');
    await this.repo.ds.transaction((m) => this.repo.rate(m, a.id, actor.userId, input.helpful, (input.comment ?? '').trim()));
    return (await this.articles.findReadable(actor, a.id))!;
  }

  async view(actor: Actor, id: string): Promise<KnowledgeArticleEntity> {
    const a = await this.published(actor, id, 'input.id');
    await this.repo.countView(a.id);
    return (await this.articles.findReadable(actor, a.id))!;
  }

  /** Links a published article to a case the caller may change (linking twice is one link). */
  async link(actor: Actor, input: KnowledgeCaseLinkInput): Promise<KnowledgeArticleEntity> {
    const a = await this.published(actor, input.articleId, 'input.articleId');
    await this.repo.ds.transaction(async (m) => {
      const k = await this.cases.lockForWrite(m, actor, input.caseId);
      await this.repo.link(m, a.id, k.id, actor.userId);
    });
    return a;
  }

  async unlink(actor: Actor, input: KnowledgeCaseLinkInput): Promise<KnowledgeArticleEntity> {
    const a = await this.articles.readable(actor, input.articleId);
    await this.repo.ds.transaction(async (m) => {
      const k = await this.cases.lockForWrite(m, actor, input.caseId);
      await this.repo.unlink(m, a.id, k.id);
    });
    return a;
  }

  /** The articles linked to cases the reader was shown, those they may read, by case id. */
  async linkedTo(actor: Actor, caseIds: readonly string[]): Promise<KnowledgeArticleEntity[][]> {
    const links = await this.repo.linksOf(caseIds);
    const readable = new Map((await this.repo.readableByIds(actor, [...links.values()].flat())).map((a) => [a.id, a]));
    return caseIds.map((id) => (links.get(id) ?? []).map((a) => readable.get(a)).filter((a): a is KnowledgeArticleEntity => !!a));
  }

  /** A customer read these articles while writing a case and left without submitting it. Articles they may not read are not counted. */
  async deflection(actor: Actor, input: RecordKnowledgeDeflectionInput): Promise<{ id: string; articleCount: number }> {
    const read = (await this.repo.readableByIds(actor, input.articleIds)).filter((a) => a.publishedVersionId);
    if (!read.length) throw AppError.validation([{ path: 'input.articleIds', message: 'None of these articles was found.' }]);
    const id = await this.repo.recordDeflection(actor.userId, read.map((a) => a.id), (input.query ?? '').slice(0, DEFLECTION_QUERY_CHARS));
    return { id, articleCount: read.length };
  }

  private async published(actor: Actor, id: string, path: string): Promise<KnowledgeArticleEntity> {
    const a = await this.articles.readable(actor, id);
    if (!a.publishedVersionId) throw AppError.validation([{ path, message: 'The article is not published.' }]);
    return a;
  }
}
