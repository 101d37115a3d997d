import { afterSmtp, contactPolicyProblems, DEFAULT_CONTACT_POLICY, inQuietHours, MAX_SEND_ATTEMPTS, mailingDecision, nextLocalHour, progressOf, shouldPause } from './mailing';

const consentOk = { typeStatus: null, globalStatus: null, requiresOptIn: false, suppression: null } as const;
const facts = { ...consentOk, sentInWindow: 0, sameContentSent: false, excluded: false, overdueCommitment: false, openHighPriorityCase: false };

describe('mailingDecision', () => {
  const policy = { frequencyCap: { maxMessages: 2, windowDays: 7 }, sameContentOnce: true, rules: [] as ('overdue_commitment' | 'open_high_priority_case')[] };
  it('sends when nothing holds it back, and names the first reason that does', () => {
    expect(mailingDecision(facts, policy, false)).toEqual({ send: true });
    expect(mailingDecision({ ...facts, excluded: true, suppression: 'complaint' }, policy, false)).toEqual({ send: false, reason: 'excluded' });
    expect(mailingDecision({ ...facts, suppression: 'hard_bounce' }, policy, false)).toEqual({ send: false, reason: 'suppressed', detail: 'hard_bounce' });
    expect(mailingDecision({ ...facts, sentInWindow: 2 }, policy, false)).toEqual({ send: false, reason: 'frequency_cap' });
    expect(mailingDecision({ ...facts, sentInWindow: 1 }, policy, false)).toEqual({ send: true });
    expect(mailingDecision({ ...facts, sentInWindow: 9 }, { ...policy, frequencyCap: null }, false)).toEqual({ send: true });
  });
  it('holds marketing back from a person with an overdue commitment only when the policy has that rule', () => {
    expect(mailingDecision({ ...facts, overdueCommitment: true }, policy, false)).toEqual({ send: true });
    expect(mailingDecision({ ...facts, overdueCommitment: true }, { ...policy, rules: ['overdue_commitment'] }, false)).toEqual({ send: false, reason: 'overdue_commitment' });
    // Consent answers first: the reason given is the one that says most.
    expect(mailingDecision({ ...facts, overdueCommitment: true, globalStatus: 'opted_out' }, { ...policy, rules: ['overdue_commitment'] }, false)).toEqual({ send: false, reason: 'global_opt_out' });
  });
  it('holds marketing back from a person with an open high-priority case only when the policy has that rule', () => {
    expect(mailingDecision({ ...facts, openHighPriorityCase: true }, policy, false)).toEqual({ send: true });
    expect(mailingDecision({ ...facts, openHighPriorityCase: true }, { ...policy, rules: ['open_high_priority_case'] }, false)).toEqual({ send: false, reason: 'open_high_priority_case' });
    // Both rules hold: the overdue promise is named first (it is ours to keep).
    expect(mailingDecision({ ...facts, openHighPriorityCase: true, overdueCommitment: true }, { ...policy, rules: ['open_high_priority_case', 'overdue_commitment'] }, false)).toEqual({ send: false, reason: 'overdue_commitment' });
    // It comes before the cap: the reason given is the one that says most.
    expect(mailingDecision({ ...facts, openHighPriorityCase: true, sentInWindow: 5 }, { ...policy, rules: ['open_high_priority_case'] }, false)).toEqual({ send: false, reason: 'open_high_priority_case' });
  });
  it('sends the same content once, unless the mailing allows a resend or the policy does not care', () => {
    expect(mailingDecision({ ...facts, sameContentSent: true }, policy, false)).toEqual({ send: false, reason: 'same_content' });
    expect(mailingDecision({ ...facts, sameContentSent: true }, policy, true)).toEqual({ send: true });
    expect(mailingDecision({ ...facts, sameContentSent: true }, { ...policy, sameContentOnce: false }, false)).toEqual({ send: true });
  });
});

