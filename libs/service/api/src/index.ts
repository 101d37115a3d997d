export * from './service.module';
export { BusinessCalendarsService, mainlandChinaPreset } from './services/business-calendars.service';
export { SlaPoliciesService } from './services/sla-policies.service';
