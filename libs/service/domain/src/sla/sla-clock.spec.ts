import fc from 'fast-check';
import { period, weekdays, type BusinessCalendar } from '@rapport/shared-domain';
import { slaClocks, type CaseClockEvent, type MilestoneClock, type SlaTargets } from './sla-clock';

const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : null);

const NINE_TO_FIVE: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: weekdays([period('09:00-17:00')]) };
const CHINA: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  week: weekdays([period('09:00-12:00'), period('13:00-18:00')]),
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: { '2026-10-10': null },
};
const created = (local: string, targets: SlaTargets): CaseClockEvent => ({ at: at(local), kind: 'created', targets });
const of = (clocks: MilestoneClock[], kind: MilestoneClock['kind']) => clocks.find((c) => c.kind === kind)!;

describe('SLA clocks', () => {
  it('is due Monday 09:30 for a one-hour first response asked on Friday 16:30, and breached from then', () => {
    const log = [created('2026-11-27T16:30:00', { firstResponse: 60 })];
    const friday = of(slaClocks(log, NINE_TO_FIVE, at('2026-11-27T16:45:00')), 'first_response');
    expect({ state: friday.state, due: iso(friday.dueAt), late: friday.late }).toEqual({ state: 'running', due: '2026-11-30 09:30', late: false });
    const monday = of(slaClocks(log, NINE_TO_FIVE, at('2026-11-30T09:31:00')), 'first_response');
    expect({ state: monday.state, late: monday.late, breachedAt: iso(monday.breachedAt), due: iso(monday.dueAt) }).toEqual({ state: 'running', late: true, breachedAt: '2026-11-30 09:30', due: '2026-11-30 09:30' });
  });

  it('runs but is never due on a calendar that never opens again (make-up days alone, all past), rather than failing', () => {
    const pastOnly: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: {}, workdays: { '2020-01-04': [period('09:00-17:00')] } };
    const first = of(slaClocks([created('2026-11-27T16:30:00', { firstResponse: 60 })], pastOnly, at('2026-11-27T16:45:00')), 'first_response');
    expect({ state: first.state, dueAt: first.dueAt, warnAt: first.warnAt, late: first.late }).toEqual({ state: 'running', dueAt: null, warnAt: null, late: false });
  });

  it('counts no lunch break, no holiday, and the make-up Saturday', () => {
    expect(iso(of(slaClocks([created('2026-12-01T11:30:00', { firstResponse: 60 })], CHINA, at('2026-12-01T11:31:00')), 'first_response').dueAt)).toBe('2026-12-01 13:30');
    // Wednesday 30 September 17:00, two hours: one that evening, the holiday week off, one on Thursday 8 October.
    expect(iso(of(slaClocks([created('2026-09-30T17:00:00', { resolution: 120 })], CHINA, at('2026-09-30T17:00:00')), 'resolution').dueAt)).toBe('2026-10-08 10:00');
    // Friday 9 October 17:30, one hour: half an hour on Friday, half on the make-up Saturday.
    expect(iso(of(slaClocks([created('2026-10-09T17:30:00', { resolution: 60 })], CHINA, at('2026-10-09T17:30:00')), 'resolution').dueAt)).toBe('2026-10-10 09:30');
  });

  it('stops while the status stops the clock, across a weekend, and resumes with the time spent', () => {
    const log: CaseClockEvent[] = [
      created('2026-11-27T16:00:00', { resolution: 120 }),
      { at: at('2026-11-27T16:30:00'), kind: 'status', clockRuns: false },
      { at: at('2026-11-30T10:00:00'), kind: 'status', clockRuns: true },
    ];
    const paused = of(slaClocks(log, NINE_TO_FIVE, at('2026-11-29T12:00:00')), 'resolution');
    expect({ state: paused.state, spent: paused.spentMs / 60_000, due: paused.dueAt }).toEqual({ state: 'paused', spent: 30, due: null });
    const resumed = of(slaClocks(log, NINE_TO_FIVE, at('2026-11-30T10:00:00')), 'resolution');
    expect({ state: resumed.state, due: iso(resumed.dueAt) }).toEqual({ state: 'running', due: '2026-11-30 11:30' });
  });

  it('keeps the time spent when the priority changes the target', () => {
    const log: CaseClockEvent[] = [created('2026-12-01T09:00:00', { resolution: 240 }), { at: at('2026-12-01T10:00:00'), kind: 'targets', targets: { resolution: 120 } }];
    const clock = of(slaClocks(log, NINE_TO_FIVE, at('2026-12-01T10:00:00')), 'resolution');
    expect({ target: clock.targetMinutes, spent: clock.spentMs / 60_000, due: iso(clock.dueAt) }).toEqual({ target: 120, spent: 60, due: '2026-12-01 11:00' });
    // A looser target lifts a breach that had not been reached under it.
    const looser: CaseClockEvent[] = [created('2026-12-01T09:00:00', { resolution: 30 }), { at: at('2026-12-01T10:00:00'), kind: 'targets', targets: { resolution: 240 } }];
    const lifted = of(slaClocks(looser, NINE_TO_FIVE, at('2026-12-01T10:00:00')), 'resolution');
    expect({ late: lifted.late, breachedAt: lifted.breachedAt, due: iso(lifted.dueAt) }).toEqual({ late: false, breachedAt: null, due: '2026-12-01 13:00' });
  });

  it('never lets a next response stand in for the first, starts one per customer message after it, and stops it on resolution', () => {
    const targets = { firstResponse: 60, nextResponse: 30, resolution: 480 };
    const log: CaseClockEvent[] = [
      created('2026-12-01T09:00:00', targets),
      { at: at('2026-12-01T09:20:00'), kind: 'customer_message' }, // before any answer: still the first response
      { at: at('2026-12-01T09:50:00'), kind: 'agent_response' },
      { at: at('2026-12-01T10:00:00'), kind: 'customer_message' },
    ];
    const clocks = slaClocks(log, NINE_TO_FIVE, at('2026-12-01T10:10:00'));
    expect(clocks.map((c) => [c.kind, c.state])).toEqual([
      ['first_response', 'met'],
      ['next_response', 'running'],
      ['resolution', 'running'],
    ]);
    expect(iso(of(clocks, 'first_response').completedAt)).toBe('2026-12-01 09:50');
    expect(iso(of(clocks, 'next_response').dueAt)).toBe('2026-12-01 10:30');
    const resolved = slaClocks([...log, { at: at('2026-12-01T10:20:00'), kind: 'resolved' }], NINE_TO_FIVE, at('2026-12-01T11:00:00'));
    expect(resolved.map((c) => [c.kind, c.state])).toEqual([
      ['first_response', 'met'],
      ['next_response', 'stopped'],
      ['resolution', 'met'],
    ]);
  });

  it('continues the resolution clock of a reopened case with the time it had spent, and warns at the threshold', () => {
    const log: CaseClockEvent[] = [
      created('2026-12-01T09:00:00', { resolution: 240, warnAtPercent: 75 }),
      { at: at('2026-12-01T10:00:00'), kind: 'resolved' },
      { at: at('2026-12-02T09:00:00'), kind: 'reopened' },
    ];
    const clock = of(slaClocks(log, NINE_TO_FIVE, at('2026-12-02T09:00:00')), 'resolution');
    expect({ state: clock.state, spent: clock.spentMs / 60_000, due: iso(clock.dueAt), warn: iso(clock.warnAt) }).toEqual({
      state: 'running',
      spent: 60,
      due: '2026-12-02 12:00',
      warn: '2026-12-02 11:00',
    });
    expect(slaClocks([], NINE_TO_FIVE, new Date())).toEqual([]);
  });

  it('never makes a due time earlier, nor counts more time, when a pause is added', () => {
    const start = at('2026-12-01T08:00:00').getTime();
    const hour = 3_600_000;
    const messages = fc.array(fc.record({ h: fc.integer({ min: 0, max: 24 * 14 }), kind: fc.constantFrom('customer_message', 'agent_response', 'resolved', 'reopened') }), { maxLength: 12 });
    const pause = fc.tuple(fc.integer({ min: 0, max: 24 * 14 }), fc.integer({ min: 1, max: 24 * 5 }));
    const targets = fc.record({ firstResponse: fc.integer({ min: 1, max: 600 }), nextResponse: fc.integer({ min: 1, max: 600 }), resolution: fc.integer({ min: 1, max: 4000 }) });
    fc.assert(
      fc.property(messages, fc.array(pause, { maxLength: 3 }), pause, targets, fc.integer({ min: 0, max: 24 * 20 }), (msgs, pauses, extra, t, nowH) => {
        // Pauses that do not overlap one another (the added one included), each a stop and a restart.
        const windows = [...pauses, extra].map(([h, len]) => [h, h + len] as const);
        const apart = (a: readonly [number, number], b: readonly [number, number]) => a[1] < b[0] || b[1] < a[0];
        fc.pre(windows.every((w, i) => windows.every((v, j) => i === j || apart(w, v))));
        const toEvents = (ws: (readonly [number, number])[]): CaseClockEvent[] =>
          ws.flatMap(([a, b]) => [
            { at: new Date(start + a * hour + 1), kind: 'status', clockRuns: false } as const,
            { at: new Date(start + b * hour + 1), kind: 'status', clockRuns: true } as const,
          ]);
        const base: CaseClockEvent[] = [{ at: new Date(start), kind: 'created', targets: t }, ...msgs.map((m) => ({ at: new Date(start + m.h * hour), kind: m.kind }) as CaseClockEvent)];
        const now = new Date(start + nowH * hour + 30 * 60_000);
        const before = slaClocks([...base, ...toEvents(windows.slice(0, -1))], NINE_TO_FIVE, now);
        const after = slaClocks([...base, ...toEvents(windows)], NINE_TO_FIVE, now);
        expect(after.map((c) => c.kind)).toEqual(before.map((c) => c.kind));
        after.forEach((a, i) => {
          const b = before[i]!;
          expect(a.spentMs).toBeLessThanOrEqual(b.spentMs);
          if (a.dueAt && b.dueAt) expect(a.dueAt.getTime()).toBeGreaterThanOrEqual(b.dueAt.getTime());
          if (a.breachedAt && b.breachedAt) expect(a.breachedAt.getTime()).toBeGreaterThanOrEqual(b.breachedAt.getTime());
          if (a.late) expect(b.late).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
