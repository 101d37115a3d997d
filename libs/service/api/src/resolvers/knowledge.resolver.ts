import { Args, ArgsType, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, Loaders, loadersIn, requestLocale } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { publishesKnowledge, seesKnowledgeAuthors } from '@rapport/service-domain';
import { KnowledgeRepository, type KnowledgeArticleEntity, type KnowledgeArticleVersionEntity } from '@rapport/service-data';
import {
  AddKnowledgeTranslationInput,
  CreateKnowledgeArticleInput,
  KnowledgeArticle,
  KnowledgeArticleConnection,
  KnowledgeArticleFilter,
  KnowledgeArticleIdInput,
  KnowledgeArticleOrderBy,
  KnowledgeArticlePayload,
  KnowledgeArticleVersion,
  KnowledgeArticleViewerCan,
  KnowledgeAttachment,
  KnowledgeCaseLinkInput,
  KnowledgeCategory,
  KnowledgeFeedback,
  PublishKnowledgeArticleInput,
  RateKnowledgeArticleInput,
  UpdateKnowledgeArticleInput,
} from '../models/knowledge.model';
import { KnowledgeService } from '../services/knowledge.service';
import { KnowledgeFeedbackService } from '../services/knowledge-feedback.service';
import { KnowledgeCategoriesService } from '../services/knowledge-categories.service';
import { knowledgeAttachmentUrl } from '../services/knowledge-attachments.service';

@ArgsType()
class KnowledgeArticlesArgs extends ListArgs(KnowledgeArticleFilter, KnowledgeArticleOrderBy) {}

/** Knowledge base articles (issue 19 item 3): the list, one article with its versions and translations, and their way to publication. */
@Resolver(() => KnowledgeArticle)
export class KnowledgeResolver {
  constructor(
    private readonly service: KnowledgeService,
    private readonly feedback: KnowledgeFeedbackService,
    private readonly categories: KnowledgeCategoriesService,
    private readonly repo: KnowledgeRepository,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => KnowledgeArticleConnection, { description: 'Articles you may read: published ones for your audience, and those you may edit.' })
  knowledgeArticles(@CurrentActor() actor: Actor, @Args() args: KnowledgeArticlesArgs, @CountSelected() count: boolean) {
    return this.service.list(actor, { ...args, count });
  }

