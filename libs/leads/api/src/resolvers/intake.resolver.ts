import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import { gradeFor } from '@rapport/leads-domain';
import { Lead, LeadConnection, LeadFilter } from '@rapport/sales-api';
import { LeadIntake, UnansweredSummary } from '../models/intake.model';
import { UnansweredService } from '../services/unanswered.service';

/** The unanswered-inquiries board, and intake facts on every Lead. */
@Resolver(() => Lead)
export class IntakeResolver {
  constructor(private readonly unanswered: UnansweredService) {}

  @Query(() => LeadConnection, { description: 'Open leads without a first response, oldest first, within your visibility.' })
  unansweredLeads(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('source', { type: () => String, nullable: true, description: 'Stored source value, e.g. web.' }) source: string | null,
    @Args('filter', { type: () => LeadFilter, nullable: true }) filter: LeadFilter | null,
  ) {
    return this.unanswered.list(actor, { first, after, source, filter });
  }

  @Query(() => UnansweredSummary, { description: 'Unanswered inquiries by source with SLA state — the number that should read zero.' })
  unansweredSummary(@CurrentActor() actor: Actor) {
    return this.unanswered.summary(actor);
  }

  @ResolveField(() => LeadIntake, { nullable: true, description: 'Routing decision and first-response SLA (web and routed leads).' })
  intake(lead: Lead, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders.get<LeadIntake>('lead-intake', (ids) => this.unanswered.intakeOf(ids)).load(lead.id);
  }

  @ResolveField(() => String, { description: 'A (≥ 75) … D (< 25), from the score.' })
  grade(lead: Lead) {
    return gradeFor(lead.score);
  }
}
