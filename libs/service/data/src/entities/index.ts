import { BusinessCalendarEntity } from './business-calendar.entity';

export * from './business-calendar.entity';

export const SERVICE_ENTITIES = [BusinessCalendarEntity];
