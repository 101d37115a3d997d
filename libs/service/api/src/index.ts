export * from './service.module';
export { BusinessCalendarsService, mainlandChinaPreset } from './services/business-calendars.service';
export { SlaPoliciesService } from './services/sla-policies.service';
export { CaseMailService } from './services/case-mail.service';
export { CaseMailer } from './services/case-mailer.service';
export { CasesService } from './services/cases.service';
export { CaseThreadService } from './services/case-thread.service';
export { CaseClocksService } from './services/case-clocks.service';
