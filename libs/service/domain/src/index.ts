export * from './sla/sla-clock';
export * from './calendars/mainland-china';
export * from './calendars/taiwan';
export * from './calendars/icalendar-days';
export * from './sla/sla-policy';
export * from './sla/entitlement';
