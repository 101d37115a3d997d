import type { CreateMailingMutationVariables, MailingFieldsFragment, UpdateMailingMutationVariables } from '@rapport/web-data-access';
import dayjs, { type Dayjs } from 'dayjs';

// The mailing wizard's form as pure functions (tested in wizard-values.test.ts): its steps and
// fields, a saved draft to the form and back, and which step a field error belongs to.

export const WIZARD_STEPS = ['content', 'audience', 'schedule', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export interface WizardValues {
  name: string;
  campaignId: string | null;
  templateId: string | null;
  subscriptionTypeId: string | null;
  resendAllowed: boolean;
  campaignMemberStatuses: string[];
  listIds: string[];
  excludeListIds: string[];
  when: 'now' | 'at';
  scheduledAt: Dayjs | null;
  /** As soon as it starts, or at an hour of each recipient's own day (their time zone). */
  delivery: 'asap' | 'local';
  localHour: number | null;
}

export const STEP_FIELDS: Record<WizardStep, readonly (keyof WizardValues)[]> = {
  content: ['name', 'campaignId', 'templateId', 'subscriptionTypeId', 'resendAllowed'],
  audience: ['campaignMemberStatuses', 'listIds', 'excludeListIds'],
  schedule: ['when', 'scheduledAt', 'delivery', 'localHour'],
  review: [],
};

/** Every field an API error may name (after `wizardFieldErrors` moved the audience's up a level). */
export const WIZARD_FIELDS: readonly string[] = Object.values(STEP_FIELDS).flat();

export const EMPTY_WIZARD: WizardValues = {
  name: '',
  campaignId: null,
  templateId: null,
  subscriptionTypeId: null,
  resendAllowed: false,
  campaignMemberStatuses: [],
  listIds: [],
  excludeListIds: [],
  when: 'now',
  scheduledAt: null,
  delivery: 'asap',
  localHour: 9,
};

/** The first step that holds one of these fields (the wizard opens it to show the error); none: -1. */
export function firstStepWith(fields: readonly string[]): number {
  return WIZARD_STEPS.findIndex((step) => STEP_FIELDS[step].some((f) => fields.includes(f)));
}

/** A saved draft as the form's values. */
export function valuesOf(m: MailingFieldsFragment): WizardValues {
  return {
    name: m.name,
    campaignId: m.campaignId,
    templateId: m.templateId,
    subscriptionTypeId: m.subscriptionTypeId,
    resendAllowed: m.resendAllowed,
    campaignMemberStatuses: [...m.audience.campaignMemberStatuses],
    listIds: [...m.audience.listIds],
    excludeListIds: [...m.audience.excludeListIds],
    when: m.scheduledAt ? 'at' : 'now',
    scheduledAt: m.scheduledAt ? dayjs(m.scheduledAt) : null,
    delivery: m.localHour === null || m.localHour === undefined ? 'asap' : 'local',
    localHour: m.localHour ?? 9,
  };
}

/** The chosen start: null for "now" (the API's "as soon as it is sent"). */
export const scheduledAtOf = (v: Pick<WizardValues, 'when' | 'scheduledAt'>): string | null => (v.when === 'at' && v.scheduledAt ? v.scheduledAt.toISOString() : null);

/** The hour of each recipient's day it is delivered at; null for "as soon as it starts". */
export const localHourOf = (v: Pick<WizardValues, 'delivery' | 'localHour'>): number | null => (v.delivery === 'local' && v.localHour !== null ? v.localHour : null);

/** What `updateMailing` gets: everything a draft may change (its campaign it keeps). */
export function draftInput(v: WizardValues): Omit<UpdateMailingMutationVariables['input'], 'id'> {
  return {
    name: v.name.trim(),
    templateId: v.templateId,
    subscriptionTypeId: v.subscriptionTypeId,
    resendAllowed: v.resendAllowed,
    audience: { campaignMemberStatuses: [...v.campaignMemberStatuses], listIds: [...v.listIds], excludeListIds: [...v.excludeListIds] },
    scheduledAt: scheduledAtOf(v),
    localHour: localHourOf(v),
  };
}

/** What `createMailing` gets: the draft's fields and its campaign. The form's own checks ran first. */
export function createInput(v: WizardValues): CreateMailingMutationVariables['input'] {
  const draft = draftInput(v);
  return { ...draft, name: draft.name ?? '', campaignId: v.campaignId ?? '', templateId: v.templateId ?? '', subscriptionTypeId: v.subscriptionTypeId ?? '', audience: draft.audience! };
}

/** Whether the audience names anyone: member statuses of the campaign or a list (exclusions alone reach nobody). */
export const audienceChosen = (v: Pick<WizardValues, 'campaignMemberStatuses' | 'listIds'>): boolean => v.campaignMemberStatuses.length > 0 || v.listIds.length > 0;
