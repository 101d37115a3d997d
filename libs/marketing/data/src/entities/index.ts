import { ConsentEntity, ConsentEventEntity, GlobalConsentEntity, SubscriptionTypeEntity, SuppressionEntity } from './consent.entity';
import { CampaignCostEntity, CampaignEntity, CampaignMemberEntity } from './campaign.entity';

export * from './campaign.entity';
export * from './consent.entity';

export const MARKETING_ENTITIES = [CampaignEntity, CampaignMemberEntity, CampaignCostEntity, SubscriptionTypeEntity, ConsentEntity, GlobalConsentEntity, ConsentEventEntity, SuppressionEntity];
