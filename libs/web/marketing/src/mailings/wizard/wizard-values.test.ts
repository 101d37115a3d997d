import type { MailingFieldsFragment } from '@rapport/web-data-access';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { mailingFixture } from '@rapport/web-testing';
import { mapFieldErrors } from '@rapport/web-data-access';
import { wizardFieldErrors } from '../mailing-model';
import { audienceChosen, createInput, draftInput, EMPTY_WIZARD, firstStepWith, localHourOf, recurrenceFieldErrors, recurrenceOf, scheduledAtOf, timeOfDay, valuesOf, WIZARD_FIELDS, type WizardValues } from './wizard-values';

const draft: MailingFieldsFragment = mailingFixture({
  scheduledAt: '2026-12-24T01:00:00.000Z',
  localHour: 9,
  resendAllowed: true,
  audience: { __typename: 'MailingAudience', campaignMemberStatuses: ['invited'], listIds: ['c2'], excludeListIds: ['c3'], segmentIds: ['s-vip'], excludeSegmentIds: ['s-churned'] },
});

describe('the wizard’s values', () => {
  it('reads a draft and gives back the same input it was saved with', () => {
    const values = valuesOf(draft);
    expect(values).toMatchObject({ when: 'at', delivery: 'local', localHour: 9, campaignMemberStatuses: ['invited'], listIds: ['c2'], excludeListIds: ['c3'], segmentIds: ['s-vip'], excludeSegmentIds: ['s-churned'], resendAllowed: true });
    expect(draftInput(values)).toEqual({
      name: 'Spring news',
      templateId: 't1',
      subscriptionTypeId: 's1',
      resendAllowed: true,
      audience: { campaignMemberStatuses: ['invited'], listIds: ['c2'], excludeListIds: ['c3'], segmentIds: ['s-vip'], excludeSegmentIds: ['s-churned'] },
      scheduledAt: '2026-12-24T01:00:00.000Z',
      localHour: 9,
      recurrence: null,
    });
    expect(createInput(values).campaignId).toBe('c1');
  });

  it('sends a local hour only when delivery at each recipient’s hour is picked', () => {
    expect(localHourOf({ delivery: 'asap', localHour: 9 })).toBeNull();
    expect(localHourOf({ delivery: 'local', localHour: 0 })).toBe(0);
    expect(valuesOf({ ...draft, localHour: null })).toMatchObject({ delivery: 'asap', localHour: 9 });
  });

  it('sends "now" as no start time, and a chosen time only when "at a time" is picked', () => {
    const at = dayjs('2026-12-24T01:00:00.000Z');
    expect(scheduledAtOf({ when: 'now', scheduledAt: at })).toBeNull();
    expect(scheduledAtOf({ when: 'at', scheduledAt: at })).toBe('2026-12-24T01:00:00.000Z');
    expect(scheduledAtOf({ when: 'at', scheduledAt: null })).toBeNull();
    expect(valuesOf({ ...draft, scheduledAt: null }).when).toBe('now');
  });

  it('trims the name as the API would', () => {
    expect(draftInput({ ...EMPTY_WIZARD, name: '  Spring  ' }).name).toBe('Spring');
  });

  it('knows someone is chosen only by a status, a list or a segment (exclusions alone reach nobody)', () => {
    expect(audienceChosen({ campaignMemberStatuses: [], listIds: [] })).toBe(false);
    expect(audienceChosen({ campaignMemberStatuses: [], listIds: [], segmentIds: ['s-vip'] })).toBe(true);
    const excludedOnly: WizardValues = { ...EMPTY_WIZARD, excludeSegmentIds: ['s-churned'] };
    expect(audienceChosen(excludedOnly)).toBe(false);
    expect(audienceChosen({ campaignMemberStatuses: ['sent'], listIds: [] })).toBe(true);
    expect(audienceChosen({ campaignMemberStatuses: [], listIds: ['c2'] })).toBe(true);
  });

  it('opens the step that holds a field the API named', () => {
    expect(firstStepWith(['templateId'])).toBe(0);
    expect(firstStepWith(['listIds', 'name'])).toBe(0);
    expect(firstStepWith(['excludeListIds'])).toBe(1);
    expect(firstStepWith(['excludeSegmentIds'])).toBe(1);
    expect(firstStepWith(['scheduledAt'])).toBe(2);
    expect(firstStepWith(['id'])).toBe(-1);
    expect(WIZARD_FIELDS).toContain('campaignMemberStatuses');
  });

  it('opens the schedule step for a problem with the rule, and shows it on the field that holds it', () => {
    const api = [
      { path: 'input.recurrence.weekdays', message: 'Choose the days of the week.' },
      { path: 'input.recurrence.hour', message: 'Choose a time of day.' },
      { path: 'input.recurrence.timeZone', message: 'Choose a time zone such as Asia/Shanghai.' },
      { path: 'input.recurrence.until', message: 'Use a date like 2026-12-31.' },
      { path: 'input.recurrence', message: 'This rule has no occurrence left: change its end.' },
      { path: 'input.recurrence.somethingNew', message: 'New rule.' },
    ];
    const mapped = mapFieldErrors(recurrenceFieldErrors(wizardFieldErrors(api)), WIZARD_FIELDS);
    expect(mapped.fields.map((f) => [f.name[0], f.errors[0]])).toEqual([
      ['repeatWeekdays', 'Choose the days of the week.'],
      ['repeatTime', 'Choose a time of day.'],
      ['repeatTimeZone', 'Choose a time zone such as Asia/Shanghai.'],
      ['repeatUntil', 'Use a date like 2026-12-31.'],
      ['repeatEnds', 'This rule has no occurrence left: change its end.'],
      ['repeat', 'New rule.'],
    ]);
    expect(mapped.unmatched).toEqual([]);
    expect(firstStepWith(mapped.fields.map((f) => String(f.name[0])))).toBe(2);
    // Other errors pass through as they were.
    expect(recurrenceFieldErrors([{ path: 'input.name', message: 'x' }])).toEqual([{ path: 'input.name', message: 'x' }]);
  });
});

