import { CampaignCostEntity, CampaignEntity, CampaignMemberEntity } from './campaign.entity';

export * from './campaign.entity';

export const MARKETING_ENTITIES = [CampaignEntity, CampaignMemberEntity, CampaignCostEntity];
