import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { CasePayload } from '../models/case.model';
import { CallerLookup, CreateCaseFromCallInput } from '../models/case-call.model';
import { PostChatTranscriptInput } from '../models/case-chat.model';
import { CaseCallService } from '../services/case-call.service';
import { CaseChatService } from '../services/case-chat.service';

/**
 * The phone channel (issue 18 item 4): who is calling, and a case opened from the call in one step;
 * and the chat channel (item 2): a chat system's transcript joins or opens a case.
 */
@Resolver()
export class CaseCallResolver {
  constructor(
    private readonly calls: CaseCallService,
    private readonly chats: CaseChatService,
  ) {}

  @Query(() => CallerLookup, { description: 'Who is calling from a number: the contacts you may see with it, their open cases, and the line dialled.' })
  callerLookup(@CurrentActor() actor: Actor, @Args('phoneNumber') phoneNumber: string, @Args('dialledNumber', { type: () => String, nullable: true }) dialledNumber?: string | null): Promise<CallerLookup> {
    return this.calls.lookup(actor, phoneNumber, dialledNumber) as unknown as Promise<CallerLookup>;
  }

  @Mutation(() => CasePayload, { description: 'Opens a case from a phone call: the call is its first message and the agent’s first response.' })
  async createCaseFromCall(@CurrentActor() actor: Actor, @Args('input') input: CreateCaseFromCallInput): Promise<CasePayload> {
    return { case: (await this.calls.openFromCall(actor, input)) as never };
  }

  @Mutation(() => CasePayload, { description: 'A chat that ended, posted by the chat system: it continues the case given, or opens one for the customer; its lines count for the SLA as mail does. Idempotent by externalId.' })
  async postChatTranscript(@CurrentActor() actor: Actor, @Args('input') input: PostChatTranscriptInput): Promise<CasePayload> {
    return { case: (await this.chats.post(actor, input)) as never };
  }
}
