import { Args, ArgsType, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, loadersIn, viewerFacts } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { AppError } from '@rapport/shared-errors';
import { opportunityActions } from '@rapport/sales-domain';
import { ContactEntity, OpportunityEntity, SalesRepository, StageEntity } from '@rapport/sales-data';
import {
  Account, Contact, CreateOpportunityInput, CreateOpportunityPayload, MoveOpportunityStageInput, MoveOpportunityStagePayload, Opportunity, OpportunityConnection,
  OpportunityFilter, OpportunityOrderBy, OpportunityViewerCan, Pipeline, Stage, TimelineConnection, UpdateOpportunityInput, UpdateOpportunityPayload,
} from '../models';
import { AccountsService } from '../services/accounts.service';
import { OpportunitiesService } from '../services/opportunities.service';
import { PipelinesService } from '../services/pipelines.service';
import { TimelineService } from '../services/timeline.service';
import { ownerRef, toNumber } from './refs';

/** `opportunitys(first, after, filter, orderBy)`. */
@ArgsType()
class OpportunityListArgs extends ListArgs(OpportunityFilter, OpportunityOrderBy) {}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly accounts: AccountsService,
    private readonly pipelines: PipelinesService,
    private readonly directory: DirectoryService,
    private readonly repo: SalesRepository,
    private readonly timeline: TimelineService,
  ) {}

  @Query(() => OpportunityConnection, { name: 'opportunities', complexity: listComplexity })
  list(@CurrentActor() actor: Actor, @Args() args: OpportunityListArgs, @CountSelected() count: boolean) {
    return this.opportunities.list(actor, { ...args, count });
  }

  @Query(() => Opportunity, { nullable: true })
  opportunity(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.opportunities.findVisible(actor, id);
  }

  @Query(() => [Pipeline], { name: 'pipelines', description: 'Sales pipelines with their ordered stages.' })
  listPipelines(@CurrentActor() actor: Actor) {
    if (scopeFor(actor, 'pipeline', 'read') === RecordScope.None) throw AppError.forbidden();
    return this.pipelines.list();
  }

  @Mutation(() => CreateOpportunityPayload)
  async createOpportunity(@CurrentActor() actor: Actor, @Args('input') input: CreateOpportunityInput) {
    return { opportunity: await this.opportunities.create(actor, input) };
  }

  @Mutation(() => UpdateOpportunityPayload)
  async updateOpportunity(@CurrentActor() actor: Actor, @Args('input') input: UpdateOpportunityInput) {
    return { opportunity: await this.opportunities.update(actor, input) };
  }

  @Mutation(() => MoveOpportunityStagePayload)
  async moveOpportunityStage(@CurrentActor() actor: Actor, @Args('input') input: MoveOpportunityStageInput) {
    return { opportunity: await this.opportunities.moveStage(actor, input) };
  }

  @ResolveField(() => Float, { nullable: true })
  amount(o: OpportunityEntity) {
    return toNumber(o.amount);
  }

  @ResolveField(() => Stage)
  stage(o: OpportunityEntity & { stage?: StageEntity }, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return o.stage ?? loaders.get<StageEntity>('stage', (ids) => this.pipelines.stagesByIds(ids)).load(o.stageId);
  }

  @ResolveField(() => Account, { nullable: true })
  account(o: OpportunityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return loaders.get('account.visible', (ids) => this.accounts.visibleByIds(actor, ids)).load(o.accountId);
  }

  @ResolveField(() => Contact, { nullable: true, description: 'The main person on the deal (if you may see them).' })
  primaryContact(o: OpportunityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return o.primaryContactId ? loaders.get<ContactEntity>('contact.visible', (ids) => this.repo.visibleByIds<ContactEntity>('contact', actor, ids)).load(o.primaryContactId) : null;
  }

  @ResolveField(() => TimelineConnection, { name: 'timeline', complexity: listComplexity, description: 'Stage changes, activities and edits of this deal, newest first.' })
  timelineOf(
    @Parent() o: OpportunityEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('types', { type: () => [String], nullable: true }) types: string[] | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.timeline.page(actor, 'opportunity', o.id, { first, after, types });
  }

  @ResolveField(() => OpportunityViewerCan)
  async viewerCan(o: OpportunityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return opportunityActions(actor, await viewerFacts(loaders, this.repo.ds, actor, 'opportunity', o));
  }

  @ResolveField(() => UserRef, { nullable: true })
  owner(o: OpportunityEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return ownerRef(loaders, this.directory, o.ownerId);
  }

  @ResolveField(() => ID)
  pipelineId(o: OpportunityEntity) {
    return o.pipelineId;
  }
}
