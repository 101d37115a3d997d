
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { ApiFields, InputFields, UpdateFields } from '@rapport/shared-domain';
import { Connection, CustomFieldInput, CustomFieldValues, customizableOrderByInput, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic, orderFieldEnum } from '@rapport/shared-api';
import { CAMPAIGN } from '@rapport/marketing-domain';

// The campaign's fields come from CAMPAIGN (marketing-domain, docs/adr/0011), declared on these
// classes below and typed by the merged interfaces; parent, owner, members, costs and return are resolved.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Campaign extends ApiFields<typeof CAMPAIGN>, CustomFieldValues {}
@ObjectType({ description: 'A marketing campaign: what was spent to reach people, and who responded.' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Campaign {}
declareOutputFields(Campaign, CAMPAIGN);

@ObjectType()
export class CampaignConnection extends Connection(Campaign, 'Campaign') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface CampaignFilter extends Partial<Record<keyof typeof CAMPAIGN.fields, unknown>>, FilterLogic<CampaignFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CampaignFilter {}
declareFilterFields(CampaignFilter, CAMPAIGN);

export const CampaignOrderField = orderFieldEnum(CAMPAIGN);
export const CampaignOrderBy = customizableOrderByInput('CampaignOrderBy', CampaignOrderField);
export type CampaignOrderBy = InstanceType<typeof CampaignOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateCampaignInput extends InputFields<typeof CAMPAIGN>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateCampaignInput {}
declareInputFields(CreateCampaignInput, CAMPAIGN);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface UpdateCampaignInput extends UpdateFields<typeof CAMPAIGN>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class UpdateCampaignInput {
  @Field(() => ID) @IsUUID('all') id: string;
}
declareInputFields(UpdateCampaignInput, CAMPAIGN, 'update');

@ObjectType()
export class CampaignPayload {
  @Field(() => Campaign) campaign: Campaign;
}
@ObjectType()
export class CreateCampaignPayload extends CampaignPayload {}
@ObjectType()
export class UpdateCampaignPayload extends CampaignPayload {}

@ObjectType({ description: 'What this viewer may do with the campaign (the rules its mutations apply).' })
export class CampaignViewerCan {
  @Field({ description: 'Edit it, add members and costs, change member statuses.' }) update: boolean;
}
