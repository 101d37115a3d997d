import { BusinessCalendarEntity } from './business-calendar.entity';
import { ServiceSlaPolicyEntity } from './service-sla-policy.entity';

export * from './business-calendar.entity';
export * from './service-sla-policy.entity';

export const SERVICE_ENTITIES = [BusinessCalendarEntity, ServiceSlaPolicyEntity];
