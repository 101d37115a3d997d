import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import type { EmailTemplateEntity, MailingEntity } from '@rapport/marketing-data';
import { EmailTemplate } from '../models/email-template.model';
import { SubscriptionType } from '../models/consent.model';
import { Campaign } from '../models/campaign.model';
import { CampaignsService } from '../services/campaigns.service';
import { EmailTemplatesService } from '../services/email-templates.service';
import { ConsentService } from '../services/consent.service';
import { typeOf } from './consent.resolver';
import { CONTACT_POLICY_RULES, rruleOf, type ContactPolicy, type MailingAudience as MailingAudienceShape, type MailingProgress } from '@rapport/marketing-domain';
import {
  ContactPolicyModel,
  CreateMailingInput,
  Mailing,
  MailingAudience,
  MailingAudienceCount,
  MailingConnection,
  MailingIdInput,
  MailingProgressModel,
  MailingRecurrence,
  MailingEngagement,
  MailingHour,
  MailingLinkClicks,
  MailingSkipCount,
  MailingViewerCan,
  MailingStatusEnum,
  SendMailingInput,
  UpdateContactPolicyInput,
  UpdateMailingInput,
} from '../models/mailing.model';
import { MailingsService } from '../services/mailings.service';

const withRules = (p: ContactPolicy) => ({ ...p, availableRules: CONTACT_POLICY_RULES.map((r) => ({ key: r.key, available: r.available })) });

/** Mailings and the contact policy (issue 15). Thin: the rules are in MailingsService and marketing-domain's mailing.ts. */
@Resolver(() => Mailing)
export class MailingResolver {
  constructor(
    private readonly service: MailingsService,
    private readonly campaigns: CampaignsService,
    private readonly templates: EmailTemplatesService,
    private readonly consents: ConsentService,
  ) {}

  @Query(() => MailingConnection, { description: 'Mailings, newest first (readers of mailings; the `own` scope sees its own).' })
  async mailings(
    @CurrentActor() actor: Actor,
    @Args('campaignId', { type: () => ID, nullable: true }) campaignId: string | null,
    @Args('status', { type: () => MailingStatusEnum, nullable: true }) status: string | null,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const page = await this.service.list(actor, { campaignId, status, first: Math.min(Math.max(first, 1), 100), after });
    return { nodes: page.rows, totalCount: page.totalCount, hasNextPage: page.hasMore, endCursor: page.rows.at(-1)?.id ?? null };
  }

  @Query(() => Mailing, { nullable: true })
  mailing(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => MailingAudienceCount, { description: 'Who the mailing would reach if it were prepared now, and who would be skipped and why.' })
  mailingAudienceCount(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.audienceCount(actor, id);
  }

  @Query(() => ContactPolicyModel)
  async contactPolicy(@CurrentActor() actor: Actor) {
    return withRules(await this.service.policy(actor));
  }

  @Mutation(() => Mailing, { description: 'A draft mailing (writers of mailings).' })
  createMailing(@CurrentActor() actor: Actor, @Args('input') input: CreateMailingInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Mailing)
  updateMailing(@CurrentActor() actor: Actor, @Args('input') input: UpdateMailingInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => Mailing, { description: 'Starts a draft now or at `scheduledAt`; its template version is fixed from then on.' })
  sendMailing(@CurrentActor() actor: Actor, @Args('input') input: SendMailingInput) {
    return this.service.send(actor, input.id, input.scheduledAt);
  }

  @Mutation(() => Mailing, { description: 'Stops handing messages to the relay; the ones on the wire finish.' })
  pauseMailing(@CurrentActor() actor: Actor, @Args('input') input: MailingIdInput) {
    return this.service.pause(actor, input.id);
  }

  @Mutation(() => Mailing)
  resumeMailing(@CurrentActor() actor: Actor, @Args('input') input: MailingIdInput) {
    return this.service.resume(actor, input.id);
  }

  @Mutation(() => Mailing, { description: 'Ends a mailing for good: recipients not yet sent to are skipped as cancelled.' })
  cancelMailing(@CurrentActor() actor: Actor, @Args('input') input: MailingIdInput) {
    return this.service.cancel(actor, input.id);
  }

