import { nextPosition, NurtureStepInput, parseNurtureSteps, stepAsInput, waitEnds } from './nurture';

const T = '0190d5a8-6c3e-7000-8000-000000000001';
const C = '0190d5a8-6c3e-7000-8000-000000000002';
/** The sequence of the integration test: send A, wait 2 days, branch on an open within 48 h → B, else C. */
const drip: NurtureStepInput[] = [
  { kind: 'send', templateId: T },
  { kind: 'wait', days: 2 },
  { kind: 'branch', branchOn: 'opened', sendStep: 0, withinHours: 48, thenStep: 3, elseStep: 4 },
  { kind: 'send', templateId: T, next: 5 },
  { kind: 'send', templateId: T },
];

describe('parseNurtureSteps', () => {
  it('accepts a sequence and stores each step in the form of its kind', () => {
    const { steps, problems } = parseNurtureSteps([...drip, { kind: 'set_member_status', campaignId: C, memberStatus: ' responded ' }, { kind: 'notify_owner', message: '  ' }]);
    expect(problems).toEqual([]);
    expect(steps).toEqual([
      { kind: 'send', config: { templateId: T, resendAllowed: false } },
      { kind: 'wait', config: { days: 2 } },
      { kind: 'branch', config: { on: 'opened', sendStep: 0, withinHours: 48, thenStep: 3, elseStep: 4 } },
      { kind: 'send', config: { templateId: T, resendAllowed: false, next: 5 } },
      { kind: 'send', config: { templateId: T, resendAllowed: false } },
      { kind: 'set_member_status', config: { campaignId: C, status: 'responded' } },
      { kind: 'notify_owner', config: { message: null } },
    ]);
    // Stored and read back, a step says the same.
    expect(parseNurtureSteps(steps.map(stepAsInput)).steps).toEqual(steps);
  });

  it('refuses waits that are neither a number of days nor a weekday at an hour', () => {
    const paths = (s: NurtureStepInput) => parseNurtureSteps([{ kind: 'send', templateId: T }, s]).problems.map((p) => p.path);
    expect(paths({ kind: 'wait', weekday: 1, hour: 9 })).toEqual([]);
    expect(paths({ kind: 'wait' })).toEqual(['steps.1.weekday']);
    expect(paths({ kind: 'wait', days: 2, weekday: 1, hour: 9 })).toEqual(['steps.1.days']);
    expect(paths({ kind: 'wait', days: 0 })).toEqual(['steps.1.days']);
    expect(paths({ kind: 'wait', days: 1.5 })).toEqual(['steps.1.days']);
    expect(paths({ kind: 'wait', weekday: 8, hour: 9 })).toEqual(['steps.1.weekday']);
    expect(paths({ kind: 'wait', weekday: 1 })).toEqual(['steps.1.weekday']);
  });

  it('only jumps forward, so every enrolment reaches the end', () => {
    const { problems } = parseNurtureSteps([
      { kind: 'send', templateId: T, next: 0 },
      { kind: 'wait', days: 1, next: 9 },
      { kind: 'branch', branchOn: 'opened', sendStep: 0, withinHours: 24, thenStep: 1, elseStep: null },
      { kind: 'notify_owner', next: 4 },
    ]);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['steps.0.next', 'Go on to a later step, or to 4 to finish.'],
      ['steps.1.next', 'Go on to a later step, or to 4 to finish.'],
      ['steps.2.thenStep', 'Go on to a later step, or to 4 to finish.'],
      ['steps.2.elseStep', 'Go on to a later step, or to 4 to finish.'],
    ]);
  });

  it('branches only on an earlier send step, within a bounded time', () => {
    const { problems } = parseNurtureSteps([
      { kind: 'wait', days: 1 },
      { kind: 'branch', branchOn: 'clicked', sendStep: 0, withinHours: 0, thenStep: 2, elseStep: 3 },
      { kind: 'branch', branchOn: 'opened', sendStep: 3, withinHours: 721, thenStep: 3, elseStep: 3 },
      { kind: 'send', templateId: T },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['steps.1.sendStep', 'steps.1.withinHours', 'steps.2.sendStep', 'steps.2.withinHours']);
  });

  it('needs at least one message, a template for each send and a target for each status change', () => {
    expect(parseNurtureSteps([{ kind: 'wait', days: 1 }]).problems.map((p) => p.message)).toEqual(['A nurture sends at least one message.']);
    expect(parseNurtureSteps([]).problems.map((p) => p.path)).toEqual(['steps', 'steps']);
    const { problems } = parseNurtureSteps([{ kind: 'send' }, { kind: 'set_member_status', campaignId: C }, { kind: 'notify_owner', message: 'x'.repeat(501) }]);
    expect(problems.map((p) => p.path)).toEqual(['steps.0.templateId', 'steps.1.memberStatus', 'steps.2.message']);
  });
});

describe('nextPosition', () => {
  it('follows `next`, else the following step', () => {
    const { steps } = parseNurtureSteps(drip);
    expect(steps.map((s, i) => nextPosition(s, i))).toEqual([1, 2, 3, 5, 5]);
  });
});

describe('waitEnds', () => {
  // 2026-12-07 is a Monday. Asia/Shanghai is UTC+8 all year.
  const tz = 'Asia/Shanghai';
  it('waits a number of days to the millisecond', () => {
    expect(waitEnds(new Date('2026-12-05T10:15:30.123Z'), { days: 2 }, tz).toISOString()).toBe('2026-12-07T10:15:30.123Z');
  });

  it('waits until the next weekday at an hour in the policy’s time zone', () => {
    // Saturday 18:00 in Shanghai → Monday 09:00 in Shanghai = 01:00 UTC.
    expect(waitEnds(new Date('2026-12-05T10:00:00Z'), { weekday: 1, hour: 9 }, tz).toISOString()).toBe('2026-12-07T01:00:00.000Z');
    // Monday 08:59 in Shanghai → the same morning; Monday 09:00 exactly → a week on.
    expect(waitEnds(new Date('2026-12-07T00:59:00Z'), { weekday: 1, hour: 9 }, tz).toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(waitEnds(new Date('2026-12-07T01:00:00Z'), { weekday: 1, hour: 9 }, tz).toISOString()).toBe('2026-12-14T01:00:00.000Z');
    // Sunday late evening UTC is already Monday in Shanghai: the local weekday counts, not UTC's.
    expect(waitEnds(new Date('2026-12-06T17:00:00Z'), { weekday: 1, hour: 9 }, tz).toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(waitEnds(new Date('2026-12-06T17:00:00Z'), { weekday: 7, hour: 20 }, tz).toISOString()).toBe('2026-12-13T12:00:00.000Z');
  });

  it('keeps the local hour across a daylight-saving change', () => {
    // Europe/Berlin goes from UTC+1 to UTC+2 on 2027-03-28 (a Sunday).
    expect(waitEnds(new Date('2027-03-26T12:00:00Z'), { weekday: 1, hour: 9 }, 'Europe/Berlin').toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(waitEnds(new Date('2027-03-19T12:00:00Z'), { weekday: 1, hour: 9 }, 'Europe/Berlin').toISOString()).toBe('2027-03-22T08:00:00.000Z');
  });
});
