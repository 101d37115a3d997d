export * from './service.module';
export { BusinessCalendarsService, mainlandChinaPreset, toCalendar } from './services/business-calendars.service';
export { SlaPoliciesService } from './services/sla-policies.service';
