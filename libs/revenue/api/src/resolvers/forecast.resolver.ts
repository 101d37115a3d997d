import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { AdjustForecastInput, AdjustForecastPayload, Forecast, PeriodInput, SetQuotaInput, SetQuotaPayload } from '../models/forecast.model';
import { ForecastService } from '../services/forecast.service';

@Resolver()
export class ForecastResolver {
  constructor(private readonly forecasts: ForecastService) {}

  @Query(() => Forecast, { description: 'Your own, your team’s (rolled up the hierarchy) or one person’s forecast for a month, quarter or year.' })
  forecast(
    @CurrentActor() actor: Actor,
    @Args('period', { type: () => PeriodInput }) period: PeriodInput,
    @Args('teamId', { type: () => ID, nullable: true }) teamId: string | null,
    @Args('userId', { type: () => ID, nullable: true }) userId: string | null,
  ) {
    return this.forecasts.forecast(actor, period, teamId, userId);
  }

  @Mutation(() => AdjustForecastPayload) async adjustForecast(@CurrentActor() a: Actor, @Args('input') input: AdjustForecastInput) {
    const adj = await this.forecasts.adjust(a, input);
    return { adjustment: { ...adj, amount: Number(adj.amount) } };
  }

  @Mutation(() => SetQuotaPayload) async setQuota(@CurrentActor() a: Actor, @Args('input') input: SetQuotaInput) {
    const q = await this.forecasts.setQuota(a, input);
    return { userId: q.userId, amount: Number(q.amount) };
  }
}
