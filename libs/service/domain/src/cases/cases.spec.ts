import type { BusinessCalendar } from '@rapport/shared-domain';
import { slaClocks } from '../sla/sla-clock';
import { caseNumber, caseNumberIn, caseYear } from './case-number';
import { clockEventsOf, clockSummary } from './case-events';
import { DEFAULT_CASE_STATUSES, statusChangeEvents, statusChangeProblem, statusListProblems, type CaseStatusDef } from './case-status';

const status = (key: string): CaseStatusDef => DEFAULT_CASE_STATUSES.find((s) => s.key === key)!;
const at = new Date('2026-03-02T02:00:00Z');
// Mon–Fri 09:00–17:00 in Shanghai.
const day = [{ start: 9 * 60, end: 17 * 60 }];
const cal: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: { 1: day, 2: day, 3: day, 4: day, 5: day }, holidays: [], workdays: {} };

describe('case numbers', () => {
  it('are counted per year and found again in a subject', () => {
    expect(caseNumber(2026, 123)).toBe('CS-2026-000123');
    expect(caseNumber(2026, 1234567)).toBe('CS-2026-1234567');
    expect(caseNumberIn('Re: [CS-2026-000123] Printer broken')).toBe('CS-2026-000123');
    expect(caseNumberIn('CS-2026-000123 without brackets')).toBeNull();
  });

  it('take the year of the organisation’s time zone', () => {
    // 31 December 20:00 UTC is already 1 January in Shanghai.
    expect(caseYear(new Date('2026-12-31T20:00:00Z'), 'Asia/Shanghai')).toBe(2027);
    expect(caseYear(new Date('2026-12-31T20:00:00Z'), 'UTC')).toBe(2026);
  });
});

describe('status changes', () => {
  it('pause the clock when waiting and run it again when work resumes', () => {
    expect(statusChangeEvents(status('open'), status('waiting_customer'), at)).toEqual([{ at, kind: 'status', clockRuns: false }]);
    expect(statusChangeEvents(status('waiting_customer'), status('open'), at)).toEqual([{ at, kind: 'status', clockRuns: true }]);
    expect(statusChangeEvents(status('new'), status('open'), at)).toEqual([]);
  });

  it('resolve and reopen', () => {
    expect(statusChangeEvents(status('open'), status('resolved'), at)).toEqual([
      { at, kind: 'resolved' },
      { at, kind: 'status', clockRuns: false },
    ]);
    expect(statusChangeEvents(status('resolved'), status('open'), at)).toEqual([
      { at, kind: 'reopened' },
      { at, kind: 'status', clockRuns: true },
    ]);
    // Resolved → closed is still done: nothing for the clocks.
    expect(statusChangeEvents(status('resolved'), status('closed'), at)).toEqual([]);
  });

  it('refuse reopening a closed case and going back to new', () => {
    expect(statusChangeProblem(status('closed'), status('open'))).toMatch(/closed case cannot be reopened/);
    expect(statusChangeProblem(status('open'), status('new'))).toMatch(/back to a new status/);
    expect(statusChangeProblem(status('resolved'), status('open'))).toBeNull();
  });

  it('check a configured list', () => {
    expect(statusListProblems(DEFAULT_CASE_STATUSES)).toEqual([]);
    const problems = statusListProblems([{ key: 'New', category: 'new', clockRuns: true }, { key: 'x', category: 'open', clockRuns: true }, { key: 'x', category: 'open', clockRuns: true }]);
    expect(problems.map((p) => p.path)).toEqual(['statuses.0.key', 'statuses.2.key', 'statuses', 'statuses']);
  });
});