describe('a recurring mailing’s rule', () => {
  const weekly: WizardValues = {
    ...EMPTY_WIZARD,
    repeat: 'WEEKLY',
    repeatInterval: 2,
    repeatWeekdays: [4, 1],
    repeatMonthDay: 15,
    repeatTime: timeOfDay(7, 30),
    repeatTimeZone: 'Asia/Taipei',
    repeatEnds: 'count',
    repeatCount: 6,
    repeatUntil: dayjs('2027-03-31'),
  };

  it('is none for a mailing sent once (which makes a saved series a one-off again)', () => {
    expect(recurrenceOf(EMPTY_WIZARD)).toBeNull();
    expect(draftInput(EMPTY_WIZARD).recurrence).toBeNull();
    expect(EMPTY_WIZARD).toMatchObject({ repeat: 'once', repeatInterval: 1, repeatEnds: 'never', repeatTimeZone: null });
    expect(EMPTY_WIZARD.repeatTime?.format('HH:mm')).toBe('09:00');
  });

  it('sends only the chosen frequency’s fields and the chosen end, days in week order', () => {
    expect(recurrenceOf(weekly)).toEqual({ frequency: 'WEEKLY', interval: 2, weekdays: [1, 4], monthDay: null, hour: 7, minute: 30, timeZone: 'Asia/Taipei', count: 6, until: null });
    expect(recurrenceOf({ ...weekly, repeat: 'MONTHLY', repeatEnds: 'until' })).toEqual({
      frequency: 'MONTHLY',
      interval: 2,
      weekdays: null,
      monthDay: 15,
      hour: 7,
      minute: 30,
      timeZone: 'Asia/Taipei',
      count: null,
      until: '2027-03-31',
    });
    expect(recurrenceOf({ ...weekly, repeat: 'DAILY', repeatEnds: 'never', repeatInterval: null, repeatTimeZone: null })).toEqual({
      frequency: 'DAILY',
      interval: 1,
      weekdays: null,
      monthDay: null,
      hour: 7,
      minute: 30,
      timeZone: null,
      count: null,
      until: null,
    });
    expect(createInput(weekly).recurrence).toEqual(recurrenceOf(weekly));
  });

  it('reads a saved series back into the form, and gives back the same rule', () => {
    const saved: MailingFieldsFragment = {
      ...draft,
      kind: 'RECURRING',
      recurrence: { __typename: 'MailingRecurrence', frequency: 'WEEKLY', interval: 2, weekdays: [1, 4], monthDay: null, hour: 7, minute: 30, timeZone: 'Asia/Taipei', count: null, until: '2027-03-31', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;BYHOUR=7;BYMINUTE=30;UNTIL=20270331T235959' },
    };
    const values = valuesOf(saved);
    expect(values).toMatchObject({ repeat: 'WEEKLY', repeatInterval: 2, repeatWeekdays: [1, 4], repeatTimeZone: 'Asia/Taipei', repeatEnds: 'until', repeatCount: null });
    expect(values.repeatTime?.format('HH:mm')).toBe('07:30');
    expect(values.repeatUntil?.format('YYYY-MM-DD')).toBe('2027-03-31');
    expect(draftInput(values).recurrence).toEqual({ frequency: 'WEEKLY', interval: 2, weekdays: [1, 4], monthDay: null, hour: 7, minute: 30, timeZone: 'Asia/Taipei', count: null, until: '2027-03-31' });
    expect(valuesOf({ ...saved, recurrence: { ...saved.recurrence!, until: null, count: 3 } })).toMatchObject({ repeatEnds: 'count', repeatCount: 3 });
    expect(valuesOf(draft).repeat).toBe('once');
  });
});
