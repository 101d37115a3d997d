import { ArgsType, Field, Float, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsDay } from '@rapport/shared-api';
import { ATTRIBUTION_MODELS, DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, type AttributionModel } from '@rapport/marketing-domain';
import { Campaign } from './campaign.model';
import { AttributionModelEnum } from './member.model';

const WINDOW = 'The window is 0 to 730 days.';

@ArgsType()
export class MarketingReportArgs {
  @Field(() => String, { nullable: true, description: 'First start day (YYYY-MM-DD); null for no lower end.' }) @IsOptional() @IsDay() from: string | null = null;
  @Field(() => String, { nullable: true, description: 'Last start day (YYYY-MM-DD); null for no upper end.' }) @IsOptional() @IsDay() to: string | null = null;
  @Field(() => AttributionModelEnum, { defaultValue: 'even' }) @IsIn([...ATTRIBUTION_MODELS]) model: AttributionModel;
  @Field(() => Int, { defaultValue: DEFAULT_WINDOW_DAYS }) @IsInt({ message: WINDOW }) @Min(0, { message: WINDOW }) @Max(MAX_WINDOW_DAYS, { message: WINDOW }) windowDays: number;
  @Field(() => String, { defaultValue: 'CNY', description: 'The currency every amount is converted to (exchange rates; CNY is the base).' }) @Matches(/^[A-Z]{3}$/, { message: 'Use a 3-letter currency code such as CNY.' }) currency: string;
}

@InterfaceType({ description: 'Cost against return: a campaign’s own figures, a channel’s sum of them, or a period’s total.' })
export abstract class ReturnFigures {
  @Field(() => Float) budget: number;
  @Field(() => Float, { description: 'Sum of the cost lines.' }) actualCost: number;
  @Field(() => Float, { description: 'Won amount attributed under the report’s model.' }) wonAmount: number;
  @Field(() => Int) wonDeals: number;
  @Field(() => Int) members: number;
  @Field(() => Int) responses: number;
  @Field(() => Float, { nullable: true, description: '(wonAmount − actualCost) / actualCost; null (undefined) when nothing was spent.' }) roi: number | null;
}

@ObjectType({ implements: () => [ReturnFigures], description: 'The figures of all the report’s campaigns; a plan’s budget counts once (where sub-campaigns divide it, theirs count).' })
export class ReturnTotal extends ReturnFigures {}

@ObjectType({ implements: () => [ReturnFigures] })
export class CampaignReturnRow extends ReturnFigures {
  @Field(() => Campaign) campaign: Campaign;
}

@ObjectType({ implements: () => [ReturnFigures] })
export class ChannelReturnRow extends ReturnFigures {
  @Field(() => String, { nullable: true, description: 'Null for campaigns without a channel.' }) channel: string | null;
  @Field(() => Int) campaigns: number;
}

@ObjectType({ description: 'The marketing dashboard: return by campaign and by channel for campaigns starting in a period.' })
export class MarketingReport {
  @Field(() => AttributionModelEnum) model: AttributionModel;
  @Field(() => Int) windowDays: number;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
  @Field(() => String, { description: 'Every amount of the report is in this currency (converted at the day each cost was incurred or deal closed; budgets at the campaign’s start).' }) currency: string;
  @Field(() => [String], { description: 'Currencies with no exchange rate at all: amounts in them are left out until an admin records a rate.' }) missingRates: string[];
  @Field(() => [CampaignReturnRow], { description: 'Best attributed return first.' }) campaigns: CampaignReturnRow[];
  @Field(() => [ChannelReturnRow]) channels: ChannelReturnRow[];
  @Field(() => ReturnTotal) total: ReturnTotal;
}
