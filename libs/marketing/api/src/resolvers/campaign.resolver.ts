import { Args, ArgsType, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, mayActOn } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, loadersIn } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { memberStatusesOf, type AttributionModel } from '@rapport/marketing-domain';
import { CampaignEntity, type FunnelStep } from '@rapport/marketing-data';
import {
  AddCampaignCostInput, AddCampaignCostPayload, AttributionModelEnum, CampaignFunnelStepRow, CampaignRoi, FunnelStepEnum, MarketingReport, MarketingReportArgs, AddCampaignMembersInput, AddCampaignMembersPayload, AddSegmentToCampaignInput, Campaign, CampaignConnection, CampaignCost, CampaignFilter,
  CampaignMemberConnection, CampaignMemberFilter, CampaignMemberStatusOption, CampaignOrderBy, CampaignTotals, CampaignViewerCan, CreateCampaignInput,
  CreateCampaignPayload, UpdateCampaignInput, UpdateCampaignMemberStatusInput, UpdateCampaignMemberStatusPayload, UpdateCampaignPayload,
} from '../models';
import { CampaignMembersService } from '../services/campaign-members.service';
import { CampaignsService } from '../services/campaigns.service';
import { CampaignTotalsService } from '../services/campaign-totals.service';
import { CampaignRoiService } from '../services/campaign-roi.service';
import { DEFAULT_WINDOW_DAYS } from '@rapport/marketing-domain';
import { MarketingReportService } from '../services/marketing-report.service';

/** `campaigns(first, after, filter, orderBy)`. */
@ArgsType()
class CampaignListArgs extends ListArgs(CampaignFilter, CampaignOrderBy) {}

@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly members: CampaignMembersService,
    private readonly totals: CampaignTotalsService,
    private readonly returns: CampaignRoiService,
    private readonly report: MarketingReportService,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => CampaignConnection, { name: 'campaigns', complexity: listComplexity })
  list(@CurrentActor() actor: Actor, @Args() args: CampaignListArgs, @CountSelected() count: boolean) {
    return this.campaigns.list(actor, { ...args, count });
  }

  @Query(() => Campaign, { nullable: true })
  campaign(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.campaigns.findVisible(actor, id);
  }

  @Query(() => MarketingReport, { description: 'Cost against attributed return per campaign and per channel, for campaigns starting in a period (YYYY-MM-DD, either end open).' })
  marketingReport(@CurrentActor() actor: Actor, @Args() args: MarketingReportArgs) {
    return this.report.report(actor, args);
  }

  @Query(() => [CampaignMemberStatusOption], { description: 'The member statuses of a campaign type, in the order members move through them.' })
  campaignMemberStatuses(@Args('type', { type: () => String, description: 'A CampaignType value, e.g. TRADE_SHOW.' }) type: string): CampaignMemberStatusOption[] {
    return [...memberStatusesOf(type)];
  }

  @Mutation(() => CreateCampaignPayload)
  async createCampaign(@CurrentActor() actor: Actor, @Args('input') input: CreateCampaignInput) {
    return { campaign: await this.campaigns.create(actor, input) };
  }

  @Mutation(() => UpdateCampaignPayload)
  async updateCampaign(@CurrentActor() actor: Actor, @Args('input') input: UpdateCampaignInput) {
    return { campaign: await this.campaigns.update(actor, input) };
  }

  @Mutation(() => AddCampaignMembersPayload, { description: 'Adds contacts and leads (up to 1,000 per call); people already on the campaign stay as they are.' })
  addCampaignMembers(@CurrentActor() actor: Actor, @Args('input') input: AddCampaignMembersInput) {
    return this.members.add(actor, input);
  }

  @Mutation(() => AddCampaignMembersPayload, { description: 'Adds the current members of a segment that you may see (any number); people already on the campaign stay as they are.' })
  addSegmentToCampaign(@CurrentActor() actor: Actor, @Args('input') input: AddSegmentToCampaignInput) {
    return this.members.addSegment(actor, input);
  }

  @Mutation(() => UpdateCampaignMemberStatusPayload)
  updateCampaignMemberStatus(@CurrentActor() actor: Actor, @Args('input') input: UpdateCampaignMemberStatusInput) {
    return this.members.setStatus(actor, input);
  }

  @Mutation(() => AddCampaignCostPayload)
  addCampaignCost(@CurrentActor() actor: Actor, @Args('input') input: AddCampaignCostInput) {
    return this.members.addCost(actor, input);
  }

  @ResolveField(() => CampaignMemberConnection, { name: 'members', complexity: listComplexity, description: 'Members whose contact or lead you may see, oldest first.' })
  membersOf(
    @Parent() c: CampaignEntity,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => CampaignMemberFilter, nullable: true }) filter: CampaignMemberFilter | null,
    @Args('reached', { type: () => FunnelStepEnum, nullable: true, description: 'Only members who reached this funnel step (the drill-down of Campaign.funnel).' }) reached: FunnelStep | null,
  ) {
    return this.members.list(actor, c.id, { first, after, filter, reached });
  }

  @ResolveField(() => [CampaignFunnelStepRow], { description: 'Did they reach sales: members → responded → contacted by a rep → opportunity → won, with median times.' })
  funnel(c: CampaignEntity) {
    return this.members.funnel(c.id);
  }

  @ResolveField(() => [CampaignCost], { description: 'The itemised costs, oldest first.' })
  costs(c: CampaignEntity) {
    return this.members.costs(c.id);
  }

  @ResolveField(() => CampaignTotals, { name: 'totals' })
  totalsOf(c: CampaignEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders.get('campaign.totals', (ids) => this.totals.forIds(ids)).load(c.id);
  }

  @ResolveField(() => CampaignRoi, { description: 'What this campaign and every campaign below it returned, under an attribution model.' })
  roi(
    @Parent() c: CampaignEntity,
    @Args('model', { type: () => AttributionModelEnum, defaultValue: 'even' }) model: AttributionModel,
    @Args('windowDays', { type: () => Int, defaultValue: DEFAULT_WINDOW_DAYS, description: 'Days before a deal was created in which a response counts.' }) windowDays: number,
  ) {
    return this.returns.roi(c.id, model, windowDays);
  }

  @ResolveField(() => Campaign, { nullable: true, description: 'The campaign this one rolls up into (if you may see it).' })
  parent(c: CampaignEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return c.parentCampaignId ? loaders.get('campaign.visible', (ids) => this.campaigns.visibleByIds(actor, ids)).load(c.parentCampaignId) : null;
  }

  @ResolveField(() => [Campaign], { description: 'The campaigns directly below this one, by name.' })
  children(c: CampaignEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return loaders.get('campaign.children', (ids) => this.campaigns.childrenOf(actor, ids)).load(c.id);
  }

  @ResolveField(() => UserRef, { nullable: true })
  owner(c: CampaignEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, c.ownerId);
  }

  @ResolveField(() => CampaignViewerCan)
  viewerCan(c: CampaignEntity, _: unknown, context: GqlContext): CampaignViewerCan {
    const actor = actorIn(context);
    return { update: mayActOn(actor, 'campaign', 'write', { ownerId: c.ownerId, teamId: c.teamId }) };
  }
}
