import { EntitlementEntity } from './entitlement.entity';
import { CaseEntity, CaseEscalationEntity, CaseEventEntity, CaseMessageEntity, CaseNumberCounterEntity, CaseSlaAttainmentEntity, CaseStatusEntity } from './case.entity';
import { ServiceSlaPolicyEntity } from './service-sla-policy.entity';
import { CaseAttachmentEntity } from './case-attachment.entity';
import { ServiceSkillEntity, UserSkillEntity, WorkOrderEntity } from './work-order.entity';

export * from './service-sla-policy.entity';
export * from './entitlement.entity';
export * from './case.entity';
export * from './case-attachment.entity';
export * from './work-order.entity';

export const SERVICE_ENTITIES = [ServiceSlaPolicyEntity, EntitlementEntity, CaseEntity, CaseStatusEntity, CaseEventEntity, CaseMessageEntity, CaseNumberCounterEntity, CaseEscalationEntity, CaseSlaAttainmentEntity, CaseAttachmentEntity, ServiceSkillEntity, UserSkillEntity, WorkOrderEntity];
