import { EmailTemplateEntity, EmailTemplateVersionEntity } from './email-template.entity';
import { ConsentConfirmationEntity, ConsentEntity, ConsentEventEntity, GlobalConsentEntity, SubscriptionTypeEntity, SuppressionEntity } from './consent.entity';
import { CampaignCostEntity, CampaignEntity, CampaignMemberEntity } from './campaign.entity';
import { ContactPolicyEntity, MailingEntity, MailingEventEntity, MailingSendEntity } from './mailing.entity';
import { NurtureEnrolmentEntity, NurtureEntity, NurtureStepEntity } from './nurture.entity';
import { InboundMessageEntity } from './inbound-message.entity';
import { WebInterestRuleEntity, WebVisitorEntity, WebVisitorSettingsEntity } from './visitor.entity';

export * from './campaign.entity';
export * from './consent.entity';
export * from './email-template.entity';
export * from './inbound-message.entity';
export * from './mailing.entity';
export * from './nurture.entity';
export * from './visitor.entity';

export const MARKETING_ENTITIES = [CampaignEntity, CampaignMemberEntity, CampaignCostEntity, SubscriptionTypeEntity, ConsentEntity, GlobalConsentEntity, ConsentEventEntity, ConsentConfirmationEntity, SuppressionEntity, EmailTemplateEntity, EmailTemplateVersionEntity, MailingEntity, MailingSendEntity, MailingEventEntity, ContactPolicyEntity, NurtureEntity, NurtureStepEntity, NurtureEnrolmentEntity, InboundMessageEntity, WebVisitorEntity, WebInterestRuleEntity, WebVisitorSettingsEntity];
