import type { CaseMessageFieldsFragment, CaseMilestoneFieldsFragment, CaseRowFragment, CasesQueryVariables, LogCaseCallMutationVariables } from '@rapport/web-data-access';

// The schema's case enums and filter, taken from the operations that use them (the data-access
// lib re-exports schema types one by one; these need no entry there).
export type CasePriority = CaseRowFragment['priority'];
export type CaseType = CaseRowFragment['type'];
export type CaseChannel = CaseRowFragment['channel'];
export type CaseMessageChannel = CaseMessageFieldsFragment['channel'];
export type SlaMilestoneKind = CaseMilestoneFieldsFragment['kind'];
export type CaseFilter = NonNullable<CasesQueryVariables['filter']>;
export type CallDirection = LogCaseCallMutationVariables['input']['direction'];
