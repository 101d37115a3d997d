import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { CaseReplyTemplate, CaseReplyTemplatePayload, CaseReplyTemplatesArgs, DeleteCaseReplyTemplatePayload, SaveCaseReplyTemplateInput } from '../models/case-reply-template.model';
import { CaseReplyTemplatesService } from '../services/case-reply-templates.service';

/** Reply templates (issue 18 item 9): listed for the reply box and set-up, saved, deleted, rendered for a case. */
@Resolver(() => CaseReplyTemplate)
export class CaseReplyTemplateResolver {
  constructor(private readonly templates: CaseReplyTemplatesService) {}

  @Query(() => [CaseReplyTemplate], { description: 'Reply templates by name: active ones for whoever may reply to cases; with includeInactive, all of them for those who read service set-up.' })
  caseReplyTemplates(@CurrentActor() actor: Actor, @Args() args: CaseReplyTemplatesArgs) {
    return this.templates.list(actor, args);
  }

  @Query(() => String, { description: 'An active template’s text for a case you may read, its placeholders filled (plain text, to edit before replying).' })
  renderCaseReplyTemplate(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string, @Args('templateId', { type: () => ID }) templateId: string) {
    return this.templates.render(actor, caseId, templateId);
  }

  @Mutation(() => CaseReplyTemplatePayload, { description: 'Creates a template (no id) or changes one; the body’s Liquid is checked first.' })
  async saveCaseReplyTemplate(@CurrentActor() actor: Actor, @Args('input') input: SaveCaseReplyTemplateInput) {
    return { template: await this.templates.save(actor, input) };
  }

  @Mutation(() => DeleteCaseReplyTemplatePayload)
  async deleteCaseReplyTemplate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return { id: await this.templates.delete(actor, id) };
  }
}
