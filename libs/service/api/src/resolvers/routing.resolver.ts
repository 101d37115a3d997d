import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, graphqlEnum } from '@rapport/shared-api';
import type { Actor } from '@rapport/shared-domain';
import { AGENT_PRESENCES, type AgentPresenceState, type QueueCriteria } from '@rapport/service-domain';
import type { RoutingQueueRuleEntity } from '@rapport/service-data';
import { AgentPresence, CallStatisticsRow, RouteCaseInput, RoutingBoard, RoutingQueue, RoutingQueueRule, SaveRoutingQueueInput, SaveRoutingQueueRuleInput, SetAgentRoutingProfileInput } from '../models/routing.model';
import { RoutingBoardService } from '../services/routing-board.service';
import { RoutingSetupService } from '../services/routing-setup.service';
import { CaseRoutingService } from '../services/case-routing.service';
import { AppError } from '@rapport/shared-errors';

const Presence = graphqlEnum('AgentPresenceState', AGENT_PRESENCES);

const ruleView = (r: RoutingQueueRuleEntity): RoutingQueueRule => {
  const c: QueueCriteria = r.criteria ?? {};
  return {
    id: r.id,
    name: r.name,
    queueId: r.queueId,
    position: r.position,
    active: r.active,
    criteria: { channels: c.channels ?? [], productIds: c.productIds ?? [], accountTiers: c.accountTiers ?? [], priorities: c.priorities ?? [], languages: c.languages ?? [], keywords: c.keywords ?? [] },
  };
};

/** Routing queues, rules, agents' presence and the supervisors' board (issue 19 items 1–2). */
@Resolver()
export class RoutingResolver {
  constructor(
    private readonly setup: RoutingSetupService,
    private readonly board: RoutingBoardService,
    private readonly caseRouting: CaseRoutingService,
  ) {}

  @Query(() => [RoutingQueue], { description: 'Every routing queue with its skills, by name.' })
  routingQueues(@CurrentActor() actor: Actor) {
    return this.setup.queues(actor);
  }

  @Query(() => [RoutingQueueRule], { description: 'The rules that put new cases in queues, in the order they are tried.' })
  async routingQueueRules(@CurrentActor() actor: Actor) {
    return (await this.setup.rules(actor)).map(ruleView);
  }

  @Query(() => RoutingBoard, { description: 'The live board: queues with what waits and today’s service level, agents with presence and load.' })
  routingBoard(@CurrentActor() actor: Actor) {
    return this.board.board(actor);
  }

  @Query(() => AgentPresence, { nullable: true, description: 'Your own presence, languages and load; null before you first set a presence (or for roles that do not work cases).' })
  myPresence(@CurrentActor() actor: Actor) {
    return this.board.mine(actor);
  }

  @Query(() => [CallStatisticsRow], { description: 'Logged calls per agent and line in [from, to) (at most 92 days): calls, inbound, average handling time.' })
  callStatistics(@CurrentActor() actor: Actor, @Args('from', { type: () => GraphQLISODateTime }) from: Date, @Args('to', { type: () => GraphQLISODateTime }) to: Date) {
    return this.board.callStatistics(actor, from, to);
  }

  @Mutation(() => RoutingQueue, { description: 'Creates or changes a routing queue (routing set-up).' })
  saveRoutingQueue(@CurrentActor() actor: Actor, @Args('input') input: SaveRoutingQueueInput) {
    return this.setup.saveQueue(actor, input);
  }

  @Mutation(() => RoutingQueueRule, { description: 'Creates (placed last) or changes a queue rule (routing set-up).' })
  async saveRoutingQueueRule(@CurrentActor() actor: Actor, @Args('input') input: SaveRoutingQueueRuleInput) {
    return ruleView(await this.setup.saveRule(actor, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a queue rule (routing set-up).' })
  deleteRoutingQueueRule(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.setup.deleteRule(actor, id);
  }

  @Mutation(() => [RoutingQueueRule], { description: 'Puts the rules in this order (every rule, each once).' })
  async reorderRoutingQueueRules(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    if (ids.length > 1000) throw AppError.validation([{ path: 'ids', message: 'List every rule once.' }]);
    return (await this.setup.reorderRules(actor, ids)).map(ruleView);
  }

  @Mutation(() => AgentPresence, { description: 'Sets an agent’s languages, capacity per channel and skills (routing set-up).' })
  async setAgentRoutingProfile(@CurrentActor() actor: Actor, @Args('input') input: SetAgentRoutingProfileInput) {
    const id = await this.setup.setAgentProfile(actor, input);
    return (await this.board.agents([id]))[0];
  }

  @Mutation(() => AgentPresence, { description: 'Sets your own presence; available asks for your first case at once.' })
  async setMyPresence(@CurrentActor() actor: Actor, @Args('presence', { type: () => Presence }) presence: string) {
    await this.setup.setMyPresence(actor, presence as AgentPresenceState);
    return this.board.mine(actor);
  }

  @Mutation(() => Boolean, { description: 'A sign of life from your screen (every minute while in use): keeps you from turning away after inactivity. True when it made you available again.' })
  presenceHeartbeat(@CurrentActor() actor: Actor) {
    return this.setup.heartbeat(actor);
  }

  @Mutation(() => Boolean, { description: 'Puts a case (back) in a queue for routing: the named queue, or the one the rules choose. False when it was already waiting.' })
  routeCase(@CurrentActor() actor: Actor, @Args('input') input: RouteCaseInput) {
    return this.caseRouting.route(actor, input);
  }
}
