import { ApiKeyEntity } from './api-key.entity';
import { AuditLogEntity } from './audit-log.entity';
import { BusinessCalendarEntity } from './business-calendar.entity';
import { NotificationEntity } from './notification.entity';
import { CustomFieldDefinitionEntity } from './custom-field-definition.entity';
import { SavedViewEntity } from './saved-view.entity';
import { PicklistValueEntity } from './picklist-value.entity';
import { OutboxEntity, OutboxReconcileTotalEntity } from './outbox.entity';
import { RecordShareEntity } from './record-share.entity';
import { LoginAttemptEntity, SessionEntity } from './session.entity';
import { TeamEntity } from './team.entity';
import { TimelineEventEntity } from './timeline-event.entity';
import { UserEntity } from './user.entity';

export * from './base-record';
export * from './user.entity';
export * from './team.entity';
export * from './session.entity';
export * from './api-key.entity';
export * from './audit-log.entity';
export * from './timeline-event.entity';
export * from './outbox.entity';
export * from './record-share.entity';
export * from './notification.entity';
export * from './custom-field-definition.entity';
export * from './saved-view.entity';
export * from './picklist-value.entity';
export * from './business-calendar.entity';

/** Shared (platform) entities; each domain's data lib exports its own list. */
export const SHARED_ENTITIES = [
  UserEntity,
  TeamEntity,
  SessionEntity,
  LoginAttemptEntity,
  ApiKeyEntity,
  AuditLogEntity,
  TimelineEventEntity,
  OutboxEntity,
  OutboxReconcileTotalEntity,
  RecordShareEntity,
  NotificationEntity,
  BusinessCalendarEntity,
  CustomFieldDefinitionEntity,
  SavedViewEntity,
  PicklistValueEntity,
];