  @Mutation(() => ContactPolicyModel, { description: 'Changes the company-wide contact policy (admins).' })
  async updateContactPolicy(@CurrentActor() actor: Actor, @Args('input') input: UpdateContactPolicyInput) {
    return withRules(await this.service.updatePolicy(actor, { frequencyCap: input.frequencyCap ?? null, sameContentOnce: input.sameContentOnce, quietHours: input.quietHours ?? null, timeZone: input.timeZone, rules: input.rules }));
  }

  @ResolveField(() => MailingProgressModel)
  progress(m: MailingEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders
      .get<MailingProgress>('mailing.progress', async (ids) => {
        const by = await this.service.progress(ids);
        return ids.map((id) => by.get(id)!);
      })
      .load(m.id);
  }

  @ResolveField(() => MailingRecurrence, { nullable: true, description: 'A series’ rule; null for a mailing sent once.' })
  recurrence(m: MailingEntity): MailingRecurrence | null {
    return m.recurrence ? { ...m.recurrence, rrule: rruleOf(m.recurrence) } : null;
  }

  @ResolveField(() => MailingConnection, { description: 'A series’ occurrences, newest first (empty for other mailings).' })
  async occurrences(
    @Parent() m: MailingEntity,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    if (m.kind !== 'recurring') return { nodes: [], totalCount: 0, hasNextPage: false, endCursor: null };
    const page = await this.service.list(actor, { parentId: m.id, first: Math.min(Math.max(first, 1), 100), after });
    return { nodes: page.rows, totalCount: page.totalCount, hasNextPage: page.hasMore, endCursor: page.rows.at(-1)?.id ?? null };
  }

  @ResolveField(() => [MailingSkipCount], { description: 'Skipped recipients by reason, most first.' })
  skipped(m: MailingEntity) {
    return this.service.skipReasons(m.id);
  }

  @ResolveField(() => MailingViewerCan)
  viewerCan(m: MailingEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    return this.service.viewerCan(actor, m);
  }

  @ResolveField(() => MailingEngagement)
  engagement(m: MailingEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders.get('mailing.engagement', (ids) => this.service.engagement(ids)).load(m.id);
  }

  @ResolveField(() => [MailingLinkClicks], { description: 'Human clicks per destination, most first (at most 100).' })
  links(m: MailingEntity) {
    return this.service.linkClicks(m.id);
  }

  @ResolveField(() => [MailingHour], { description: 'Human opens and clicks per hour since it started.' })
  hourly(m: MailingEntity) {
    return this.service.hourly(m.id);
  }

  // Batched per request: a list page of mailings asks these for every row.
  @ResolveField(() => Campaign, { nullable: true, description: 'Null when the reader may not see the campaign.' })
  campaign(m: MailingEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return loaders.get('campaign.visible', (ids) => this.campaigns.visibleByIds(actor, ids)).load(m.campaignId);
  }

  @ResolveField(() => EmailTemplate, { nullable: true, description: 'Null when the reader may not read templates.' })
  template(m: MailingEntity, _: unknown, context: GqlContext): Promise<EmailTemplateEntity | null> {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return loaders.get<EmailTemplateEntity | null>('emailTemplate.visible', (ids) => this.templates.visibleByIds(actor, ids)).load(m.templateId);
  }

  @ResolveField(() => SubscriptionType, { nullable: true })
  subscriptionType(m: MailingEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return typeOf(this.consents, loaders, m.subscriptionTypeId);
  }
}

/** Mailings saved before segments existed have no segment lists in their stored audience: none. */
@Resolver(() => MailingAudience)
export class MailingAudienceResolver {
  @ResolveField(() => [ID], { description: 'Segments whose current members get the mailing (minus the holdout of an active strategy on them).' })
  segmentIds(a: MailingAudienceShape) {
    return a.segmentIds ?? [];
  }

  @ResolveField(() => [ID])
  excludeSegmentIds(a: MailingAudienceShape) {
    return a.excludeSegmentIds ?? [];
  }
}
