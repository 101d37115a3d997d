import { IntakeRepository } from './intake.repository';
import { LeadImportJobRepository } from './lead-import-job.repository';
import { LeadImportRepository } from './lead-import.repository';
import { LeadWriter } from './lead-writer';
import { PublicLeadRateRepository } from './public-lead-rate.repository';
import { RoutingRepository } from './routing.repository';
import { ScoringRepository } from './scoring.repository';
import { SetupRepository } from './setup.repository';
import { SlaRepository } from './sla.repository';

export * from './lead-writer';
export * from './intake.repository';
export * from './lead-import-job.repository';
export * from './lead-import.repository';
export { STAGED_COLUMNS, type StagedColumn, type ImportMatchKey } from './lead-import.sql';
export * from './public-lead-rate.repository';
export * from './routing.repository';
export * from './scoring.repository';
export * from './setup.repository';
export * from './sla.repository';
export type { DueStep } from './sla-due';
export * from './intake-calendar';

/** Every repository of the leads domain, for the Nest modules' providers (stateless: an instance per module is harmless). */
export const LEADS_REPOSITORIES = [
  LeadWriter,
  IntakeRepository,
  LeadImportJobRepository,
  LeadImportRepository,
  PublicLeadRateRepository,
  RoutingRepository,
  ScoringRepository,
  SetupRepository,
  SlaRepository,
];
export * from './segment-conditions';
