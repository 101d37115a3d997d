import { describe, expect, it } from 'vitest';
import { COMMON_TIME_ZONES, hourLabel, policyInput, policyValues, timeZoneOptions, utcOffsetLabel } from './contact-policy-model';

const stored = {
  __typename: 'ContactPolicyModel' as const,
  frequencyCap: { __typename: 'FrequencyCap' as const, maxMessages: 3, windowDays: 14 },
  sameContentOnce: true,
  quietHours: null,
  timeZone: 'Asia/Taipei',
  rules: [],
  availableRules: [
    { __typename: 'ContactPolicyRuleModel' as const, key: 'OPEN_HIGH_PRIORITY_CASE' as const, available: false },
    { __typename: 'ContactPolicyRuleModel' as const, key: 'OVERDUE_COMMITMENT' as const, available: false },
  ],
};

describe('time zones', () => {
  it('offers the common zones the brief names, with their offset from UTC', () => {
    for (const zone of ['Asia/Shanghai', 'Asia/Taipei', 'Asia/Hong_Kong', 'Asia/Singapore', 'Europe/London', 'America/New_York', 'UTC']) expect(COMMON_TIME_ZONES).toContain(zone);
    const winter = new Date('2026-01-15T12:00:00Z');
    expect(utcOffsetLabel('Asia/Shanghai', winter)).toBe('UTC+8');
    expect(utcOffsetLabel('America/New_York', winter)).toBe('UTC−5');
    expect(utcOffsetLabel('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe('UTC−4');
    expect(utcOffsetLabel('Asia/Kolkata', winter)).toBe('UTC+5:30');
    expect(utcOffsetLabel('Nowhere/Land', winter)).toBe('');
    const options = timeZoneOptions('Asia/Taipei', winter);
    expect(options.find((o) => o.value === 'Asia/Taipei')?.label).toBe('Asia/Taipei (UTC+8)');
    expect(options.find((o) => o.value === 'UTC')?.label).toBe('UTC');
  });

  it('keeps a stored zone that is not among the common ones, first', () => {
    const options = timeZoneOptions('Africa/Nairobi', new Date('2026-01-15T12:00:00Z'));
    expect(options[0]).toEqual({ value: 'Africa/Nairobi', label: 'Africa/Nairobi (UTC+3)' });
    expect(options).toHaveLength(COMMON_TIME_ZONES.length + 1);
    expect(timeZoneOptions('Asia/Shanghai', new Date())).toHaveLength(COMMON_TIME_ZONES.length);
  });

  it('writes hours as a clock does', () => {
    expect([0, 7, 21].map(hourLabel)).toEqual(['00:00', '07:00', '21:00']);
  });
});

describe('the policy form', () => {
  it('reads a stored policy, starting switched-off parts from sensible numbers', () => {
    expect(policyValues(stored)).toEqual({
      capOn: true,
      frequencyCap: { maxMessages: 3, windowDays: 14 },
      sameContentOnce: true,
      quietOn: false,
      quietHours: { startHour: 21, endHour: 8 },
      timeZone: 'Asia/Taipei',
      rules: [],
    });
  });

  it('sends a switched-off cap or quiet hours as null, whatever the hidden fields hold', () => {
    const values = { ...policyValues(stored), capOn: false, quietOn: true, quietHours: { startHour: 22, endHour: 7 } };
    expect(policyInput(values)).toEqual({ frequencyCap: null, sameContentOnce: true, quietHours: { startHour: 22, endHour: 7 }, timeZone: 'Asia/Taipei', rules: [] });
    expect(policyInput({ ...values, capOn: true, quietOn: false })).toEqual({ frequencyCap: { maxMessages: 3, windowDays: 14 }, sameContentOnce: true, quietHours: null, timeZone: 'Asia/Taipei', rules: [] });
  });
});
