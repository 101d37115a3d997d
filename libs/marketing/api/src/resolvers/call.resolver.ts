import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { LogInboundCallInput, LogInboundCallPayload } from '../models';
import { CallTrackingService } from '../services/call-tracking.service';

@Resolver()
export class CallResolver {
  constructor(private readonly calls: CallTrackingService) {}

  @Mutation(() => LogInboundCallPayload, { description: 'Logs an inbound call: the dialled tracking number attributes it to a campaign, the caller’s number finds (or creates) the person.' })
  logInboundCall(@CurrentActor() actor: Actor, @Args('input') input: LogInboundCallInput) {
    return this.calls.logInbound(actor, input);
  }
}
