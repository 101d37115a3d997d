export * from './service.module';
export { BusinessCalendarsService, toCalendar } from './services/business-calendars.service';
export { SlaPoliciesService } from './services/sla-policies.service';
