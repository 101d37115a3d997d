import { Args, ArgsType, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { displayPersonName, leadActions } from '@rapport/sales-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, Loaders, loadersIn, viewerFacts } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { LeadEntity, SalesObject, SalesRepository } from '@rapport/sales-data';
import { Account, Contact, ConvertLeadInput, CreateLeadInput, CreateLeadPayload, Lead, LeadConnection, LeadFilter, LeadOrderBy, LeadViewerCan, Opportunity, TimelineConnection, UpdateLeadInput, UpdateLeadPayload } from '../models';
import { ConvertLeadPayload, DuplicateCandidate, PossibleDuplicatesInput } from '../models/lead-conversion.model';
import { DuplicatesService } from '../services/duplicates.service';
import { LeadConversionService } from '../services/lead-conversion.service';
import { LeadsService } from '../services/leads.service';
import { TimelineService } from '../services/timeline.service';
import { ownerRef } from './refs';

/** `leads(first, after, filter, orderBy)`. */
@ArgsType()
class LeadListArgs extends ListArgs(LeadFilter, LeadOrderBy) {}

@Resolver(() => Lead)
export class LeadResolver {
  constructor(
    private readonly leads: LeadsService,
    private readonly conversion: LeadConversionService,
    private readonly duplicates: DuplicatesService,
    private readonly timeline: TimelineService,
    private readonly directory: DirectoryService,
    private readonly repo: SalesRepository,
  ) {}

  @Query(() => LeadConnection, { name: 'leads', complexity: listComplexity })
  list(@CurrentActor() actor: Actor, @Args() args: LeadListArgs, @CountSelected() count: boolean) {
    return this.leads.list(actor, { ...args, count });
  }

  @Query(() => Lead, { nullable: true })
  lead(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.leads.findVisible(actor, id);
  }

  @Query(() => [DuplicateCandidate], { description: 'Records that may be the same person or company, among those you can see.' })
  possibleDuplicates(@CurrentActor() actor: Actor, @Args('input') input: PossibleDuplicatesInput) {
    return input.accountName ? this.duplicates.forAccount(actor, input.accountName, input.excludeId) : this.duplicates.forPerson(actor, input);
  }

  @Mutation(() => CreateLeadPayload)
  async createLead(@CurrentActor() actor: Actor, @Args('input') input: CreateLeadInput) {
    return { lead: await this.leads.create(actor, input) };
  }

  @Mutation(() => UpdateLeadPayload)
  async updateLead(@CurrentActor() actor: Actor, @Args('input') input: UpdateLeadInput) {
    return { lead: await this.leads.update(actor, input) };
  }

  @Mutation(() => ConvertLeadPayload)
  convertLead(@CurrentActor() actor: Actor, @Args('input') input: ConvertLeadInput) {
    return this.conversion.convert(actor, input);
  }

  @ResolveField(() => String)
  name(l: LeadEntity) {
    return displayPersonName(l.firstName, l.lastName);
  }

  @ResolveField(() => LeadViewerCan)
  async viewerCan(l: LeadEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return leadActions(actor, { ...(await viewerFacts(loaders, this.repo.ds, actor, 'lead', l)), status: l.status });
  }

  @ResolveField(() => UserRef, { nullable: true })
  owner(l: LeadEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return ownerRef(loaders, this.directory, l.ownerId);
  }

  @ResolveField(() => TimelineConnection, { name: 'timeline', complexity: listComplexity })
  timelineOf(
    @Parent() l: LeadEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('types', { type: () => [String], nullable: true }) types: string[] | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.timeline.page(actor, 'lead', l.id, { first, after, types });
  }

  @ResolveField(() => Account, { nullable: true, description: 'The account this lead became (if you may see it).' })
  convertedAccount(l: LeadEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.visible('account', l.convertedAccountId, actor, loaders);
  }

  @ResolveField(() => Contact, { nullable: true, description: 'The contact this lead became (if you may see it).' })
  convertedContact(l: LeadEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.visible('contact', l.convertedContactId, actor, loaders);
  }

  @ResolveField(() => Opportunity, { nullable: true, description: 'The deal opened on conversion (if you may see it).' })
  convertedOpportunity(l: LeadEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.visible('opportunity', l.convertedOpportunityId, actor, loaders);
  }

  private visible(object: SalesObject, id: string | null, actor: Actor, loaders: Loaders) {
    return id ? loaders.get(`${object}.visible`, (ids) => this.repo.visibleByIds(object, actor, ids)).load(id) : null;
  }
}
