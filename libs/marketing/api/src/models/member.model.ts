import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDateString, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { Connection, DateTimeFilter, IdFilter, StringFilter } from '@rapport/shared-api';
import { Contact, Lead } from '@rapport/sales-api';
import { graphqlEnum, IsDecimal } from '@rapport/shared-api';
import { ATTRIBUTION_MODELS, type AttributionModel } from '@rapport/marketing-domain';
import { FUNNEL_STEPS, type FunnelStep } from '@rapport/marketing-data';
import { Campaign } from './campaign.model';

export const AttributionModelEnum = graphqlEnum('AttributionModel', ATTRIBUTION_MODELS) as Record<string, AttributionModel>;

@ObjectType({ description: 'A contact or a lead on a campaign, once per campaign.' })
export class CampaignMember {
  @Field(() => ID) id: string;
  @Field(() => ID) campaignId: string;
  @Field({ description: 'A status of the campaign type’s set (campaignMemberStatuses).' }) status: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the member first reached a status that counts as a response.' }) respondedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => Contact, { nullable: true }) contact?: Contact | null;
  @Field(() => Lead, { nullable: true }) lead?: Lead | null;
}

@ObjectType()
export class CampaignMemberConnection extends Connection(CampaignMember, 'CampaignMember') {}

@InputType()
export class CampaignMemberFilter {
  @Field(() => [CampaignMemberFilter], { nullable: true }) and?: CampaignMemberFilter[];
  @Field(() => [CampaignMemberFilter], { nullable: true }) or?: CampaignMemberFilter[];
  @Field(() => CampaignMemberFilter, { nullable: true }) not?: CampaignMemberFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) status?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) respondedAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => IdFilter, { nullable: true }) contactId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) leadId?: IdFilter;
}

@ObjectType({ description: 'A status members of a campaign type can have.' })
export class CampaignMemberStatusOption {
  @Field() value: string;
  @Field({ description: 'Reaching it counts as a response (stamps respondedAt).' }) responded: boolean;
}

@InputType()
export class AddCampaignMembersInput {
  @Field(() => ID) @IsUUID('all') campaignId: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) contactIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) leadIds?: string[];
  @Field(() => String, { nullable: true, description: 'Defaults to the first status of the campaign type.' }) @IsOptional() @IsString() @MaxLength(40) status?: string;
}

@InputType()
export class AddSegmentToCampaignInput {
  @Field(() => ID) @IsUUID('all') campaignId: string;
  @Field(() => ID) @IsUUID('all') segmentId: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the first status of the campaign type.' }) @IsOptional() @IsString() @MaxLength(40) status?: string;
}

@ObjectType()
export class AddCampaignMembersPayload {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => Int, { description: 'People added now.' }) added: number;
  @Field(() => Int, { description: 'People who were members already (left as they were).' }) alreadyMembers: number;
}

@InputType()
export class UpdateCampaignMemberStatusInput {
  @Field(() => ID) @IsUUID('all') campaignId: string;
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true }) memberIds: string[];
  @Field() @IsString() @MaxLength(40) status: string;
}

@ObjectType()
export class UpdateCampaignMemberStatusPayload {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => Int, { description: 'Members whose status changed.' }) updated: number;
}

@ObjectType({ description: 'One itemised cost of a campaign, in the campaign’s currency.' })
export class CampaignCost {
  @Field(() => ID) id: string;
  @Field({ description: 'YYYY-MM-DD' }) incurredOn: string;
  @Field() category: string;
  @Field(() => Float) amount: number;
  @Field() currency: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true }) attachmentUrl: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@InputType()
export class AddCampaignCostInput {
  @Field(() => ID) @IsUUID('all') campaignId: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Use a date like 2026-12-31.' }) incurredOn: string;
  @Field() @IsString() @Length(1, 80) category: string;
  // The money check every derived input uses (class-validator's maxDecimalPlaces throws on values like 5e-324).
  @Field(() => Float) @IsDecimal(2) amount: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: false }, { message: 'Enter a web address like example.com.' }) @MaxLength(2000) attachmentUrl?: string | null;
}

@ObjectType()
export class AddCampaignCostPayload {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => CampaignCost) cost: CampaignCost;
}

@ObjectType({ description: 'What a campaign and every campaign below it cost and reached (the return by attribution model follows with Campaign.roi).' })
export class CampaignTotals {
  @Field(() => Float, { description: 'Sum of the cost lines, sub-campaigns included, in the campaign’s currency.' }) actualCost: number;
  @Field(() => Int) members: number;
  @Field(() => Int, { description: 'Members who reached a response status.' }) responses: number;
  @Field(() => Float, { nullable: true, description: 'Responses per member, 0–1; null without members.' }) responseRate: number | null;
  @Field(() => Int, { description: 'Campaigns below this one, at any depth.' }) subCampaigns: number;
}

@ObjectType({ description: 'What a campaign and every campaign below it returned, under one attribution model.' })
export class CampaignRoi {
  @Field(() => AttributionModelEnum) model: AttributionModel;
  @Field(() => Int, { description: 'Days before an opportunity was created in which a response counts as a touch.' }) windowDays: number;
  @Field(() => String, { description: 'The campaign’s currency, which every amount here is in: cost lines converted at the day they were incurred, won deals at the day they closed, open pipeline at today’s rate.' }) currency: string;
  @Field(() => [String], { description: 'Currencies with no exchange rate at all: amounts in them are left out until an admin records a rate.' }) missingRates: string[];
  @Field(() => Float, { description: 'Sum of the cost lines, sub-campaigns included.' }) actualCost: number;
  @Field(() => Float, { description: 'Won amount attributed to these campaigns; a deal’s shares add up to exactly its amount.' }) wonAmount: number;
  @Field(() => Int, { description: 'Won deals with a share for these campaigns.' }) wonDeals: number;
  @Field(() => Int, { description: 'Opportunities (any stage) a member response touched.' }) opportunities: number;
  @Field(() => Float, { description: 'Amount of the open opportunities among them.' }) pipelineAmount: number;
  @Field(() => Int, { description: 'Members that are leads.' }) leads: number;
  @Field(() => Int) responses: number;
  @Field(() => Float, { nullable: true, description: '(wonAmount − actualCost) / actualCost; null (undefined) when nothing was spent.' }) roi: number | null;
  @Field(() => Float, { nullable: true }) costPerLead: number | null;
  @Field(() => Float, { nullable: true }) costPerWonDeal: number | null;
}

export const FunnelStepEnum = graphqlEnum('CampaignFunnelStep', FUNNEL_STEPS) as Record<string, FunnelStep>;

@ObjectType({ description: 'One step of “did they reach sales”: members who reached it, and the median time from their response.' })
export class CampaignFunnelStepRow {
  @Field(() => FunnelStepEnum) step: FunnelStep;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from the response to this step (null for the first two steps, or when nobody reached it).' }) medianHours: number | null;
}
