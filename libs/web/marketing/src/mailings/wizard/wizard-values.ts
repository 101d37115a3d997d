import type { ApiFieldError, CreateMailingMutationVariables, MailingFieldsFragment, MailingRecurrenceFieldsFragment, UpdateMailingMutationVariables } from '@rapport/web-data-access';
import dayjs, { type Dayjs } from 'dayjs';

export type RecurrenceFrequency = MailingRecurrenceFieldsFragment['frequency'];
/** What `createMailing`/`updateMailing` take as `recurrence`. */
export type RecurrenceInput = NonNullable<UpdateMailingMutationVariables['input']['recurrence']>;

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
  /** Segments whose current members get it (issue 17), and segments whose members do not. */
  segmentIds: string[];
  excludeSegmentIds: string[];
  when: 'now' | 'at';
  scheduledAt: Dayjs | null;
  /** As soon as it starts, or at an hour of each recipient's own day (their time zone). */
  delivery: 'asap' | 'local';
  localHour: number | null;
  /** Once, or a series on a rule (the fields below; "when" then says when the series starts). */
  repeat: 'once' | RecurrenceFrequency;
  /** Every n days, weeks or months; empty: every one. */
  repeatInterval: number | null;
  /** Weekly: ISO weekdays, 1 = Monday … 7 = Sunday. */
  repeatWeekdays: number[];
  /** Monthly: the day of the month. */
  repeatMonthDay: number | null;
  /** The time of day (only its hour and minute count). */
  repeatTime: Dayjs | null;
  /** IANA zone; empty: the contact policy's. */
  repeatTimeZone: string | null;
  repeatEnds: 'never' | 'count' | 'until';
  repeatCount: number | null;
  repeatUntil: Dayjs | null;
}

/** The series' fields, in the order the schedule step shows them. */
export const REPEAT_FIELDS = ['repeat', 'repeatInterval', 'repeatWeekdays', 'repeatMonthDay', 'repeatTime', 'repeatTimeZone', 'repeatEnds', 'repeatCount', 'repeatUntil'] as const;

export const STEP_FIELDS: Record<WizardStep, readonly (keyof WizardValues)[]> = {
  content: ['name', 'campaignId', 'templateId', 'subscriptionTypeId', 'resendAllowed'],
  audience: ['campaignMemberStatuses', 'listIds', 'excludeListIds', 'segmentIds', 'excludeSegmentIds'],
  schedule: ['when', 'scheduledAt', 'delivery', 'localHour', ...REPEAT_FIELDS],
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
  segmentIds: [],
  excludeSegmentIds: [],
  when: 'now',
  scheduledAt: null,
  delivery: 'asap',
  localHour: 9,
  ...repeatValuesOf(null),
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
    segmentIds: [...m.audience.segmentIds],
    excludeSegmentIds: [...m.audience.excludeSegmentIds],
    when: m.scheduledAt ? 'at' : 'now',
    scheduledAt: m.scheduledAt ? dayjs(m.scheduledAt) : null,
    delivery: m.localHour === null || m.localHour === undefined ? 'asap' : 'local',
    localHour: m.localHour ?? 9,
    ...repeatValuesOf(m.recurrence),
  };
}

/** A time of day as the time picker holds it (today's date; only hour and minute are read). */
export function timeOfDay(hour: number, minute: number): Dayjs {
  return dayjs().hour(hour).minute(minute).second(0).millisecond(0);
}

type RepeatValues = Pick<WizardValues, (typeof REPEAT_FIELDS)[number]>;

/** A saved rule as the form's fields; none: "once", with a weekly-at-09:00 rule ready for when repeating is picked. */
export function repeatValuesOf(r: MailingFieldsFragment['recurrence'] | null | undefined): RepeatValues {
  if (!r) {
    return { repeat: 'once', repeatInterval: 1, repeatWeekdays: [], repeatMonthDay: 1, repeatTime: timeOfDay(9, 0), repeatTimeZone: null, repeatEnds: 'never', repeatCount: null, repeatUntil: null };
  }
  return {
    repeat: r.frequency,
    repeatInterval: r.interval,
    repeatWeekdays: [...r.weekdays],
    repeatMonthDay: r.monthDay ?? 1,
    repeatTime: timeOfDay(r.hour, r.minute),
    repeatTimeZone: r.timeZone,
    repeatEnds: r.count !== null ? 'count' : r.until !== null ? 'until' : 'never',
    repeatCount: r.count,
    repeatUntil: r.until ? dayjs(r.until) : null,
  };
}

