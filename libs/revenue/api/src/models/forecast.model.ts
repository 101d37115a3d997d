import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Connection, IsDecimal } from '@rapport/shared-api';
import { FORECAST_CATEGORIES } from '@rapport/revenue-domain';

@InputType()
export class PeriodInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(4) quarter?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) month?: number | null;
}

@ObjectType()
export class ForecastCategoryAmount {
  @Field({ description: 'pipeline, best_case, commit, closed or omitted' }) category: string;
  @Field(() => Float) amount: number;
}

@ObjectType()
export class ForecastAdjustment {
  @Field(() => ID) id: string;
  @Field(() => ID) managerId: string;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() category: string;
  @Field(() => Float) amount: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class ForecastRow {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => [ForecastCategoryAmount]) categories: ForecastCategoryAmount[];
  @Field(() => Float) weighted: number;
  @Field(() => Float, { nullable: true }) quota: number | null;
  @Field(() => Float, { nullable: true, description: 'Closed won ÷ quota, percent.' }) attainment: number | null;
}

@ObjectType()
export class ForecastTrendPoint {
  @Field() takenOn: string;
  @Field(() => Float) commit: number;
  @Field(() => Float) bestCase: number;
  @Field(() => Float) closed: number;
  @Field(() => Float) weighted: number;
}

@ObjectType()
export class Forecast {
  @Field() period: string;
  @Field() currency: string;
  @Field(() => [ForecastCategoryAmount], { description: 'The reps’ own numbers, summed over the scope.' }) categories: ForecastCategoryAmount[];
  @Field(() => Float) weighted: number;
  @Field(() => Float, { nullable: true }) quota: number | null;
  @Field(() => Float, { nullable: true }) attainment: number | null;
  @Field(() => [ForecastAdjustment], { description: 'Managers’ calls, kept beside the reps’ numbers.' }) adjustments: ForecastAdjustment[];
  @Field(() => [ForecastCategoryAmount], { description: 'Each category with the latest manager adjustment applied.' }) adjusted: ForecastCategoryAmount[];
  @Field(() => [ForecastRow], { description: 'Per rep in scope.' }) byRep: ForecastRow[];
  @Field(() => [ForecastTrendPoint], { description: 'Weekly snapshots of this period (quarters).' }) trend: ForecastTrendPoint[];
}

@InputType()
export class AdjustForecastInput {
  @Field(() => PeriodInput) @ValidateNested() @Type(() => PeriodInput) period: PeriodInput;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') userId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field() @IsIn(['commit', 'best_case', 'pipeline', 'closed'], { message: 'category must be commit, best_case, pipeline or closed' }) category: string;
  @Field(() => Float) @IsDecimal(2) @Min(0) @Max(1e12) amount: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class SetQuotaInput {
  @Field(() => ID) @IsUUID('all') userId: string;
  @Field(() => PeriodInput) @ValidateNested() @Type(() => PeriodInput) period: PeriodInput;
  @Field(() => Float) @IsDecimal(2) @Min(0) @Max(1e12) amount: number;
}

@ObjectType()
export class AdjustForecastPayload {
  @Field(() => ForecastAdjustment) adjustment: ForecastAdjustment;
}

@ObjectType()
export class SetQuotaPayload {
  @Field(() => ID) userId: string;
  @Field(() => Float) amount: number;
}

export const CATEGORY_NAMES = FORECAST_CATEGORIES;

@ObjectType()
export class Commitment {
  @Field(() => ID) id: string;
  @Field({ description: 'discount, delivery_date, follow_up, free_service or other' }) kind: string;
  @Field() description: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt: Date | null;
  @Field({ description: 'open, kept or broken' }) status: string;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) opportunityId: string | null;
  @Field(() => ID, { nullable: true }) activityId: string | null;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType({ description: 'What you may do with this promise; resolveCommitment refuses exactly what is false (revenue-domain commitmentActions).' })
export class CommitmentViewerCan {
  @Field({ description: 'Mark it kept or broken, or open it again (resolveCommitment).' }) resolve: boolean;
}

@ObjectType()
export class CommitmentConnection extends Connection(Commitment, 'Commitment') {}

@InputType()
export class CreateCommitmentInput {
  @Field() @IsIn(['discount', 'delivery_date', 'follow_up', 'free_service', 'other'], { message: 'kind must be discount, delivery_date, follow_up, free_service or other' }) kind: string;
  @Field() @IsString() @MaxLength(2000) description: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() dueAt?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') accountId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') contactId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') opportunityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') activityId?: string;
}

@InputType()
export class ResolveCommitmentInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field() @IsIn(['kept', 'broken', 'open']) status: string;
}

@ObjectType()
export class CommitmentPayload {
  @Field(() => Commitment) commitment: Commitment;
}
