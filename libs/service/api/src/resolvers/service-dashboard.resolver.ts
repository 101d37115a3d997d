import { Args, GraphQLISODateTime, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { ServiceChannelCost, ServiceDashboard, SetServiceChannelCostInput } from '../models/service-dashboard.model';
import { ServiceDashboardService } from '../services/service-dashboard.service';

/** The service dashboard (issue 18 item 9). */
@Resolver(() => ServiceDashboard)
export class ServiceDashboardResolver {
  constructor(private readonly dashboard: ServiceDashboardService) {}

  @Query(() => ServiceDashboard, {
    description:
      'Open cases by age, SLA attainment by team and priority over a period (default the last 30 days, at most 366), breaches this week and headline figures, over the cases you may read. Days are counted in the default business calendar’s time zone.',
  })
  serviceDashboard(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true, description: 'Start of the attainment period (inclusive); default 30 days before `to`.' }) from?: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true, description: 'End of the attainment period (exclusive); default now.' }) to?: Date | null,
  ) {
    return this.dashboard.dashboard(actor, { from, to });
  }

  @Query(() => [ServiceChannelCost], { description: 'What each priced channel costs to serve, per handled minute or per case (service set-up).' })
  serviceChannelCosts(@CurrentActor() actor: Actor) {
    return this.dashboard.channelCosts(actor);
  }

  @Mutation(() => [ServiceChannelCost], { description: 'Prices a channel per handled minute or per case, or removes its price (amount null); returns every price (service set-up).' })
  setServiceChannelCost(@CurrentActor() actor: Actor, @Args('input') input: SetServiceChannelCostInput) {
    return this.dashboard.setChannelCost(actor, input);
  }
}