  @Query(() => KnowledgeArticle, { nullable: true })
  knowledgeArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.findReadable(actor, id);
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'A new article (its first version a draft) in one language.' })
  async createKnowledgeArticle(@CurrentActor() actor: Actor, @Args('input') input: CreateKnowledgeArticleInput) {
    return { article: await this.service.create(actor, input) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'The article in another language: a draft of its own, linked as a translation.' })
  async addKnowledgeTranslation(@CurrentActor() actor: Actor, @Args('input') input: AddKnowledgeTranslationInput) {
    return { article: await this.service.addTranslation(actor, input) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'Changes the draft (a published article gets a new draft version; readers keep the published one).' })
  async updateKnowledgeArticle(@CurrentActor() actor: Actor, @Args('input') input: UpdateKnowledgeArticleInput) {
    return { article: await this.service.update(actor, input) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'Sends the latest draft for review.' })
  async submitKnowledgeArticle(@CurrentActor() actor: Actor, @Args('input') input: KnowledgeArticleIdInput) {
    return { article: await this.service.submit(actor, input.id) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'Publishes a version (the latest by default); the one published before is archived.' })
  async publishKnowledgeArticle(@CurrentActor() actor: Actor, @Args('input') input: PublishKnowledgeArticleInput) {
    return { article: await this.service.publish(actor, input) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'Withdraws the published version: readers and search no longer find the article.' })
  async archiveKnowledgeArticle(@CurrentActor() actor: Actor, @Args('input') input: KnowledgeArticleIdInput) {
    return { article: await this.service.archive(actor, input.id) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: '“Did this help?”: one answer per person (a new one replaces it).' })
  async rateKnowledgeArticle(@CurrentActor() actor: Actor, @Args('input') input: RateKnowledgeArticleInput) {
    return { article: await this.feedback.rate(actor, input) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'Counts a reading of a published article (the reader opened it).' })
  async viewKnowledgeArticle(@CurrentActor() actor: Actor, @Args('input') input: KnowledgeArticleIdInput) {
    return { article: await this.feedback.view(actor, input.id) };
  }

  @Mutation(() => KnowledgeArticlePayload, { description: 'Links a published article to a case you may change.' })
  async linkKnowledgeArticleToCase(@CurrentActor() actor: Actor, @Args('input') input: KnowledgeCaseLinkInput) {
    return { article: await this.feedback.link(actor, input) };
  }

  @Mutation(() => KnowledgeArticlePayload)
  async unlinkKnowledgeArticleFromCase(@CurrentActor() actor: Actor, @Args('input') input: KnowledgeCaseLinkInput) {
    return { article: await this.feedback.unlink(actor, input) };
  }

  @ResolveField(() => [KnowledgeArticleVersion], { description: 'Newest first: every version for those who may edit the article, the published one for other readers.' })
  async versions(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.authored(actor, (await this.versionsLoader(loaders, this.service.canEdit(actor, a)).load(a.id)) ?? []);
  }

  @ResolveField(() => KnowledgeArticleVersion, { nullable: true, description: 'What readers see; null while unpublished.' })
  async publishedVersion(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    if (!a.publishedVersionId) return null;
    return this.authored(actor, ((await this.versionsLoader(loaders, false).load(a.id)) ?? []).filter((v) => v.id === a.publishedVersionId))[0] ?? null;
  }

  @ResolveField(() => KnowledgeArticleVersion, { nullable: true, description: 'The version being worked on (for those who may edit the article), else the published one.' })
  async latestVersion(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.authored(actor, ((await this.versionsLoader(loaders, this.service.canEdit(actor, a)).load(a.id)) ?? []).slice(0, 1))[0] ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The published summary.' })
  async summary(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    return (await this.publishedVersion(a, undefined, context))?.summary ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The published body (Markdown).' })
  async body(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    return (await this.publishedVersion(a, undefined, context))?.body ?? null;
  }

  @ResolveField(() => [KnowledgeArticle], { description: 'The article in the other languages (those you may read).' })
  translations(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    return this.repo.translations(actor, a.translationGroupId as string, a.id);
  }

  @ResolveField(() => KnowledgeCategory, { nullable: true })
  category(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const locale = requestLocale(context.req);
    const loaders = loadersIn(context);
    if (!a.categoryId) return null;
    return loaders
      .get('knowledge.categories', async (ids) => {
        const rows = await this.categories.list(actor, locale);
        return ids.map((id) => rows.find((c) => c.id === id) ?? null);
      })
      .load(a.categoryId as string);
  }

  @ResolveField(() => [ID], { description: 'The products it is about.' })
  async productIds(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return (await loaders.get<string[]>('knowledge.products', async (ids) => {
      const found = await this.repo.productsOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(a.id)) ?? [];
  }

  @ResolveField(() => [KnowledgeAttachment])
  async attachments(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    const files = await loaders.get('knowledge.attachments', async (ids) => {
      const found = await this.repo.attachmentsOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(a.id);
    return (files ?? []).map((f) => ({ ...f, url: knowledgeAttachmentUrl(f) }));
  }

  @ResolveField(() => KnowledgeFeedback, { nullable: true, description: 'Your own answer to “did this help?”.' })
  async viewerFeedback(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return loaders.get('knowledge.viewerFeedback', async (ids) => {
      const rows = await this.repo.feedbackOf(ids, actor.userId);
      return ids.map((id) => rows.find((f) => f.articleId === id) ?? null);
    }).load(a.id);
  }

  @ResolveField(() => Int, { description: 'Readers who answered “did this help?”.' })
  feedbackCount(a: KnowledgeArticleEntity) {
    return (a.helpfulCount as number) + (a.notHelpfulCount as number);
  }

  @ResolveField(() => KnowledgeArticleViewerCan)
  viewerCan(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const edit = this.service.canEdit(actor, a);
    return { edit, publish: edit && publishesKnowledge(actor) };
  }

  @ResolveField(() => UserRef, { nullable: true, description: 'Who wrote it (shown to staff; null for customers).' })
  owner(a: KnowledgeArticleEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return seesKnowledgeAuthors(actor) ? this.directory.ref(loaders, a.ownerId) : null;
  }

  /** Versions as the reader is shown them: customers read texts, not the staff who wrote them. */
  private authored(actor: Actor, versions: KnowledgeArticleVersionEntity[]) {
    return seesKnowledgeAuthors(actor) ? versions : versions.map((v) => ({ ...v, authorId: null }));
  }

  private versionsLoader(loaders: Loaders, all: boolean) {
    return loaders.get<KnowledgeArticleVersionEntity[]>(all ? 'knowledge.versions.all' : 'knowledge.versions.published', async (ids) => {
      const found = await this.repo.versionsOf(ids, !all);
      return ids.map((id) => found.get(id) ?? []);
    });
  }
}
