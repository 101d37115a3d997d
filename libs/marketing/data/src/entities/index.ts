import { EmailTemplateEntity, EmailTemplateVersionEntity } from './email-template.entity';
import { ConsentConfirmationEntity, ConsentEntity, ConsentEventEntity, GlobalConsentEntity, SubscriptionTypeEntity, SuppressionEntity } from './consent.entity';
import { CampaignCostEntity, CampaignEntity, CampaignMemberEntity } from './campaign.entity';
import { ContactPolicyEntity, MailingEntity, MailingEventEntity, MailingSendEntity } from './mailing.entity';

export * from './campaign.entity';
export * from './consent.entity';
export * from './email-template.entity';
export * from './mailing.entity';

export const MARKETING_ENTITIES = [CampaignEntity, CampaignMemberEntity, CampaignCostEntity, SubscriptionTypeEntity, ConsentEntity, GlobalConsentEntity, ConsentEventEntity, ConsentConfirmationEntity, SuppressionEntity, EmailTemplateEntity, EmailTemplateVersionEntity, MailingEntity, MailingSendEntity, MailingEventEntity, ContactPolicyEntity];
