import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { ServiceSlaPolicy } from './sla-policy.model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('Entitlement', { description: 'An account’s service contract: dates, products covered, visits or hours counted, the SLA policy its cases are served under.' })
export class Entitlement {
  @Field(() => ID) id: string;
  @Field(() => ID) accountId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The level of service in a word (gold, silver, …).' }) level: string | null;
  @Field({ description: 'First day, YYYY-MM-DD.' }) startsOn: string;
  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; null: open-ended.' }) endsOn: string | null;
  @Field(() => [ID], { description: 'Products covered; empty: every product.' }) productIds: string[];
  @Field(() => Int, { nullable: true, description: 'On-site visits included; null: not counted.' }) visitsTotal: number | null;
  @Field(() => Int) visitsUsed: number;
  @Field(() => Float, { nullable: true, description: 'Service hours included; null: not counted.' }) hoursTotal: number | null;
  @Field(() => Float) hoursUsed: number;
  @Field(() => ID) policyId: string;
  @Field(() => ServiceSlaPolicy, { nullable: true, description: 'Null for readers without service set-up access.' }) policy?: ServiceSlaPolicy | null;
}

@InputType()
export class CreateEntitlementInput {
  @Field(() => ID) @IsUUID('all') accountId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) level?: string | null;
  @Field() @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' }) startsOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' }) endsOn?: string | null;
  @Field(() => ID) @IsUUID('all') policyId: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) productIds?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() visitsTotal?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() hoursTotal?: number | null;
}

@InputType()
export class UpdateEntitlementInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) level?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'A date, or null for open-ended; left out: unchanged.' }) @IsOptional() @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' }) endsOn?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') policyId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) productIds?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() visitsTotal?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) visitsUsed?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() hoursTotal?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() hoursUsed?: number | null;
}

@ObjectType()
export class EntitlementPayload {
  @Field(() => Entitlement) entitlement: Entitlement;
}