/** Whether the form describes a series (a rule) rather than one mailing. */
export const isSeries = (v: Pick<WizardValues, 'repeat'>): boolean => v.repeat !== 'once';

/**
 * The rule the API gets (`recurrence`), or null for "once" (which makes a saved series a one-off
 * again). Only the fields of the chosen frequency and end go; an empty interval is every one, an
 * empty zone the contact policy's (the API fills it in).
 */
export function recurrenceOf(v: RepeatValues): RecurrenceInput | null {
  if (v.repeat === 'once') return null;
  return {
    frequency: v.repeat,
    interval: v.repeatInterval ?? 1,
    weekdays: v.repeat === 'WEEKLY' ? [...v.repeatWeekdays].sort((a, b) => a - b) : null,
    monthDay: v.repeat === 'MONTHLY' ? v.repeatMonthDay : null,
    // The step requires a time; a draft saved before it is reached has the default one.
    hour: v.repeatTime?.hour() ?? 9,
    minute: v.repeatTime?.minute() ?? 0,
    timeZone: v.repeatTimeZone || null,
    count: v.repeatEnds === 'count' ? v.repeatCount : null,
    until: v.repeatEnds === 'until' && v.repeatUntil ? v.repeatUntil.format('YYYY-MM-DD') : null,
  };
}

/** The API's rule fields (`input.recurrence.<field>`) and the schedule step's field that shows each. */
const RECURRENCE_ERROR_FIELDS: Record<string, (typeof REPEAT_FIELDS)[number]> = {
  frequency: 'repeat',
  interval: 'repeatInterval',
  weekdays: 'repeatWeekdays',
  monthDay: 'repeatMonthDay',
  hour: 'repeatTime',
  minute: 'repeatTime',
  timeZone: 'repeatTimeZone',
  count: 'repeatCount',
  until: 'repeatUntil',
};

/**
 * The API names a rule's problems `input.recurrence.weekdays` and so on; the form's fields are
 * flat (`repeatWeekdays`). A problem with the whole rule ("no occurrence left: change its end")
 * belongs on the end.
 */
export function recurrenceFieldErrors(errors: readonly ApiFieldError[]): ApiFieldError[] {
  return errors.map((e) => {
    if (e.path === 'input.recurrence') return { ...e, path: 'input.repeatEnds' };
    const field = /^input\.recurrence\.(\w+)/.exec(e.path)?.[1];
    return field === undefined ? e : { ...e, path: `input.${RECURRENCE_ERROR_FIELDS[field] ?? 'repeat'}` };
  });
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
    audience: {
      campaignMemberStatuses: [...v.campaignMemberStatuses],
      listIds: [...v.listIds],
      excludeListIds: [...v.excludeListIds],
      segmentIds: [...v.segmentIds],
      excludeSegmentIds: [...v.excludeSegmentIds],
    },
    scheduledAt: scheduledAtOf(v),
    localHour: localHourOf(v),
    recurrence: recurrenceOf(v),
  };
}

/** What `createMailing` gets: the draft's fields and its campaign. The form's own checks ran first. */
export function createInput(v: WizardValues): CreateMailingMutationVariables['input'] {
  const draft = draftInput(v);
  return { ...draft, name: draft.name ?? '', campaignId: v.campaignId ?? '', templateId: v.templateId ?? '', subscriptionTypeId: v.subscriptionTypeId ?? '', audience: draft.audience! };
}

/** Whether the audience names anyone: member statuses of the campaign, a list or a segment (exclusions alone reach nobody). */
export const audienceChosen = (v: Pick<WizardValues, 'campaignMemberStatuses' | 'listIds'> & Partial<Pick<WizardValues, 'segmentIds'>>): boolean =>
  v.campaignMemberStatuses.length > 0 || v.listIds.length > 0 || (v.segmentIds?.length ?? 0) > 0;