describe('clocks from the stored log', () => {
  const rows = [
    { kind: 'created', at: new Date('2026-03-02T01:00:00Z'), data: { targets: { firstResponse: 60, nextResponse: 60, resolution: 480, warnAtPercent: 75 } } },
    { kind: 'assigned', at: new Date('2026-03-02T01:10:00Z'), data: { ownerId: 'x' } },
    { kind: 'agent_response', at: new Date('2026-03-02T01:30:00Z'), data: {} },
    { kind: 'customer_message', at: new Date('2026-03-02T02:00:00Z'), data: {} },
  ];

  it('keep only what the clocks read', () => {
    expect(clockEventsOf(rows).map((e) => e.kind)).toEqual(['created', 'agent_response', 'customer_message']);
  });

  it('summarise the next due time and lateness for the case row', () => {
    // 09:00 created, answered 09:30, customer wrote 10:00: next response due 11:00, resolution 17:00.
    const clocks = slaClocks(clockEventsOf(rows), cal, new Date('2026-03-02T02:30:00Z'));
    expect(clockSummary(clocks)).toEqual({ dueAt: new Date('2026-03-02T03:00:00Z'), breached: false });
    const late = slaClocks(clockEventsOf(rows), cal, new Date('2026-03-02T03:30:00Z'));
    expect(clockSummary(late).breached).toBe(true);
  });

  it('leave out the events of messages split off to another case, and only those', () => {
    const withIds = [...rows.slice(0, 3), { kind: 'customer_message', at: new Date('2026-03-02T02:00:00Z'), data: { messageId: 'm-2' } }, { kind: 'customer_message', at: new Date('2026-03-02T02:10:00Z'), data: { messageId: 'm-3' } }];
    const split = [...withIds, { kind: 'split_to', at: new Date('2026-03-02T02:20:00Z'), data: { caseId: 'k-2', messageIds: ['m-2'] } }];
    expect(clockEventsOf(split).map((e) => e.at.toISOString())).toEqual(['2026-03-02T01:00:00.000Z', '2026-03-02T01:30:00.000Z', '2026-03-02T02:10:00.000Z']);
    expect(clockEventsOf(withIds)).toHaveLength(4);
  });

  it('count a next response that was already late at resolution as breached, not stopped', () => {
    const resolvedLate = [...rows, { kind: 'resolved', at: new Date('2026-03-02T03:30:00Z'), data: {} }];
    const resolvedInTime = [...rows, { kind: 'resolved', at: new Date('2026-03-02T02:30:00Z'), data: {} }];
    const next = (log: typeof rows) => slaClocks(clockEventsOf(log), cal, new Date('2026-03-02T05:00:00Z')).find((c) => c.kind === 'next_response')!;
    expect(next(resolvedLate).state).toBe('breached');
    expect(next(resolvedInTime).state).toBe('stopped');
  });
});

describe('escalation', () => {
  const rows = [{ kind: 'created', at: new Date('2026-03-02T01:00:00Z'), data: { targets: { firstResponse: 60, resolution: 480, warnAtPercent: 75 } } }];
  const at = (iso: string) => slaClocks(clockEventsOf(rows), cal, new Date(iso));

  it('warns at the threshold and tells the manager once late, each once', async () => {
    const { escalationSteps, nextEscalationCheck } = await import('./case-events');
    // 09:00 created, first response due 10:00, warned from 09:45.
    expect(escalationSteps(at('2026-03-02T01:30:00Z'), new Date('2026-03-02T01:30:00Z'), new Set())).toEqual([]);
    expect(nextEscalationCheck(at('2026-03-02T01:30:00Z'), new Set())).toEqual(new Date('2026-03-02T01:45:00Z'));
    expect(escalationSteps(at('2026-03-02T01:50:00Z'), new Date('2026-03-02T01:50:00Z'), new Set())).toEqual([{ milestone: 'first_response', level: 'warning' }]);
    expect(nextEscalationCheck(at('2026-03-02T01:50:00Z'), new Set(['first_response:warning']))).toEqual(new Date('2026-03-02T02:00:00Z'));
    const late = at('2026-03-02T02:10:00Z');
    expect(escalationSteps(late, new Date('2026-03-02T02:10:00Z'), new Set(['first_response:warning']))).toEqual([{ milestone: 'first_response', level: 'breach' }]);
    // Done: nothing again for it; the resolution's warning (15:00) is next.
    expect(escalationSteps(late, new Date('2026-03-02T02:10:00Z'), new Set(['first_response:warning', 'first_response:breach']))).toEqual([]);
    expect(nextEscalationCheck(late, new Set(['first_response:warning', 'first_response:breach']))).toEqual(new Date('2026-03-02T07:00:00Z'));
  });
});
