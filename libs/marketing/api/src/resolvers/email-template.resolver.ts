import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import type { EmailTemplateEntity, EmailTemplateVersionEntity } from '@rapport/marketing-data';
import { CreateEmailTemplateInput, EmailPreview, EmailTemplate, EmailTemplatePayload, EmailTemplateVersion, PreviewEmailInput, TestEmailPayload, UpdateEmailTemplateInput } from '../models/email-template.model';
import { EmailTemplatesService } from '../services/email-templates.service';

/** Email templates (issue 15). Thin: the rules are in EmailTemplatesService and the domain's template.ts. */
@Resolver(() => EmailTemplate)
export class EmailTemplateResolver {
  constructor(private readonly templates: EmailTemplatesService) {}

  @Query(() => [EmailTemplate], { description: 'Up to 500 templates, last changed first (campaign readers).' })
  emailTemplates(@CurrentActor() actor: Actor, @Args('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    return this.templates.list(actor, includeArchived);
  }

  @Query(() => EmailTemplate, { nullable: true })
  emailTemplate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.templates.get(actor, id);
  }

  @Query(() => EmailPreview, { description: 'Renders a template as a person would get it; problems instead when it could not be sent.' })
  previewEmail(@CurrentActor() actor: Actor, @Args('input') input: PreviewEmailInput) {
    return this.templates.preview(actor, input);
  }

  @Mutation(() => TestEmailPayload, { description: 'Sends the preview (a template, or unsaved variants, as a chosen contact would get it) to the sender’s own address, marked as a test.' })
  sendTestEmail(@CurrentActor() actor: Actor, @Args('input') input: PreviewEmailInput) {
    return this.templates.sendTest(actor, input);
  }

  @Mutation(() => EmailTemplatePayload, { description: 'Creates a template with its first version (campaign managers). A marketing template needs the unsubscribe link (unsubscribe_url) and the postal address (company.postal_address) in every language.' })
  async createEmailTemplate(@CurrentActor() actor: Actor, @Args('input') input: CreateEmailTemplateInput) {
    return { template: await this.templates.create(actor, input) };
  }

  @Mutation(() => EmailTemplatePayload, { description: 'Renames or archives a template; changed variants become its next version.' })
  async updateEmailTemplate(@CurrentActor() actor: Actor, @Args('input') input: UpdateEmailTemplateInput) {
    return { template: await this.templates.update(actor, input) };
  }

  @ResolveField(() => EmailTemplateVersion, { nullable: true, description: 'The version new mailings send.' })
  currentVersion(t: EmailTemplateEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    if (!t.currentVersionId) return null;
    return loaders
      .get<EmailTemplateVersionEntity | null>('emailTemplateVersion.byId', async (ids) => {
        const found = new Map((await this.templates.versionsByIds(ids)).map((v) => [v.id, v]));
        return ids.map((id) => found.get(id) ?? null);
      })
      .load(t.currentVersionId);
  }
}
