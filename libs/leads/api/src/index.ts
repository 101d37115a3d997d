export * from './leads.module';
export * from './import/lead-import.service';
export { RoutingService } from './services/routing.service';
export { ScoringService } from './services/scoring.service';
export { ScoringModule } from './services/scoring.module';
export { SlaService } from './services/sla.service';
export { PUBLIC_LEAD_MAX_BODY_BYTES } from './rest/public-leads.controller';
export { PublicLeadRateLimiter } from './services/rate-limiter';
// Reading an uploaded sheet (CSV or .xlsx) and its multipart limits, for other domains' uploads (campaign members).
export { detectFormat, readRows, type FileRow } from './import/import-file';
export { ImportUploadInterceptor } from './import/lead-import.controller';
export { formPageLocale } from './services/form-html';
