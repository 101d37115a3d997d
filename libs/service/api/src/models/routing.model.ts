import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { graphqlEnum, IsOmittable } from '@rapport/shared-api';
import { UserRef } from '@rapport/shared-auth';
import { AGENT_PRESENCES, CASE_CHANNELS, CASE_PRIORITIES, QUEUE_DISTRIBUTIONS, SERVICE_LANGUAGES } from '@rapport/service-domain';
import { UserSkill, UserSkillInput } from './work-order.model';

const Presence = graphqlEnum('AgentPresenceState', AGENT_PRESENCES);
const Distribution = graphqlEnum('QueueDistribution', QUEUE_DISTRIBUTIONS);
const Channel = graphqlEnum('CaseChannel', CASE_CHANNELS);

@ObjectType()
export class QueueSkill {
  @Field() skillKey: string;
  @Field(() => Int, { description: 'The least level (1–5) an agent needs.' }) level: number;
}

@ObjectType({ description: 'A routing queue (issue 19): the skills its agents need, how it shares work, its service-level target and overflow.' })
export class RoutingQueue {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => Distribution) distribution: string;
  @Field(() => Int, { description: 'Service level: answered in time means a first response within this many seconds of queueing.' }) targetSeconds: number;
  @Field(() => ID, { nullable: true }) overflowQueueId: string | null;
  @Field(() => Int, { nullable: true, description: 'After waiting this long an item is offered to the overflow queue’s agents too.' }) overflowAfterSeconds: number | null;
  @Field({ description: 'Takes the cases no rule matches.' }) isDefault: boolean;
  @Field() active: boolean;
  @Field(() => [QueueSkill]) skills: QueueSkill[];
}

@InputType()
export class QueueSkillInput {
  @Field() @IsString() @MaxLength(40) skillKey: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) level: number;
}

@InputType({ description: 'Creates a queue (no id) or changes one; skills replace the queue’s skills when given.' })
export class SaveRoutingQueueInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') id?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field({ nullable: true }) @IsOmittable() @IsString() @MaxLength(1000) description?: string;
  @Field(() => Distribution, { nullable: true }) @IsOmittable() @IsIn(QUEUE_DISTRIBUTIONS) distribution?: string;
  @Field(() => Int, { nullable: true }) @IsOmittable() @IsInt() @Min(1) @Max(30 * 24 * 3600) targetSeconds?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') overflowQueueId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(30 * 24 * 3600) overflowAfterSeconds?: number | null;
  @Field({ nullable: true }) @IsOmittable() @IsBoolean() isDefault?: boolean;
  @Field({ nullable: true }) @IsOmittable() @IsBoolean() active?: boolean;
  @Field(() => [QueueSkillInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => QueueSkillInput) skills?: QueueSkillInput[];
}

@ObjectType({ description: 'What a rule looks at; every list given must hold, a list matching any of its values.' })
export class QueueCriteriaView {
  @Field(() => [Channel]) channels: string[];
  @Field(() => [ID]) productIds: string[];
  @Field(() => [String]) accountTiers: string[];
  @Field(() => [String]) priorities: string[];
  @Field(() => [String]) languages: string[];
  @Field(() => [String], { description: 'Any of them in the subject or description, case-insensitively.' }) keywords: string[];
}

@ObjectType({ description: 'An ordered rule: the first whose criteria hold for a new case puts it in its queue.' })
export class RoutingQueueRule {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) queueId: string;
  @Field(() => QueueCriteriaView) criteria: QueueCriteriaView;
  @Field(() => Int) position: number;
  @Field() active: boolean;
}

@InputType()
export class QueueCriteriaInput {
  @Field(() => [Channel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsIn(CASE_CHANNELS, { each: true }) channels?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) productIds?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) accountTiers?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(4) @IsIn(CASE_PRIORITIES, { each: true }) priorities?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(3) @IsIn(SERVICE_LANGUAGES, { each: true }) languages?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) keywords?: string[];
}

