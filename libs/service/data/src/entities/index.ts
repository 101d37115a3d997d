import { CsatQueueModeEntity, CsatSettingsEntity, CsatSurveyEntity } from './csat.entity';
import { EntitlementEntity } from './entitlement.entity';
import { CaseEntity, CaseEscalationEntity, CaseEventEntity, CaseMessageEntity, CaseSlaAttainmentEntity, CaseStatusEntity } from './case.entity';
import { ServiceSlaPolicyEntity } from './service-sla-policy.entity';
import { CaseAttachmentEntity } from './case-attachment.entity';
import { ServiceSkillEntity, UserSkillEntity, WorkOrderEntity } from './work-order.entity';
import { CaseReplyTemplateEntity } from './case-reply-template.entity';
import { KnowledgeArticleEntity, KnowledgeArticleProductEntity, KnowledgeArticleVersionEntity, KnowledgeAttachmentEntity, KnowledgeCaseLinkEntity, KnowledgeCategoryEntity, KnowledgeDeflectionEntity, KnowledgeFeedbackEntity } from './knowledge.entity';
import { ServiceChannelCostEntity } from './channel-cost.entity';
import { PortalUserEntity } from './portal-user.entity';
import { AgentPresenceEntity, RoutingItemEntity, RoutingQueueEntity, RoutingQueueRuleEntity, RoutingQueueSkillEntity } from './routing.entity';

export * from './service-sla-policy.entity';
export * from './entitlement.entity';
export * from './case.entity';
export * from './case-attachment.entity';
export * from './work-order.entity';
export * from './case-reply-template.entity';
export * from './knowledge.entity';
export * from './csat.entity';
export * from './routing.entity';
export * from './channel-cost.entity';
export * from './portal-user.entity';

export const SERVICE_ENTITIES = [ServiceSlaPolicyEntity, EntitlementEntity, CaseEntity, CaseStatusEntity, CaseEventEntity, CaseMessageEntity, CaseEscalationEntity, CaseSlaAttainmentEntity, CaseAttachmentEntity, ServiceSkillEntity, UserSkillEntity, WorkOrderEntity, CaseReplyTemplateEntity, RoutingQueueEntity, RoutingQueueSkillEntity, RoutingQueueRuleEntity, AgentPresenceEntity, RoutingItemEntity, ServiceChannelCostEntity, PortalUserEntity, CsatSurveyEntity, CsatSettingsEntity, CsatQueueModeEntity, KnowledgeCategoryEntity, KnowledgeArticleEntity, KnowledgeArticleVersionEntity, KnowledgeArticleProductEntity, KnowledgeFeedbackEntity, KnowledgeCaseLinkEntity, KnowledgeAttachmentEntity, KnowledgeDeflectionEntity];
