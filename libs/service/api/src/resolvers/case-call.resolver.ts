import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { CasePayload } from '../models/case.model';
import { CallerLookup, CreateCaseFromCallInput } from '../models/case-call.model';
import { CaseCallService } from '../services/case-call.service';

/** The phone channel (issue 18 item 4): who is calling, and a case opened from the call in one step. */
@Resolver()
export class CaseCallResolver {
  constructor(private readonly calls: CaseCallService) {}

  @Query(() => CallerLookup, { description: 'Who is calling from a number: the contacts you may see with it, their open cases, and the line dialled.' })
  callerLookup(@CurrentActor() actor: Actor, @Args('phoneNumber') phoneNumber: string, @Args('dialledNumber', { type: () => String, nullable: true }) dialledNumber?: string | null): Promise<CallerLookup> {
    return this.calls.lookup(actor, phoneNumber, dialledNumber) as unknown as Promise<CallerLookup>;
  }

  @Mutation(() => CasePayload, { description: 'Opens a case from a phone call: the call is its first message and the agent’s first response.' })
  async createCaseFromCall(@CurrentActor() actor: Actor, @Args('input') input: CreateCaseFromCallInput): Promise<CasePayload> {
    return { case: (await this.calls.openFromCall(actor, input)) as never };
  }
}
