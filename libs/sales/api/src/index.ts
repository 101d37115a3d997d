export * from './sales.module';
export * from './models';
export { ConvertLeadPayload, DuplicateCandidate } from './models/lead-conversion.model';
export { HandoverService } from './services/handover.service';
export { ActivitiesService } from './services/activities.service';
export { AccountsService } from './services/accounts.service';
export { ContactsService } from './services/contacts.service';
export { LeadsService } from './services/leads.service';
