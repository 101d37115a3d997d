import { EntitlementEntity } from './entitlement.entity';
import { CaseEntity, CaseEscalationEntity, CaseEventEntity, CaseMessageEntity, CaseSlaAttainmentEntity, CaseStatusEntity } from './case.entity';
import { ServiceSlaPolicyEntity } from './service-sla-policy.entity';
import { CaseAttachmentEntity } from './case-attachment.entity';
import { ServiceSkillEntity, UserSkillEntity, WorkOrderEntity } from './work-order.entity';
import { CaseReplyTemplateEntity } from './case-reply-template.entity';

export * from './service-sla-policy.entity';
export * from './entitlement.entity';
export * from './case.entity';
export * from './case-attachment.entity';
export * from './work-order.entity';
export * from './case-reply-template.entity';

export const SERVICE_ENTITIES = [ServiceSlaPolicyEntity, EntitlementEntity, CaseEntity, CaseStatusEntity, CaseEventEntity, CaseMessageEntity, CaseEscalationEntity, CaseSlaAttainmentEntity, CaseAttachmentEntity, ServiceSkillEntity, UserSkillEntity, WorkOrderEntity, CaseReplyTemplateEntity];
