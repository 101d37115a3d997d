import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, listComplexity, Loaders, RequestLoaders } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { TimelineEventEntity } from '@rapport/shared-database';
import { ActivityEntity } from '@rapport/sales-data';
import { Activity, ActivityConnection, ActivityFilter, ActivityOrderBy, CreateActivityInput, CreateActivityPayload, TimelineItem, UpdateActivityInput, UpdateActivityPayload } from '../models';
import { ActivitiesService } from '../services/activities.service';
import { ownerRef } from './refs';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => ActivityConnection, { name: 'activities', complexity: listComplexity })
  list(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter: ActivityFilter | null,
    @Args('orderBy', { type: () => [ActivityOrderBy], nullable: true }) orderBy: ActivityOrderBy[] | null,
  ) {
    return this.activities.list(actor, { first, after, filter, orderBy });
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
  owner(@Parent() a: ActivityEntity, @RequestLoaders() loaders: Loaders) {
    return ownerRef(loaders, this.directory, a.ownerId);
  }
}

@Resolver(() => TimelineItem)
export class TimelineItemResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => String)
  type(@Parent() e: TimelineEventEntity) {
    return e.eventType;
  }

  @ResolveField(() => String)
  payload(@Parent() e: TimelineEventEntity) {
    return JSON.stringify(e.payload);
  }

  @ResolveField(() => String, { nullable: true })
  summary(@Parent() e: TimelineEventEntity) {
    const p = e.payload as Record<string, unknown>;
    return (p['subject'] ?? p['name'] ?? p['leadName'] ?? null) as string | null;
  }

  @ResolveField(() => UserRef, { nullable: true })
  actor(@Parent() e: TimelineEventEntity, @RequestLoaders() loaders: Loaders) {
    return ownerRef(loaders, this.directory, e.actorId);
  }
}
