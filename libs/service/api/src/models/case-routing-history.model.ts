import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@rapport/shared-api';
import { CASE_CHANNELS, QUEUE_DISTRIBUTIONS } from '@rapport/service-domain';

/** Why routing passed an agent over (dispatch-plan.ts SkipReason); the screens word the codes. */
export const ROUTING_SKIP_REASONS = ['not_available', 'lacks_skill', 'language', 'at_capacity'] as const;
const SkipReason = graphqlEnum('RoutingSkipReason', ROUTING_SKIP_REASONS);
const Distribution = graphqlEnum('QueueDistribution', QUEUE_DISTRIBUTIONS);
const Channel = graphqlEnum('CaseChannel', CASE_CHANNELS);

@ObjectType({ description: 'An agent routing passed over, and why.' })
export class CaseRoutingSkip {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => SkipReason) reason: string;
}

@ObjectType({ description: 'Why routing gave the case to its agent: the queue, how it distributes, the agent’s load and who was passed over.' })
export class CaseRoutingExplanation {
  @Field(() => ID, { nullable: true }) queueId: string | null;
  @Field() queueName: string;
  @Field(() => String, { nullable: true, description: 'The queue the case waited in when an overflow queue’s agent took it.' }) overflowFromName: string | null;
  @Field(() => Distribution, { nullable: true }) distribution: string | null;
  @Field(() => ID, { nullable: true }) agentId: string | null;
  @Field(() => String, { nullable: true }) agentName: string | null;
  @Field(() => Channel, { nullable: true }) channel: string | null;
  @Field(() => Int, { nullable: true, description: 'Items the agent held on the channel before this one.' }) load: number | null;
  @Field(() => Int, { nullable: true, description: 'Items the agent may hold on the channel.' }) capacity: number | null;
  @Field(() => Int, { nullable: true }) waitedSeconds: number | null;
  @Field(() => [CaseRoutingSkip], { description: 'At most 10.' }) passedOver: CaseRoutingSkip[];
}
