import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import type { NurtureCountsRow, NurtureEntity } from '@rapport/marketing-data';
import {
  CreateNurtureInput,
  Nurture,
  NurtureConnection,
  NurtureCounts,
  NurtureEnrolmentConnection,
  NurtureIdInput,
  NurtureSource,
  NurtureStatusEnum,
  NurtureStepModel,
  UpdateNurtureInput,
} from '../models/nurture.model';
import { NurturesService } from '../services/nurtures.service';

/** Nurture sequences (issue 15 item 10). Thin: the rules are in NurturesService and marketing-domain's nurture.ts. */
@Resolver(() => Nurture)
export class NurtureResolver {
  constructor(private readonly service: NurturesService) {}

  @Query(() => NurtureConnection, { description: 'Nurtures, newest first (readers of mailings; the `own` scope sees its own).' })
  async nurtures(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => NurtureStatusEnum, nullable: true }) status: string | null,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const page = await this.service.list(actor, { status, first: Math.min(Math.max(first, 1), 100), after });
    return { nodes: page.rows, hasNextPage: page.hasMore, endCursor: page.rows.at(-1)?.id ?? null };
  }

  @Query(() => Nurture, { nullable: true })
  nurture(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Nurture, { description: 'A draft nurture (writers of mailings); each send step gets a mailing of its own.' })
  createNurture(@CurrentActor() actor: Actor, @Args('input') input: CreateNurtureInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Nurture, { description: 'Changes a draft.' })
  updateNurture(@CurrentActor() actor: Actor, @Args('input') input: UpdateNurtureInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => Nurture, { description: 'Starts a draft or resumes a paused nurture: its source is enrolled and people move through the steps.' })
  activateNurture(@CurrentActor() actor: Actor, @Args('input') input: NurtureIdInput) {
    return this.service.activate(actor, input.id);
  }

  @Mutation(() => Nurture, { description: 'Nobody moves on and no message goes out until it is activated again.' })
  pauseNurture(@CurrentActor() actor: Actor, @Args('input') input: NurtureIdInput) {
    return this.service.pause(actor, input.id);
  }

  @ResolveField(() => NurtureSource)
  source(n: NurtureEntity): NurtureSource {
    return { campaignId: n.sourceCampaignId, memberStatuses: n.sourceMemberStatuses, segmentId: n.sourceSegmentId ?? null };
  }

  @ResolveField(() => [NurtureStepModel])
  steps(n: NurtureEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders
      .get<NurtureStepModel[]>('nurture.steps', async (ids) => {
        const by = await this.service.steps(ids);
        return ids.map((id) => by.get(id) ?? []);
      })
      .load(n.id);
  }

  @ResolveField(() => NurtureEnrolmentConnection, { description: 'Who is in it and where each person is, in the order they joined.' })
  async enrolments(
    @Parent() n: NurtureEntity,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const page = await this.service.enrolments(n.id, first, after);
    return { nodes: page.rows, hasNextPage: page.hasMore, endCursor: page.rows.at(-1)?.id ?? null };
  }

  @ResolveField(() => NurtureCounts)
  counts(n: NurtureEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders
      .get<NurtureCountsRow>('nurture.counts', async (ids) => {
        const by = await this.service.counts(ids);
        return ids.map((id) => by.get(id)!);
      })
      .load(n.id);
  }
}
