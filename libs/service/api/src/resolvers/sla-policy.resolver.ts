import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import type { ServiceSlaPolicyEntity } from '@rapport/service-data';
import { BusinessCalendar } from '../models/business-calendar.model';
import { CreateServiceSlaPolicyInput, PriorityTargetsModel, ServiceSlaPolicy, ServiceSlaPolicyPayload, UpdateServiceSlaPolicyInput } from '../models/sla-policy.model';
import { SlaPoliciesService, targetList } from '../services/sla-policies.service';

/** Service SLA policies: listed, read, created and changed. */
@Resolver(() => ServiceSlaPolicy)
export class SlaPolicyResolver {
  constructor(private readonly policies: SlaPoliciesService) {}

  @Query(() => [ServiceSlaPolicy], { description: 'Every service SLA policy, active ones first.' })
  serviceSlaPolicies(@CurrentActor() actor: Actor) {
    return this.policies.list(actor);
  }

  @Query(() => ServiceSlaPolicy)
  serviceSlaPolicy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.policies.get(actor, id);
  }

  @Mutation(() => ServiceSlaPolicyPayload)
  async createServiceSlaPolicy(@CurrentActor() actor: Actor, @Args('input') input: CreateServiceSlaPolicyInput) {
    return { policy: await this.policies.create(actor, input) };
  }

  @Mutation(() => ServiceSlaPolicyPayload)
  async updateServiceSlaPolicy(@CurrentActor() actor: Actor, @Args('input') input: UpdateServiceSlaPolicyInput) {
    return { policy: await this.policies.update(actor, input) };
  }

  @ResolveField(() => [PriorityTargetsModel])
  targets(policy: ServiceSlaPolicyEntity) {
    return targetList(policy.targets);
  }

  @ResolveField(() => BusinessCalendar, { nullable: true })
  calendar(policy: ServiceSlaPolicyEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    // Batched per request: a list of policies reads its calendars (and the default) once.
    return loaders.get('serviceSlaPolicy.calendar', async (ids) => {
      const found = await this.policies.calendarsFor(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(policy.calendarId ?? '');
  }
}
