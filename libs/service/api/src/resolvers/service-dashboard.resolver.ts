import { Args, GraphQLISODateTime, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { ServiceDashboard } from '../models/service-dashboard.model';
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
}
