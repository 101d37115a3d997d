import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

@ObjectType({ description: 'The effect of a strategy on one outcome: treated vs holdout, per person over the window.' })
export class StrategyOutcome {
  @Field({ description: 'orders, revenue, bought (share who bought) or responded (share who opened or clicked a mailing).' }) outcome: string;
  @Field(() => Int) treated: number;
  @Field(() => Int) holdout: number;
  @Field(() => Float) treatedMean: number;
  @Field(() => Float) holdoutMean: number;
  @Field(() => Float, { description: 'treatedMean − holdoutMean.' }) difference: number;
  @Field(() => Float, { description: 'Lower end of the 95% confidence interval of the difference.' }) low: number;
  @Field(() => Float) high: number;
  @Field(() => Float, { nullable: true, description: 'difference / holdoutMean.' }) relative: number | null;
  @Field(() => Float, { nullable: true }) relativeLow: number | null;
  @Field(() => Float, { nullable: true }) relativeHigh: number | null;
  @Field({ description: 'worked (the interval is above 0), hurt (below 0), inconclusive, or too_few (under 30 people in a group).' }) verdict: string;
}

@ObjectType({ description: 'What is done to a segment, with a random holdout that receives nothing, to measure whether it worked.' })
export class SegmentStrategy {
  @Field(() => ID) id: string;
  @Field(() => ID) segmentId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Float) holdoutShare: number;
  @Field(() => Int) seed: number;
  @Field({ description: 'active or ended.' }) status: string;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End of the outcome window; null: until now.' }) endsAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType({ description: 'How the members of a segment at one moment behaved in a later period.' })
export class SegmentCohort {
  @Field(() => Int) members: number;
  @Field(() => Int) buyers: number;
  @Field(() => Int) orders: number;
  @Field(() => Float) revenue: number;
}

@InputType()
export class CreateSegmentStrategyInput {
  @Field(() => ID) @IsUUID('all') segmentId: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the strategy a name.' }) @MaxLength(200) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => Float, { nullable: true, description: 'Default 0.1 (10%).' }) @IsOptional() @IsNumber() @Min(0.01) @Max(0.5) holdoutShare?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default: drawn at random; the same seed gives the same holdout.' }) @IsOptional() @IsInt() @Min(0) @Max(2_147_483_647) seed?: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the outcome window; default now.' }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
}

@InputType()
export class StrategyIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class SegmentStrategyPayload {
  @Field(() => SegmentStrategy) strategy: SegmentStrategy;
}
