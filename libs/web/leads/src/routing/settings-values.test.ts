import { describe, expect, it } from 'vitest';
import { formToProfileInput, FOLLOW_DEFAULT, formToSettingsInput, isAway, profileToForm, settingsToForm, zonedDay, zonedMidnight, zoneOffsetMinutes } from './settings-values';

describe('dates in a time zone', () => {
  it('finds a day start in the zone', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 1), 'Asia/Shanghai')).toBe(480);
    expect(zonedMidnight('2026-03-02', 'Asia/Shanghai')).toBe('2026-03-01T16:00:00.000Z');
    expect(zonedMidnight('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
    expect(zonedMidnight('2026-01-15', 'America/New_York')).toBe('2026-01-15T05:00:00.000Z');
    expect(zonedDay('2026-03-01T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-03-02');
  });
});

describe('routing profile values', () => {
  const saved = {
    __typename: 'RoutingProfile' as const,
    userId: 'u1',
    timeZone: 'Asia/Shanghai',
    workDays: [1, 2, 3, 4, 5],
    workStart: 540,
    workEnd: 1080,
    dailyCapacity: 40,
    outOfOfficeFrom: '2026-03-01T16:00:00.000Z',
    outOfOfficeUntil: '2026-03-05T16:00:00.000Z',
    lastAssignedAt: null,
  };

  it('shows a stored absence as first and last day away, and saves it back unchanged', () => {
    const form = profileToForm(saved);
    expect(form).toMatchObject({ awayFrom: '2026-03-02', awayTo: '2026-03-05', dailyCapacity: 40 });
    // Unchanged: every stored field but the server's own (the type name, the last assignment).
    const { __typename: _type, lastAssignedAt: _last, ...stored } = saved;
    expect(formToProfileInput('u1', form)).toEqual(stored);
  });

  it('one day away, no absence, unlimited capacity, days sorted and unique', () => {
    const oneDay = formToProfileInput('u1', { ...profileToForm(undefined), awayFrom: '2026-03-02', awayTo: null, workDays: [5, 1, 1] });
    expect(oneDay).toMatchObject({ outOfOfficeFrom: '2026-03-01T16:00:00.000Z', outOfOfficeUntil: '2026-03-02T16:00:00.000Z', workDays: [1, 5], dailyCapacity: null });
    expect(formToProfileInput('u1', profileToForm(undefined))).toMatchObject({ outOfOfficeFrom: null, outOfOfficeUntil: null });
  });

  it('knows whether a rep is away now', () => {
    expect(isAway(saved, new Date('2026-03-03T00:00:00Z'))).toBe(true);
    expect(isAway(saved, new Date('2026-03-06T00:00:00Z'))).toBe(false);
    expect(isAway({ outOfOfficeFrom: null, outOfOfficeUntil: null })).toBe(false);
  });
});

describe('intake settings values', () => {
  it('round-trips and puts the ladder in the order it comes due', () => {
    const s = {
      __typename: 'LeadIntakeSettings' as const,
      fallbackUserId: 'm1',
      calendarId: 'cal-1',
      calendar: { __typename: 'LeadIntakeCalendar' as const, id: 'cal-1', name: 'Mainland China', timeZone: 'Asia/Shanghai' },
      ladder: [{ __typename: 'EscalationStepModel' as const, atPercent: 100, action: 'notify_manager' }],
    };
    const form = settingsToForm(s);
    form.ladder.push({ atPercent: 50.4, action: 'remind_owner' });
    expect(formToSettingsInput(form)).toEqual({
      fallbackUserId: 'm1',
      calendarId: 'cal-1',
      ladder: [
        { atPercent: 50, action: 'remind_owner' },
        { atPercent: 100, action: 'notify_manager' },
      ],
    });
    expect(formToSettingsInput({ ...form, fallbackUserId: undefined }).fallbackUserId).toBeNull();
    // Following the default calendar is the API's null, both ways.
    expect(settingsToForm({ ...s, calendarId: null }).calendarId).toBe(FOLLOW_DEFAULT);
    expect(formToSettingsInput({ ...form, calendarId: FOLLOW_DEFAULT }).calendarId).toBeNull();
  });
});
