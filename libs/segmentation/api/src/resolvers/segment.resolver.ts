import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { MetricsRepository, type SegmentEntity } from '@rapport/segmentation-data';
import {
  CreateSegmentInput,
  Segment,
  SegmentConditionType,
  SegmentIdInput,
  SegmentMemberPage,
  SegmentMembership,
  SegmentPayload,
  SegmentPreview,
  SegmentRefresh,
  SegmentWhy,
  UpdateSegmentInput,
} from '../models/segment.model';
import { SegmentValue } from '../models/customer-value.model';
import { SegmentsService } from '../services/segments.service';

/** Segments: the builder's catalogue, live preview, saved segments and their members and history. */
@Resolver(() => Segment)
export class SegmentResolver {
  constructor(
    private readonly service: SegmentsService,
    private readonly metrics: MetricsRepository,
  ) {}

  @Query(() => [SegmentConditionType], { description: 'The conditions rules may use, by the domain that registered them.' })
  segmentConditions(@CurrentActor() actor: Actor) {
    return this.service.catalogue(actor);
  }

  @Query(() => [Segment], { description: 'Segments by name (archived ones on request).' })
  segments(@CurrentActor() actor: Actor, @Args('includeArchived', { nullable: true }) includeArchived?: boolean) {
    return this.service.list(actor, includeArchived ?? false);
  }

  @Query(() => Segment, { nullable: true })
  async segment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id).catch((e: unknown) => (e instanceof AppError && e.code === ErrorCode.NotFound ? null : Promise.reject(e)));
  }

  @Query(() => SegmentPreview, { description: 'Count (exact, or an estimate when that is slow) and a sample of what a rule matches among the contacts you may see.' })
  segmentPreview(
    @CurrentActor() actor: Actor,
    @Args('rule', { type: () => GraphQLJSONObject }) rule: Record<string, unknown>,
    @Args('sampleSize', { type: () => Int, nullable: true }) sampleSize?: number,
  ) {
    return this.service.preview(actor, rule, Math.max(1, Math.min(50, sampleSize ?? 10)));
  }

  @Query(() => SegmentWhy, { description: 'Which conditions of a segment (or rule) hold for one contact.' })
  segmentWhy(
    @CurrentActor() actor: Actor,
    @Args('contactId', { type: () => ID }) contactId: string,
    @Args('segmentId', { type: () => ID, nullable: true }) segmentId?: string,
    @Args('rule', { type: () => GraphQLJSONObject, nullable: true }) rule?: Record<string, unknown>,
  ) {
    return this.service.why(actor, { contactId, segmentId, rule });
  }

  @Query(() => [SegmentMembership], { description: 'A contact’s stays in a segment, newest first.' })
  segmentMemberships(@CurrentActor() actor: Actor, @Args('segmentId', { type: () => ID }) segmentId: string, @Args('contactId', { type: () => ID }) contactId: string) {
    return this.service.stays(actor, segmentId, contactId);
  }

  @ResolveField(() => SegmentMemberPage, { description: 'Current members you may see.' })
  members(
    @CurrentActor() actor: Actor,
    @Parent() segment: SegmentEntity,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => ID, nullable: true }) after?: string,
  ) {
    return this.service.members(actor, segment, first ?? 50, after ?? null);
  }

  @ResolveField(() => SegmentValue, { nullable: true, description: 'Its current members you may see and their value summed (CLV, revenue, at risk); null without customer value access.' })
  value(segment: SegmentEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    if (scopeFor(actor, 'customerValue', 'read') === RecordScope.None) return null;
    return loadersIn(context).get('segment.value', async (ids) => {
      const found = await this.metrics.ofSegments(actor, ids);
      const none = { members: 0, customers: 0, clv: 0, revenue: 0, atRisk: 0, asOf: null };
      return ids.map((id) => found.get(id) ?? none);
    }).load(segment.id);
  }

  @ResolveField(() => [SegmentRefresh], { description: 'Refreshes, newest first (counts over time).' })
  refreshes(@CurrentActor() actor: Actor, @Parent() segment: SegmentEntity, @Args('first', { type: () => Int, nullable: true }) first?: number) {
    return this.service.refreshes(actor, segment, first ?? 60);
  }

  @Mutation(() => SegmentPayload)
  async createSegment(@CurrentActor() actor: Actor, @Args('input') input: CreateSegmentInput) {
    return { segment: await this.service.create(actor, input) };
  }

  @Mutation(() => SegmentPayload)
  async updateSegment(@CurrentActor() actor: Actor, @Args('input') input: UpdateSegmentInput) {
    return { segment: await this.service.update(actor, input) };
  }

  @Mutation(() => SegmentPayload, { description: 'Refreshes now: a dynamic segment follows its rule, a static one retakes its snapshot.' })
  async refreshSegment(@CurrentActor() actor: Actor, @Args('input') input: SegmentIdInput) {
    return { segment: (await this.service.refresh(actor, input.id)).segment };
  }

  @Mutation(() => SegmentPayload)
  async archiveSegment(@CurrentActor() actor: Actor, @Args('input') input: SegmentIdInput) {
    return { segment: await this.service.archive(actor, input.id, true) };
  }

  @Mutation(() => SegmentPayload)
  async restoreSegment(@CurrentActor() actor: Actor, @Args('input') input: SegmentIdInput) {
    return { segment: await this.service.archive(actor, input.id, false) };
  }
}