@InputType({ description: 'Creates a rule (no id; placed last) or changes one.' })
export class SaveRoutingQueueRuleInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') id?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => ID) @IsUUID('all') queueId: string;
  @Field(() => QueueCriteriaInput) @ValidateNested() @Type(() => QueueCriteriaInput) criteria: QueueCriteriaInput;
  @Field({ nullable: true }) @IsOmittable() @IsBoolean() active?: boolean;
}

@ObjectType()
export class ChannelLoad {
  @Field(() => Channel) channel: string;
  @Field(() => Int, { description: 'Open routed items the agent holds on this channel.' }) load: number;
  @Field(() => Int) capacity: number;
}

@ObjectType({ description: 'An agent’s place in routing: presence, languages, capacity and load per channel, skills.' })
export class AgentPresence {
  @Field(() => UserRef) user: UserRef;
  @Field(() => Presence) presence: string;
  @Field(() => GraphQLISODateTime) since: Date;
  @Field({ description: 'The system made them away after inactivity.' }) autoAway: boolean;
  @Field(() => [String]) languages: string[];
  @Field(() => [ChannelLoad]) channels: ChannelLoad[];
  @Field(() => [UserSkill]) skills: UserSkill[];
}

@InputType()
export class ChannelCapacityInput {
  @Field(() => Channel) @IsIn(CASE_CHANNELS) channel: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) capacity: number;
}

@InputType({ description: 'An agent’s languages, capacity per channel and (optionally) skills, set by service set-up.' })
export class SetAgentRoutingProfileInput {
  @Field(() => ID) @IsUUID('all') userId: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(3) @IsIn(SERVICE_LANGUAGES, { each: true }) languages?: string[];
  @Field(() => [ChannelCapacityInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(6) @ValidateNested({ each: true }) @Type(() => ChannelCapacityInput) capacity?: ChannelCapacityInput[];
  @Field(() => [UserSkillInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => UserSkillInput) skills?: UserSkillInput[];
}

@ObjectType()
export class WaitingCase {
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true, description: 'Null when you may not read the case (it is still counted).' }) number: string | null;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field() priority: string;
  @Field(() => Channel) channel: string;
  @Field(() => String, { nullable: true }) language: string | null;
  @Field(() => GraphQLISODateTime) enqueuedAt: Date;
}

@ObjectType({ description: 'One queue on the supervisors’ board.' })
export class QueueBoardRow {
  @Field(() => RoutingQueue) queue: RoutingQueue;
  @Field(() => Int) waiting: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) oldestWaitingSince: Date | null;
  @Field(() => [WaitingCase], { description: 'The first waiting items in answering order (at most 20).' }) items: WaitingCase[];
  @Field(() => Int, { description: 'Items queued today (the default calendar’s day) that have had a first response.' }) answeredToday: number;
  @Field(() => Int) answeredInTargetToday: number;
  @Field(() => Float, { nullable: true, description: 'Share of today’s answered items answered within the target; null before the first.' }) serviceLevelToday: number | null;
  @Field(() => Int) assignedToday: number;
}

@ObjectType({ description: 'Calls logged per agent and line in a period.' })
export class CallStatisticsRow {
  @Field(() => UserRef, { nullable: true }) agent: UserRef | null;
  @Field(() => String, { nullable: true }) line: string | null;
  @Field(() => Int) calls: number;
  @Field(() => Int) inbound: number;
  @Field(() => Float, { nullable: true, description: 'Seconds; null when no call had a length.' }) averageHandlingSeconds: number | null;
}

@ObjectType({ description: 'The supervisors’ live board: queues with what waits and today’s service level, agents with presence and load.' })
export class RoutingBoard {
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => [QueueBoardRow]) queues: QueueBoardRow[];
  @Field(() => [AgentPresence]) agents: AgentPresence[];
}

@InputType()
export class RouteCaseInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => ID, { nullable: true, description: 'Put it in this queue; without one, the rules choose.' }) @IsOptional() @IsUUID('all') queueId?: string | null;
}
