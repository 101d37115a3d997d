import { LeadSubmissionEntity } from './lead-submission.entity';
import { LeadEscalationEntity, LeadRoutingEntity, RoutingProfileEntity, RoutingRuleEntity } from './routing.entity';
import { LeadSettingsEntity, ScoringRuleEntity, SlaPolicyEntity } from './settings.entity';
import { WebFormEntity } from './web-form.entity';
import { LEAD_IMPORT_ENTITIES } from './lead-import.entity';
import { PublicLeadRateEntity } from './public-lead-rate.entity';

export * from './web-form.entity';
export * from './lead-submission.entity';
export * from './routing.entity';
export * from './settings.entity';
export * from './lead-import.entity';
export * from './public-lead-rate.entity';

export const LEADS_ENTITIES = [
  WebFormEntity,
  LeadSubmissionEntity,
  RoutingRuleEntity,
  RoutingProfileEntity,
  LeadRoutingEntity,
  LeadEscalationEntity,
  LeadSettingsEntity,
  ScoringRuleEntity,
  SlaPolicyEntity,
  ...LEAD_IMPORT_ENTITIES,
  PublicLeadRateEntity,
];
