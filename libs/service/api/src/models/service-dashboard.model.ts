import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional } from 'class-validator';
import { graphqlEnum } from '@rapport/shared-api';
import { CASE_AGE_BUCKETS, CASE_CHANNELS, CASE_PRIORITIES, COST_BASES, SLA_MILESTONES } from '@rapport/service-domain';

// The same enums as the case's (graphqlEnum registers a name once).
const CasePriority = graphqlEnum('CasePriority', CASE_PRIORITIES);
const MilestoneKind = graphqlEnum('SlaMilestoneKind', SLA_MILESTONES);
const CaseAgeBucket = graphqlEnum(
  'CaseAgeBucket',
  CASE_AGE_BUCKETS.map((b) => b.key),
);

@ObjectType({ description: 'Open cases of one priority: how many, and how many are late.' })
export class CasePriorityCount {
  @Field(() => CasePriority) priority: string;
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Open cases with an SLA milestone past due.' }) breached: number;
}

@ObjectType({ description: 'Open cases opened this long ago (from the bucket’s lower bound, inclusive, to its upper, exclusive).' })
export class CaseAgeRow {
  @Field(() => CaseAgeBucket) bucket: string;
  @Field(() => Int) total: number;
  @Field(() => Int) breached: number;
  @Field(() => [CasePriorityCount], { description: 'Every priority, low to urgent, zeros included.' }) byPriority: CasePriorityCount[];
}

@ObjectType({ description: 'How one milestone ended on the cases of a team and priority within the period.' })
export class SlaAttainmentRow {
  @Field(() => ID, { nullable: true, description: 'Null: cases of no team.' }) teamId: string | null;
  @Field(() => String, { nullable: true, description: 'Null: cases of no team.' }) teamName: string | null;
  @Field(() => CasePriority, { description: 'The case’s priority now.' }) priority: string;
  @Field(() => MilestoneKind) milestone: string;
  @Field(() => Int) met: number;
  @Field(() => Int) breached: number;
  @Field(() => Int, { description: 'Next responses closed by the resolution before they were late: neither met nor breached.' }) stopped: number;
  @Field(() => Float, { nullable: true, description: 'met / (met + breached), 0–1; null when none was met or breached.' }) metRate: number | null;
}

@ObjectType({ description: 'SLA breaches on one day in the default business calendar’s time zone.' })
export class SlaBreachDay {
  @Field({ description: 'YYYY-MM-DD in the dashboard’s time zone.' }) day: string;
  @Field(() => Int, { description: 'Milestones that ended late on this day.' }) completed: number;
  @Field(() => Int, { description: 'Open cases late now (today only).' }) open: number;
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'The headline figures.' })
export class ServiceHeadline {
  @Field(() => Int, { description: 'Open cases (neither resolved nor closed).' }) open: number;
  @Field(() => Int, { description: 'Open cases with an SLA milestone past due.' }) openBreached: number;
  @Field(() => Int, { description: 'Cases resolved in the last 7 days (today and the 6 before, in the dashboard’s time zone).' }) resolvedThisWeek: number;
  @Field(() => Int, { description: 'First responses met within the period.' }) firstResponseMet: number;
  @Field(() => Int, { description: 'First responses breached within the period.' }) firstResponseBreached: number;
  @Field(() => Float, { nullable: true, description: 'First responses met / (met + breached) within the period; null when there were none.' }) firstResponseMetRate: number | null;
}

const CostBasis = graphqlEnum('CostBasis', COST_BASES);
const Channel = graphqlEnum('CaseChannel', CASE_CHANNELS);

@ObjectType({ description: 'What serving one channel cost over the period (cases opened in it).' })
export class ChannelCostRow {
  @Field(() => Channel) channel: string;
  @Field(() => Int) cases: number;
  @Field(() => Float, { description: 'Minutes of calls and chats on these cases.' }) handledMinutes: number;
  @Field(() => CostBasis, { nullable: true, description: 'Null: no price set for the channel.' }) basis: string | null;
  @Field(() => Float, { nullable: true }) rate: number | null;
  @Field(() => Float) cost: number;
  @Field(() => Float, { nullable: true }) costPerCase: number | null;
}

@ObjectType({ description: 'What serving the customers of one tier cost over the period.' })
export class TierCostRow {
  @Field(() => String, { nullable: true, description: 'The account tier; null for cases without an account or tier.' }) tier: string | null;
  @Field(() => Int) cases: number;
  @Field(() => Float) handledMinutes: number;
  @Field(() => Float) cost: number;
  @Field(() => Float, { nullable: true }) costPerCase: number | null;
}

@ObjectType({ description: 'Cost to serve over the period, in the base currency, for the cases the viewer may read.' })
export class CostToServe {
  @Field() currency: string;
  @Field(() => [ChannelCostRow], { description: 'Every channel, in the order of the channel list.' }) byChannel: ChannelCostRow[];
  @Field(() => [TierCostRow], { description: 'Tiers with cases, by name; no tier last.' }) byTier: TierCostRow[];
  @Field(() => Int) cases: number;
  @Field(() => Float) handledMinutes: number;
  @Field(() => Float) cost: number;
}

@ObjectType({ description: 'The price of serving a channel.' })
export class ServiceChannelCost {
  @Field(() => Channel) channel: string;
  @Field(() => CostBasis) basis: string;
  @Field(() => Float, { description: 'In the base currency, per handled minute or per case.' }) amount: number;
}

@InputType({ description: 'Prices a channel; amount null removes its price.' })
export class SetServiceChannelCostInput {
  @Field(() => Channel) @IsIn(CASE_CHANNELS) channel: string;
  @Field(() => CostBasis, { nullable: true }) @IsOptional() @IsIn(COST_BASES) basis?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) amount?: number | null;
}

@ObjectType({ description: 'The service dashboard over the cases the viewer may read.' })
export class ServiceDashboard {
  @Field(() => GraphQLISODateTime, { description: 'The attainment period’s start (inclusive).' }) from: Date;
  @Field(() => GraphQLISODateTime, { description: 'The attainment period’s end (exclusive).' }) to: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the figures were counted.' }) asOf: Date;
  @Field({ description: 'The time zone days are counted in: the default business calendar’s (UTC without one).' }) timeZone: string;
  @Field(() => Float, { description: 'The met rate below which a rate is marked (0–1).' }) attainmentTarget: number;
  @Field(() => ServiceHeadline) headline: ServiceHeadline;
  @Field(() => [CaseAgeRow], { description: 'Open cases by age, youngest first, every bucket.' }) openByAge: CaseAgeRow[];
  @Field(() => [CasePriorityCount], { description: 'Open cases by priority, low to urgent.' }) openByPriority: CasePriorityCount[];
  @Field(() => [SlaAttainmentRow], { description: 'By team (no team last), priority (urgent first), milestone.' }) attainment: SlaAttainmentRow[];
  @Field(() => [SlaBreachDay], { description: 'The last 7 days, oldest first, days without breaches as 0.' }) breachesThisWeek: SlaBreachDay[];
  @Field(() => CostToServe, { description: 'Cases opened in the period by channel and tier, their handled minutes and what they cost at the channels’ prices.' }) costToServe: CostToServe;
}
