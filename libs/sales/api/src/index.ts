export * from './sales.module';
export * from './models';
export { ConvertLeadPayload, DuplicateCandidate } from './resolvers/lead.resolver';
export { HandoverService } from './services/handover.service';
