import type {
  LeadImportDetailFragment,
  LeadImportSummaryFragment,
  SaveLeadIntakeSettingsMutationVariables,
  SaveRoutingProfileMutationVariables,
  SaveRoutingRuleMutationVariables,
  SaveScoringRuleMutationVariables,
  SaveSlaPolicyMutationVariables,
  SaveWebFormMutationVariables,
  StartLeadImportMutationVariables,
} from '@rapport/web-data-access';

// The data-access barrel re-exports only some schema types; these are derived from the generated
// operations instead, so they follow the schema without touching the barrel.
export type LeadImportField = LeadImportDetailFragment['suggestedMapping'][number]['field'];
export type LeadImportDedupPolicy = LeadImportSummaryFragment['dedupPolicy'];
export type LeadImportStatus = LeadImportSummaryFragment['status'];
export type SaveWebFormInput = SaveWebFormMutationVariables['input'];
export type SaveRoutingRuleInput = SaveRoutingRuleMutationVariables['input'];
export type RoutingCriteriaInput = SaveRoutingRuleInput['criteria'];
export type SaveRoutingProfileInput = SaveRoutingProfileMutationVariables['input'];
export type SaveLeadSettingsInput = SaveLeadIntakeSettingsMutationVariables['input'];
export type SaveScoringRuleInput = SaveScoringRuleMutationVariables['input'];
export type SaveSlaPolicyInput = SaveSlaPolicyMutationVariables['input'];
export type StartLeadImportInput = StartLeadImportMutationVariables['input'];
