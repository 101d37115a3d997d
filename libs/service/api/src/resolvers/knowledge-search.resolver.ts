import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, loadersIn, RequestLocale } from '@rapport/shared-api';
import type { CaseEntity, KnowledgeArticleEntity } from '@rapport/service-data';
import { Case } from '../models/case.model';
import { KnowledgeArticle, KnowledgeCategory, KnowledgeCategoryPayload, KnowledgeDeflectionPayload, RecordKnowledgeDeflectionInput, SaveKnowledgeCategoryInput } from '../models/knowledge.model';
import { KnowledgeSearchHit, KnowledgeSuggestionsArgs, SearchKnowledgeArgs } from '../models/knowledge-search.model';
import { KnowledgeSearchService } from '../services/knowledge-search.service';
import { KnowledgeCategoriesService } from '../services/knowledge-categories.service';
import { KnowledgeFeedbackService } from '../services/knowledge-feedback.service';

/** Finding knowledge (issue 19 item 3): search, suggestions for a case, the category tree, and deflections from the portal. */
@Resolver()
export class KnowledgeSearchResolver {
  constructor(
    private readonly search: KnowledgeSearchService,
    private readonly categories: KnowledgeCategoriesService,
    private readonly feedback: KnowledgeFeedbackService,
  ) {}

  @Query(() => [KnowledgeSearchHit], { description: 'Published articles you may read matching every word (English by stem and prefix, Chinese by two-character terms), best first.' })
  searchKnowledge(@CurrentActor() actor: Actor, @Args() args: SearchKnowledgeArgs, @RequestLocale() locale: string | null) {
    return this.search.query(actor, args, locale);
  }

  @Query(() => [KnowledgeSearchHit], { description: 'Articles for the agent reading a case: found by its subject and description (any of their words), best first.' })
  knowledgeSuggestions(@CurrentActor() actor: Actor, @Args() args: KnowledgeSuggestionsArgs) {
    return this.search.suggestions(actor, args.caseId, args.first ?? 5);
  }

  @Query(() => [KnowledgeCategory], { description: 'The category tree, as a list (each with its parent), in order.' })
  knowledgeCategories(@CurrentActor() actor: Actor, @RequestLocale() locale: string | null) {
    return this.categories.list(actor, locale);
  }

  @Mutation(() => KnowledgeCategoryPayload, { description: 'Creates or changes a category (knowledge base managers).' })
  async saveKnowledgeCategory(@CurrentActor() actor: Actor, @Args('input') input: SaveKnowledgeCategoryInput, @RequestLocale() locale: string | null) {
    return { category: await this.categories.save(actor, input, locale) };
  }

  @Mutation(() => KnowledgeDeflectionPayload, { description: 'A customer read these articles while writing a case and left without submitting it.' })
  recordKnowledgeDeflection(@CurrentActor() actor: Actor, @Args('input') input: RecordKnowledgeDeflectionInput) {
    return this.feedback.deflection(actor, input);
  }
}

/** The articles linked to a case, on the case. */
@Resolver(() => Case)
export class CaseKnowledgeResolver {
  constructor(private readonly feedback: KnowledgeFeedbackService) {}

  @ResolveField(() => [KnowledgeArticle], { description: 'Knowledge base articles linked to the case (those you may read), oldest link first.' })
  async knowledgeArticles(k: CaseEntity, _: unknown, context: GqlContext): Promise<KnowledgeArticleEntity[]> {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return (await loaders.get<KnowledgeArticleEntity[]>('case.knowledgeArticles', (ids) => this.feedback.linkedTo(actor, ids)).load(k.id)) ?? [];
  }
}
