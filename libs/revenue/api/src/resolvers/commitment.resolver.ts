import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, listComplexity, loadersIn, viewerFacts } from '@rapport/shared-api';
import { commitmentActions } from '@rapport/revenue-domain';
import { CommitmentEntity, RevenueRepository } from '@rapport/revenue-data';
import { Commitment, CommitmentConnection, CommitmentPayload, CommitmentViewerCan, CreateCommitmentInput, ResolveCommitmentInput } from '../models/forecast.model';
import { CommitmentsService } from '../services/commitments.service';

@Resolver(() => Commitment)
export class CommitmentResolver {
  constructor(
    private readonly commitmentsService: CommitmentsService,
    private readonly repo: RevenueRepository,
  ) {}

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

  // The ledger is read more widely than it is written (service reads every promise), so the SPA's
  // resolve buttons follow each row; the shares that could decide it are looked up once per page.
  @ResolveField(() => CommitmentViewerCan)
  async viewerCan(c: CommitmentEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return commitmentActions(actor, await viewerFacts(loaders, this.repo.ds, actor, 'commitment', c));
  }
}
