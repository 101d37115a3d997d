import { Args, ArgsType, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, loadersIn, requestLocale, viewerFacts } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { TimelineEventEntity } from '@rapport/shared-database';
import { activityActions } from '@rapport/sales-domain';
import { AccountEntity, ActivityEntity, ContactEntity, LeadEntity, OpportunityEntity, SalesRepository, StageEntity } from '@rapport/sales-data';
import { Account, Activity, ActivityConnection, ActivityViewerCan, Contact, Lead, Opportunity, ActivityFilter, ActivityOrderBy, CreateActivityInput, CreateActivityPayload, TimelineItem, UpdateActivityInput, UpdateActivityPayload } from '../models';
import { ActivitiesService } from '../services/activities.service';
import { PipelinesService } from '../services/pipelines.service';
import { ownerRef } from './refs';

/** `activitys(first, after, filter, orderBy)`. */
@ArgsType()
class ActivityListArgs extends ListArgs(ActivityFilter, ActivityOrderBy) {}

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly directory: DirectoryService,
    private readonly repo: SalesRepository,
  ) {}

  @Query(() => ActivityConnection, { name: 'activities', complexity: listComplexity })
  list(@CurrentActor() actor: Actor, @Args() args: ActivityListArgs, @CountSelected() count: boolean) {
    return this.activities.list(actor, { ...args, count });
  }

  @Mutation(() => CreateActivityPayload)
  async createActivity(@CurrentActor() actor: Actor, @Args('input') input: CreateActivityInput) {
    return { activity: await this.activities.create(actor, input) };
  }

  @Mutation(() => UpdateActivityPayload)
  async updateActivity(@CurrentActor() actor: Actor, @Args('input') input: UpdateActivityInput) {
    return { activity: await this.activities.update(actor, input) };
  }

  @ResolveField(() => UserRef, { nullable: true })
  owner(a: ActivityEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return ownerRef(loaders, this.directory, a.ownerId);
  }

  // The done box and any edit follow this, not the role's grant: a row one reads through a share
  // (or an API key that only reads) is not one to change. Shares are looked up once per page.
  @ResolveField(() => ActivityViewerCan)
  async viewerCan(a: ActivityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return activityActions(actor, await viewerFacts(loaders, this.repo.ds, actor, 'activity', a));
  }

  // The records an activity is linked to, by name in lists ("Related to" showed only "Account").
  // Batched per request; a record the reader may not read is null, as everywhere else.
  @ResolveField(() => Account, { nullable: true })
  account(a: ActivityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return a.accountId ? loaders.get('account.visible', (ids) => this.activities.relatedVisible<AccountEntity>(actor, 'account', ids)).load(a.accountId) : null;
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(a: ActivityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return a.contactId ? loaders.get('contact.visible', (ids) => this.activities.relatedVisible<ContactEntity>(actor, 'contact', ids)).load(a.contactId) : null;
  }

  @ResolveField(() => Lead, { nullable: true })
  lead(a: ActivityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return a.leadId ? loaders.get('lead.visible', (ids) => this.activities.relatedVisible<LeadEntity>(actor, 'lead', ids)).load(a.leadId) : null;
  }

  @ResolveField(() => Opportunity, { nullable: true })
  opportunity(a: ActivityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return a.opportunityId ? loaders.get('opportunity.visible', (ids) => this.activities.relatedVisible<OpportunityEntity>(actor, 'opportunity', ids)).load(a.opportunityId) : null;
  }
}

@Resolver(() => TimelineItem)
export class TimelineItemResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly pipelines: PipelinesService,
  ) {}

  @ResolveField(() => String)
  type(e: TimelineEventEntity) {
    return e.eventType;
  }

  @ResolveField(() => String)
  async payload(e: TimelineEventEntity, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    const loaders = loadersIn(context);
    // Stage names in the reader's language (docs/adr/0010), batched with the deals' own stages.
    const stages = loaders.get<StageEntity>('stage', (ids) => this.pipelines.stagesByIds(ids));
    return JSON.stringify(await this.pipelines.localizeEventPayload(e.eventType, e.payload as Record<string, unknown>, locale, (id) => stages.load(id)));
  }

  @ResolveField(() => String, { nullable: true })
  summary(e: TimelineEventEntity) {
    const p = e.payload as Record<string, unknown>;
    return (p['subject'] ?? p['name'] ?? p['leadName'] ?? null) as string | null;
  }

  @ResolveField(() => UserRef, { nullable: true })
  actor(e: TimelineEventEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return ownerRef(loaders, this.directory, e.actorId);
  }
}
