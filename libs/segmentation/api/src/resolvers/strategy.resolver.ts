import { Args, GraphQLISODateTime, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext } from '@rapport/shared-api';
import type { SegmentStrategyEntity } from '@rapport/segmentation-data';
import { CreateSegmentStrategyInput, SegmentCohort, SegmentStrategy, SegmentStrategyPayload, StrategyIdInput, StrategyOutcome } from '../models/strategy.model';
import { StrategiesService } from '../services/strategies.service';

/** Segment strategies with holdouts and their measured effect; cohorts period over period. */
@Resolver(() => SegmentStrategy)
export class StrategyResolver {
  constructor(private readonly service: StrategiesService) {}

  @Query(() => [SegmentStrategy], { description: 'Strategies, newest first (of one segment when given).' })
  segmentStrategies(@CurrentActor() actor: Actor, @Args('segmentId', { type: () => ID, nullable: true }) segmentId?: string) {
    return this.service.list(actor, segmentId);
  }

  @Query(() => SegmentCohort, { description: 'How the people in a segment at `memberAt` behaved in [from, to).' })
  segmentCohort(
    @CurrentActor() actor: Actor,
    @Args('segmentId', { type: () => ID }) segmentId: string,
    @Args('memberAt', { type: () => GraphQLISODateTime }) memberAt: Date,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
  ) {
    return this.service.cohort(actor, { segmentId, memberAt, from, to });
  }

  @ResolveField(() => [StrategyOutcome], { description: 'Treated vs holdout per outcome over the strategy’s window, with lift and verdict.' })
  results(strategy: SegmentStrategyEntity, _: unknown, context: GqlContext) {
    return this.service.results(actorIn(context), strategy);
  }

  @ResolveField(() => Number, { name: 'holdoutShare' })
  holdoutShare(strategy: SegmentStrategyEntity) {
    return Number(strategy.holdoutShare);
  }

  @Mutation(() => SegmentStrategyPayload, { description: 'Starts a strategy on a segment and draws its holdout (stratified by RFM cell, fixed by the seed).' })
  async createSegmentStrategy(@CurrentActor() actor: Actor, @Args('input') input: CreateSegmentStrategyInput) {
    return { strategy: await this.service.create(actor, input) };
  }

  @Mutation(() => SegmentStrategyPayload)
  async endSegmentStrategy(@CurrentActor() actor: Actor, @Args('input') input: StrategyIdInput) {
    return { strategy: await this.service.end(actor, input.id) };
  }
}
