import type { ContactPolicyFieldsFragment, UpdateContactPolicyMutationVariables } from '@rapport/web-data-access';
import type { ContactPolicyRuleKey } from './mailing-labels';

// The contact policy form as pure functions (tested in contact-policy-model.test.ts): the time
// zones it offers, an hour as people read it, and the form's values to and from the API's shape.

/** Common zones for the company's customers (the API takes any IANA name; a stored other one is kept in the list). */
export const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'UTC',
] as const;

/** The zone's offset from UTC at `at` ("UTC+8", "UTC−5", "UTC+5:30", "UTC"); '' for a zone this browser does not know. */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    const offset = (part?.value ?? '').replace(/^GMT/, '');
    return offset ? `UTC${offset.replace('-', '−')}` : 'UTC';
  } catch {
    return '';
  }
}

/** The zones to offer: the common ones, and the stored one first if it is not among them. */
export function timeZoneOptions(current: string | undefined, at: Date): { value: string; label: string }[] {
  const zones: string[] = [...COMMON_TIME_ZONES];
  if (current && !zones.includes(current)) zones.unshift(current);
  return zones.map((zone) => {
    const offset = utcOffsetLabel(zone, at);
    return { value: zone, label: offset && zone !== 'UTC' ? `${zone} (${offset})` : zone };
  });
}

/** An hour of the day as a clock reads it: 7 → "07:00". */
export const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

export const HOURS = Array.from({ length: 24 }, (_, h) => h);

export interface ContactPolicyValues {
  capOn: boolean;
  frequencyCap: { maxMessages: number | null; windowDays: number | null };
  sameContentOnce: boolean;
  quietOn: boolean;
  quietHours: { startHour: number | null; endHour: number | null };
  timeZone: string;
  rules: ContactPolicyRuleKey[];
}

/** The form's values for a stored policy; a switched-off cap or quiet hours start from sensible numbers when switched on. */
export function policyValues(p: ContactPolicyFieldsFragment): ContactPolicyValues {
  return {
    capOn: !!p.frequencyCap,
    frequencyCap: { maxMessages: p.frequencyCap?.maxMessages ?? 2, windowDays: p.frequencyCap?.windowDays ?? 7 },
    sameContentOnce: p.sameContentOnce,
    quietOn: !!p.quietHours,
    quietHours: { startHour: p.quietHours?.startHour ?? 21, endHour: p.quietHours?.endHour ?? 8 },
    timeZone: p.timeZone,
    rules: [...p.rules],
  };
}

/**
 * What `updateContactPolicy` gets: a switched-off cap or quiet hours is null (the API's "none"),
 * whatever numbers the hidden fields still hold. The rules go as they are: the form does not let an
 * unavailable one be switched, so one stored earlier stays as it was.
 */
export function policyInput(v: ContactPolicyValues): UpdateContactPolicyMutationVariables['input'] {
  return {
    frequencyCap: v.capOn ? { maxMessages: v.frequencyCap.maxMessages ?? 0, windowDays: v.frequencyCap.windowDays ?? 0 } : null,
    sameContentOnce: v.sameContentOnce,
    quietHours: v.quietOn ? { startHour: v.quietHours.startHour ?? 0, endHour: v.quietHours.endHour ?? 0 } : null,
    timeZone: v.timeZone,
    rules: [...v.rules],
  };
}
