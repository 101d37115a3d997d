import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, GraphQLISODateTime, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { BooleanFilter, Connection, DateTimeFilter, IdFilter, IsDecimal, NumberFilter, StringFilter } from '@rapport/shared-api';
import { customizableOrderByInput } from './common';
import { OpportunityOrderField } from './enums';
import { Stage } from './pipeline.model';

@ObjectType()
export class Opportunity {
  @Field(() => GraphQLJSONObject, { description: 'Values of admin-defined fields, by key.' }) customFields: Record<string, unknown>;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Float, { nullable: true }) amount: number | null;
  @Field() currency: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) closeDate: string | null;
  @Field(() => String, { nullable: true }) nextStep: string | null;
  @Field(() => String, { nullable: true }) campaign: string | null;
  @Field(() => String, { nullable: true }) wonReason: string | null;
  @Field(() => String, { nullable: true }) lostReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  @Field(() => GraphQLISODateTime) stageChangedAt: Date;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  @Field(() => Stage) stage: Stage;
  accountId: string;
  primaryContactId: string | null;
  pipelineId: string;
  stageId: string;
  ownerId: string | null;
}

@ObjectType()
export class OpportunityConnection extends Connection(Opportunity, 'Opportunity') {}

@InputType()
export class OpportunityFilter {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filters on custom fields: { <key>: { eq | in | contains | gte | … } }.' }) customFields?: Record<string, unknown>;
  @Field(() => [OpportunityFilter], { nullable: true }) and?: OpportunityFilter[];
  @Field(() => [OpportunityFilter], { nullable: true }) or?: OpportunityFilter[];
  @Field(() => OpportunityFilter, { nullable: true }) not?: OpportunityFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) pipelineId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) stageId?: IdFilter;
  @Field(() => NumberFilter, { nullable: true }) amount?: NumberFilter;
  @Field(() => DateTimeFilter, { nullable: true }) closeDate?: DateTimeFilter;
  @Field(() => StringFilter, { nullable: true }) campaign?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true }) isClosed?: BooleanFilter;
  @Field(() => IdFilter, { nullable: true }) ownerId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
}

export const OpportunityOrderBy = customizableOrderByInput('OpportunityOrderBy', OpportunityOrderField);
export type OpportunityOrderBy = InstanceType<typeof OpportunityOrderBy>;

@InputType()
export class CreateOpportunityInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })
  @IsOptional()
  @IsObject()
  customFields?: Record<string, unknown>;
  @Field() @IsString() @Length(1, 200, { message: 'Name must be 1 to 200 characters.' }) name: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose an account.' }) accountId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') primaryContactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the default pipeline.' }) @IsOptional() @IsUUID('all') pipelineId?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the first stage.' }) @IsOptional() @IsUUID('all') stageId?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsDecimal(2) @Min(0, { message: 'The amount cannot be negative.' }) amount?: number | null;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'Use a 3-letter currency code such as CNY.' }) currency?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, { message: 'Use a date like 2026-12-31.' }) closeDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) nextStep?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) campaign?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) @IsOptional() @IsUUID('all') ownerId?: string;
}

@InputType()
export class UpdateOpportunityInput extends PartialType(CreateOpportunityInput, { skipNullProperties: false }) {
  @Field(() => ID) @IsUUID('all') id: string;
}

@InputType()
export class MoveOpportunityStageInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => ID) @IsUUID('all') stageId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) lostReason?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) wonReason?: string | null;
}

@ObjectType()
export class OpportunityPayload {
  @Field(() => Opportunity) opportunity: Opportunity;
}
@ObjectType()
export class CreateOpportunityPayload extends OpportunityPayload {}
@ObjectType()
export class UpdateOpportunityPayload extends OpportunityPayload {}
@ObjectType()
export class MoveOpportunityStagePayload extends OpportunityPayload {}
