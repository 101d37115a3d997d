import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Connection, DateTimeFilter, IdFilter, NumberFilter, StringFilter } from '@rapport/shared-api';
import { LeadSource, LeadStatus } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { LeadOrderField, LeadSourceEnum, LeadStatusEnum } from './enums';

@ObjectType()
export class Lead {
  @Field(() => GraphQLJSONObject, { description: 'Values of admin-defined fields, by key.' }) customFields: Record<string, unknown>;
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) company: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => LeadSourceEnum) source: LeadSource;
  @Field(() => String, { nullable: true }) campaign: string | null;
  @Field(() => LeadStatusEnum) status: LeadStatus;
  @Field(() => String, { nullable: true }) productInterest: string | null;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => Int, { description: 'Lead score 0–100 from the scoring rules.' }) score: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) slaDueAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) convertedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  ownerId: string | null;
  convertedAccountId: string | null;
  convertedContactId: string | null;
  convertedOpportunityId: string | null;
}

@ObjectType()
export class LeadConnection extends Connection(Lead, 'Lead') {}

@InputType()
export class LeadSourceFilter {
  @Field(() => LeadSourceEnum, { nullable: true }) eq?: LeadSource;
  @Field(() => [LeadSourceEnum], { nullable: true }) in?: LeadSource[];
}

@InputType()
export class LeadStatusFilter {
  @Field(() => LeadStatusEnum, { nullable: true }) eq?: LeadStatus;
  @Field(() => LeadStatusEnum, { nullable: true }) ne?: LeadStatus;
  @Field(() => [LeadStatusEnum], { nullable: true }) in?: LeadStatus[];
}

@InputType()
export class LeadFilter {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filters on custom fields: { <key>: { eq | in | contains | gte | … } }.' }) customFields?: Record<string, unknown>;
  @Field(() => [LeadFilter], { nullable: true }) and?: LeadFilter[];
  @Field(() => [LeadFilter], { nullable: true }) or?: LeadFilter[];
  @Field(() => LeadFilter, { nullable: true }) not?: LeadFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) firstName?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) lastName?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) company?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) email?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) phone?: StringFilter;
  @Field(() => LeadSourceFilter, { nullable: true }) source?: LeadSourceFilter;
  @Field(() => LeadStatusFilter, { nullable: true }) status?: LeadStatusFilter;
  @Field(() => StringFilter, { nullable: true }) campaign?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) country?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) productInterest?: StringFilter;
  @Field(() => NumberFilter, { nullable: true }) score?: NumberFilter;
  @Field(() => IdFilter, { nullable: true }) ownerId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
}

export const LeadOrderBy = customizableOrderByInput('LeadOrderBy', LeadOrderField);
export type LeadOrderBy = InstanceType<typeof LeadOrderBy>;

@InputType()
export class CreateLeadInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })
  @IsOptional()
  @IsObject()
  customFields?: Record<string, unknown>;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @Field() @IsString() @Length(1, 100, { message: 'Last name must be 1 to 100 characters.' }) lastName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) company?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'Enter a valid email address.' }) @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string | null;
  @Field(() => LeadSourceEnum) @IsIn(Object.values(LeadSource), { message: 'Choose a source.' }) source: LeadSource;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) campaign?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) productInterest?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) region?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) message?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) @IsOptional() @IsUUID('all') ownerId?: string;
}

@InputType()
export class UpdateLeadInput extends PartialType(CreateLeadInput, { skipNullProperties: false }) {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => LeadStatusEnum, { nullable: true }) @IsOptional() @IsIn(Object.values(LeadStatus)) status?: LeadStatus;
}

@InputType()
export class ConvertLeadInput {
  @Field(() => ID) @IsUUID('all') leadId: string;
  @Field({ defaultValue: false }) @IsBoolean() createOpportunity: boolean;
  @Field(() => ID, { nullable: true, description: 'Link to this account instead of matching or creating one.' })
  @IsOptional()
  @IsUUID('all')
  accountId?: string;
  @Field(() => ID, { nullable: true, description: 'Link to this contact instead of matching or creating one.' })
  @IsOptional()
  @IsUUID('all')
  contactId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) opportunityName?: string;
}

@ObjectType()
export class LeadPayload {
  @Field(() => Lead) lead: Lead;
}
@ObjectType()
export class CreateLeadPayload extends LeadPayload {}
@ObjectType()
export class UpdateLeadPayload extends LeadPayload {}
