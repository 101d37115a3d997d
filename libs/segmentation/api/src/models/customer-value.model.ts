import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional } from 'class-validator';

@ObjectType({ description: 'A customer’s value as of the last metrics run.' })
export class CustomerMetrics {
  @Field(() => GraphQLISODateTime) asOf: Date;
  @Field(() => Int, { nullable: true, description: 'Days since the last completed order; null: never ordered.' }) recency: number | null;
  @Field(() => Int, { description: 'Completed orders.' }) frequency: number;
  @Field(() => Float, { description: 'Sum of completed orders.' }) monetary: number;
  @Field(() => Int, { nullable: true }) r: number | null;
  @Field(() => Int, { nullable: true }) f: number | null;
  @Field(() => Int, { nullable: true }) m: number | null;
  @Field(() => String, { nullable: true, description: 'Named RFM cell (champions, loyal, at_risk, …).' }) rfmCell: string | null;
  @Field(() => Float, { nullable: true, description: 'Discounted expected spend over the next 52 weeks (BG/NBD × Gamma-Gamma).' }) clv: number | null;
  @Field(() => Float, { nullable: true, description: 'Probability the customer is still buying (BG/NBD).' }) pAlive: number | null;
  @Field(() => Float, { nullable: true, description: '1 − P(alive), for repeat buyers.' }) churnRisk: number | null;
  @Field(() => String, { nullable: true, description: 'low, medium or high.' }) churnBand: string | null;
  @Field(() => Float, { nullable: true, description: 'Expected purchase days in the next 52 weeks.' }) expectedPurchases: number | null;
  @Field({ description: 'subscriber, lead, opportunity, customer, repeat_customer, at_risk or lapsed.' }) lifecycleStage: string;
  @Field(() => GraphQLISODateTime) stageSince: Date;
}

@ObjectType({ description: 'Predicted vs actual purchases after the calibration end, for customers with this many repeat purchases before it.' })
export class HoldoutGroup {
  @Field(() => Int) frequency: number;
  @Field() label: string;
  @Field(() => Int) customers: number;
  @Field(() => Float) meanActual: number;
  @Field(() => Float) meanPredicted: number;
}

@ObjectType({ description: 'One customer metrics run: the fitted BG/NBD (r, alpha, a, b) and Gamma-Gamma (p, q, gamma) parameters and how well they predicted the holdout period.' })
export class ClvModelRun {
  @Field(() => ID) id: string;
  @Field({ description: 'queued, running, succeeded or failed.' }) status: string;
  @Field(() => Int) progress: number;
  @Field(() => GraphQLISODateTime) asOf: Date;
  @Field(() => GraphQLISODateTime) calibrationEnd: Date;
  @Field() timeUnit: string;
  @Field({ description: 'Won opportunities counted as orders in this run.' }) wonDealsAsOrders: boolean;
  @Field(() => Float, { nullable: true }) r: number | null;
  @Field(() => Float, { nullable: true }) alpha: number | null;
  @Field(() => Float, { nullable: true }) a: number | null;
  @Field(() => Float, { nullable: true }) b: number | null;
  @Field(() => Float, { nullable: true }) p: number | null;
  @Field(() => Float, { nullable: true }) q: number | null;
  @Field(() => Float, { nullable: true }) gamma: number | null;
  @Field(() => Float, { nullable: true, description: 'BG/NBD log-likelihood of the fit.' }) logLikelihood: number | null;
  @Field(() => Float, { nullable: true, description: 'Gamma-Gamma log-likelihood of the fit.' }) spendLogLikelihood: number | null;
  @Field(() => Int, { description: 'Customers in the fit.' }) customers: number;
  @Field(() => Int, { nullable: true }) fitMs: number | null;
  @Field(() => Int, { nullable: true }) durationMs: number | null;
  @Field(() => [HoldoutGroup]) holdout: HoldoutGroup[];
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
}

@ObjectType({ description: 'Customers and revenue in one cell of the RFM grid (R by the mean of F and M).' })
export class RfmGridCell {
  @Field(() => Int) r: number;
  @Field(() => Int) fm: number;
  @Field() cell: string;
  @Field(() => Int) customers: number;
  @Field(() => Float) revenue: number;
}

@ObjectType({ description: 'A customer’s order (from a shop, ERP or a won deal).' })
export class Order {
  @Field(() => ID) id: string;
  @Field() externalId: string;
  @Field(() => ID) contactId: string;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field(() => GraphQLISODateTime) orderedAt: Date;
  @Field() currency: string;
  @Field({ description: 'Exact decimal.' }) amount: string;
  @Field({ description: 'completed, returned or cancelled.' }) status: string;
  @Field({ description: 'import, api or opportunity.' }) source: string;
}

@ObjectType({ description: 'An account’s value: its contacts’ metrics summed.' })
export class AccountValue {
  @Field(() => Int, { description: 'Contacts who have bought.' }) customers: number;
  @Field(() => Float) clv: number;
  @Field(() => Float) revenue: number;
  @Field(() => Int, { description: 'Contacts at risk (high churn risk or the at-risk stage).' }) atRisk: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) asOf: Date | null;
}

@ObjectType({ description: 'A segment’s current members you may see, their value summed as of the last metrics run.' })
export class SegmentValue {
  @Field(() => Int, { description: 'Current members you may see.' }) members: number;
  @Field(() => Int, { description: 'Of them, those who have bought.' }) customers: number;
  @Field(() => Float, { description: 'Their lifetime value summed.' }) clv: number;
  @Field(() => Float, { description: 'Their completed orders summed (as stored: currencies are not converted).' }) revenue: number;
  @Field(() => Int, { description: 'Of them, at risk (high churn risk or the at-risk stage).' }) atRisk: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The metrics run the figures come from; null before the first.' }) asOf: Date | null;
}

@ObjectType({ description: 'A customer among the most valuable.' })
export class TopCustomer {
  @Field(() => ID) contactId: string;
  @Field() name: string;
  @Field(() => Float) clv: number;
  @Field(() => Float, { nullable: true }) pAlive: number | null;
  @Field(() => String, { nullable: true }) rfmCell: string | null;
  @Field() lifecycleStage: string;
}

@InputType()
export class RunCustomerMetricsInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default now.' }) @IsOptional() @IsDate() asOf?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default 26 weeks before asOf; the time after it is the holdout.' }) @IsOptional() @IsDate() calibrationEnd?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Count won opportunities (with a primary contact) as orders; default true.' }) @IsOptional() @IsBoolean() wonDealsAsOrders?: boolean | null;
}
