import { BusinessCalendarEntity } from './business-calendar.entity';
import { EntitlementEntity } from './entitlement.entity';
import { ServiceSlaPolicyEntity } from './service-sla-policy.entity';

export * from './business-calendar.entity';
export * from './service-sla-policy.entity';
export * from './entitlement.entity';

export const SERVICE_ENTITIES = [BusinessCalendarEntity, ServiceSlaPolicyEntity, EntitlementEntity];
