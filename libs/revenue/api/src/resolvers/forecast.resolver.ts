import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, listComplexity } from '@rapport/shared-api';
import {
  AdjustForecastInput,
  AdjustForecastPayload,

  CommitmentConnection,
  CommitmentPayload,
  CreateCommitmentInput,
  Forecast,
  PeriodInput,
  ResolveCommitmentInput,
  SetQuotaInput,
  SetQuotaPayload,
} from '../models/forecast.model';
import { CommitmentsService } from '../services/commitments.service';
import { ForecastService } from '../services/forecast.service';

@Resolver()
export class ForecastResolver {
  constructor(
    private readonly forecasts: ForecastService,
    private readonly commitmentsService: CommitmentsService,
  ) {}

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

  @Query(() => CommitmentConnection, { complexity: listComplexity, description: 'Promises to customers within your visibility; a manager sees the team’s.' })
  commitments(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('accountId', { type: () => ID, nullable: true }) accountId: string | null,
    @Args('opportunityId', { type: () => ID, nullable: true }) opportunityId: string | null,
    @Args('status', { type: () => String, nullable: true, description: 'open, kept or broken' }) status: string | null,
  ) {
    return this.commitmentsService.list(actor, { first, after, accountId, opportunityId, status });
  }

  @Mutation(() => CommitmentPayload) async createCommitment(@CurrentActor() a: Actor, @Args('input') input: CreateCommitmentInput) {
    return { commitment: await this.commitmentsService.create(a, input) };
  }

  @Mutation(() => CommitmentPayload) async resolveCommitment(@CurrentActor() a: Actor, @Args('input') input: ResolveCommitmentInput) {
    return { commitment: await this.commitmentsService.resolve(a, input) };
  }
}

