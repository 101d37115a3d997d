import { Field, Float, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import type { AttributionModel } from '@rapport/marketing-domain';
import { Campaign } from './campaign.model';
import { AttributionModelEnum } from './member.model';

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
