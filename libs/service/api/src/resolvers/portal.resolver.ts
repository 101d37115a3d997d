import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, loadersIn, RequestLocale } from '@rapport/shared-api';
import type { Actor, NameLocale } from '@rapport/shared-domain';
import { PortalMe, AnswerPortalSurveyInput, ClosePortalCaseInput, InvitePortalUserInput, PortalSurvey, OpenPortalCaseInput, PortalLogin, PortalCase, PortalCaseConnection, PortalMessage, PortalProduct, ReplyToPortalCaseInput } from '../models/portal.model';
import { PortalCaseActionsService } from '../services/portal-case-actions.service';
import { PortalAccessService } from '../services/portal-access.service';
import { PortalSurveysService } from '../services/portal-surveys.service';
import { PortalCasesService } from '../services/portal-cases.service';

/** The customer portal's cases (issue 19 item 4): only for customers, through the `portalCase` scope. */
@Resolver(() => PortalCase)
export class PortalResolver {
  constructor(
    private readonly portal: PortalCasesService,
    private readonly actions: PortalCaseActionsService,
    private readonly access: PortalAccessService,
    private readonly surveys: PortalSurveysService,
  ) {}

  @Query(() => PortalMe, { description: 'Who you are in the customer portal (customers only).' })
  portalMe(@CurrentActor() actor: Actor) {
    return this.portal.me(actor);
  }

  @Query(() => [PortalProduct], { description: 'The products you may say a new case is about: your account’s contracts’, else the active catalogue.' })
  portalProducts(@CurrentActor() actor: Actor, @RequestLocale() locale: NameLocale | null) {
    return this.portal.products(actor, locale);
  }

  @Query(() => PortalSurvey, { nullable: true, description: 'The satisfaction survey of one of your cases; null when it has none for you.' })
  portalSurvey(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string) {
    return this.surveys.view(actor, caseId);
  }

  @Mutation(() => PortalSurvey, { description: 'Answers the survey of one of your cases (once).' })
  answerPortalSurvey(@CurrentActor() actor: Actor, @Args('input') input: AnswerPortalSurveyInput) {
    return this.surveys.answer(actor, input);
  }

  @Mutation(() => PortalLogin, { description: 'Invites a contact you may change to the customer portal: a login for their address and a mailed link (7 days).' })
  async invitePortalUser(@CurrentActor() actor: Actor, @Args('input') input: InvitePortalUserInput): Promise<PortalLogin> {
    const l = await this.access.invite(actor, input);
    return { userId: l.user_id, contactId: l.contact_id, email: l.email, accountAdmin: l.account_admin, verifiedAt: l.verified_at };
  }

  @Query(() => PortalCaseConnection, { description: 'Your cases (your account’s too when you are its service admin), newest first.' })
  portalCases(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: NameLocale | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.portal.list(actor, { first, after }, locale);
  }

  @Query(() => PortalCase, { nullable: true, description: 'One of your cases; null when it is not yours to see.' })
  portalCase(@CurrentActor() actor: Actor, @RequestLocale() locale: NameLocale | null, @Args('id', { type: () => ID }) id: string) {
    return this.portal.byId(actor, id, locale);
  }

  @Mutation(() => PortalCase, { description: 'Opens a case as the customer you are (it waits for a skilled agent).' })
  async openPortalCase(@CurrentActor() actor: Actor, @RequestLocale() locale: NameLocale | null, @Args('input') input: OpenPortalCaseInput) {
    return this.portal.byId(actor, await this.actions.open(actor, input), locale);
  }

  @Mutation(() => PortalCase, { description: 'Writes on one of your cases (a resolved one opens again for a while; a closed one takes no more).' })
  async replyToPortalCase(@CurrentActor() actor: Actor, @RequestLocale() locale: NameLocale | null, @Args('input') input: ReplyToPortalCaseInput) {
    return this.portal.byId(actor, await this.actions.reply(actor, input), locale);
  }

  @Mutation(() => PortalCase, { description: 'Closes one of your cases.' })
  async closePortalCase(@CurrentActor() actor: Actor, @RequestLocale() locale: NameLocale | null, @Args('input') input: ClosePortalCaseInput) {
    return this.portal.byId(actor, await this.actions.close(actor, input), locale);
  }

  @ResolveField(() => [PortalMessage], { description: 'The thread, oldest first, without internal notes.' })
  messages(k: PortalCase, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    // One query for every case of a page that asks for its thread.
    return loaders
      .get<PortalMessage[]>('portalCase.messages', async (ids) => {
        const found = await this.portal.messages(ids);
        return ids.map((id) => found.get(id) ?? []);
      })
      .load(k.id);
  }
}