describe('afterSmtp', () => {
  it('marks a 250 sent, fails a permanent answer and suppresses a bad mailbox', () => {
    expect(afterSmtp({ ok: true }, 1)).toEqual({ status: 'sent' });
    expect(afterSmtp({ ok: false, code: 550, enhanced: '5.1.1', message: 'No such user' }, 1)).toEqual({ status: 'failed', error: '550 5.1.1 No such user', hardBounce: true });
    expect(afterSmtp({ ok: false, code: 554, enhanced: '5.7.1', message: 'Rejected by policy' }, 1)).toMatchObject({ status: 'failed', hardBounce: false });
  });
  it('retries a temporary answer or a lost connection with a growing delay, then gives up', () => {
    expect(afterSmtp({ ok: false, code: 451, enhanced: '4.3.0', message: 'Try later' }, 1)).toEqual({ status: 'queued', error: '451 4.3.0 Try later', retryInSeconds: 30 });
    expect(afterSmtp({ ok: false, code: null, enhanced: null, message: 'ECONNRESET' }, 3)).toEqual({ status: 'queued', error: 'ECONNRESET', retryInSeconds: 120 });
    expect(afterSmtp({ ok: false, code: 421, enhanced: null, message: 'Busy' }, MAX_SEND_ATTEMPTS)).toEqual({ status: 'failed', error: '421 Busy', hardBounce: false });
  });
});

describe('the contact policy', () => {
  it('keeps quiet hours in its time zone, also across midnight', () => {
    const policy = { quietHours: { startHour: 22, endHour: 7 }, timeZone: 'Asia/Shanghai' };
    expect(inQuietHours(new Date('2026-12-05T15:30:00Z'), policy)).toBe(true); // 23:30 in Shanghai
    expect(inQuietHours(new Date('2026-12-05T22:59:00Z'), policy)).toBe(true); // 06:59
    expect(inQuietHours(new Date('2026-12-05T23:00:00Z'), policy)).toBe(false); // 07:00
    expect(inQuietHours(new Date('2026-12-05T03:00:00Z'), { quietHours: { startHour: 9, endHour: 12 }, timeZone: 'Asia/Taipei' })).toBe(true); // 11:00
    expect(inQuietHours(new Date(), { quietHours: null, timeZone: 'Asia/Shanghai' })).toBe(false);
  });
  it('says what is wrong with a policy, by field', () => {
    expect(contactPolicyProblems(DEFAULT_CONTACT_POLICY)).toEqual([]);
    expect(contactPolicyProblems({ ...DEFAULT_CONTACT_POLICY, frequencyCap: { maxMessages: 0, windowDays: 400 }, quietHours: { startHour: 24, endHour: 24 }, timeZone: 'Nowhere/Land', rules: ['nope' as never] }).map((p) => p.path)).toEqual([
      'frequencyCap.maxMessages',
      'frequencyCap.windowDays',
      'quietHours.startHour',
      'quietHours.endHour',
      'quietHours.endHour',
      'timeZone',
      'rules.0',
    ]);
  });
});

describe('progress and pausing', () => {
  it('adds up every state, and pauses only at the threshold (0: never)', () => {
    expect(progressOf({ queued: 3, sent: 5, skipped: 2 })).toEqual({ total: 10, queued: 3, sending: 0, sent: 5, failed: 0, skipped: 2 });
    expect([shouldPause(19, 20), shouldPause(20, 20), shouldPause(1000, 0)]).toEqual([false, true, false]);
  });
});

describe('nextLocalHour', () => {
  it('is today’s hour in the recipient’s zone, or tomorrow’s once it has passed', () => {
    const now = new Date('2026-12-05T00:30:00Z'); // 08:30 in Shanghai, 19:30 the day before in New York
    expect(nextLocalHour(now, 'Asia/Shanghai', 9).toISOString()).toBe('2026-12-05T01:00:00.000Z');
    expect(nextLocalHour(now, 'Asia/Shanghai', 8).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(nextLocalHour(now, 'America/New_York', 9).toISOString()).toBe('2026-12-05T14:00:00.000Z');
    expect(nextLocalHour(now, 'America/New_York', 20).toISOString()).toBe('2026-12-05T01:00:00.000Z');
  });

  it('keeps the wall-clock hour across a daylight-saving change', () => {
    // New York moves to summer time on 2027-03-14: 9:00 is 14:00Z before and 13:00Z after.
    expect(nextLocalHour(new Date('2027-03-13T15:00:00Z'), 'America/New_York', 9).toISOString()).toBe('2027-03-14T13:00:00.000Z');
    expect(nextLocalHour(new Date('2027-03-12T15:00:00Z'), 'America/New_York', 9).toISOString()).toBe('2027-03-13T14:00:00.000Z');
  });
});
