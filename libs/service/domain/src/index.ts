export * from './sla/sla-clock';
export * from './calendars/mainland-china';
export * from './calendars/taiwan';
export * from './calendars/icalendar-days';
export * from './sla/sla-policy';
export * from './sla/entitlement';
export * from './cases/case.record';

import { CASE } from './cases/case.record';
/** The service record types in definition form (docs/adr/0011): the web catalogue is generated from these. */
export const SERVICE_RECORDS = [CASE];
export * from './cases/case-status';
export * from './cases/case-number';
export * from './cases/case-events';
export * from './cases/case-actions';
export * from './work-orders/work-order-status';
export * from './work-orders/technician-ranking';
export * from './work-orders/visit-report';
export * from './work-orders/visit-calendar';
export * from './cases/attachments';
export * from './work-orders/visit-token';
export * from './reports/service-dashboard';
export * from './cases/reply-template';
export * from './cases/case-split';
export * from './cases/chat-transcript';
