import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How a lead came in and was routed, and where its first-response SLA stands.' })
export class LeadIntake {
  @Field(() => GraphQLISODateTime) receivedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) routedAt: Date | null;
  @Field(() => ID, { nullable: true }) ruleId: string | null;
  @Field(() => String, { nullable: true, description: 'Why this owner: the rule, the distribution and who was skipped.' }) explanation: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The decision behind `explanation` as JSON (ruleName, conditions, reason, chosenName, skipped with why, passed), for wording it in another language.',
  })
  explanationJson: string | null;
  @Field({ description: 'high, normal or low (from the grade).' }) priority: string;
  @Field(() => Int, { nullable: true, description: 'First-response time in business minutes.' }) slaMinutes: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) slaDueAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) firstResponseAt: Date | null;
  @Field({ description: 'on_track, at_risk (half the time used), breached or answered.' }) slaState: string;
}

@ObjectType({ description: 'Unanswered inquiries of one source: the number that should read zero.' })
export class UnansweredBySource {
  @Field() source: string;
  @Field(() => Int) open: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) breached: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) oldestReceivedAt: Date | null;
}

@ObjectType()
export class UnansweredSummary {
  @Field(() => Int) total: number;
  @Field(() => Int) breached: number;
  @Field(() => [UnansweredBySource]) bySource: UnansweredBySource[];
}
