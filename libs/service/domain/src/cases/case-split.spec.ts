import type { BusinessCalendar } from '@rapport/shared-domain';
import { slaClocks } from '../sla/sla-clock';
import { clockEventsOf } from './case-events';
import { splitClockPlan, splitSelectionProblem, type SplitMessage } from './case-split';

const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00.000Z`);
const msg = (id: string, direction: string, channel: string, hhmm: string): SplitMessage => ({ id, direction, channel, createdAt: at(hhmm) });
const ALL_DAY: BusinessCalendar = { timeZone: 'UTC', week: Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: 0, end: 1440 }]])), holidays: [], workdays: {} };

const THREAD = [msg('a', 'inbound', 'email', '09:00'), msg('b', 'outbound', 'email', '09:10'), msg('c', 'inbound', 'email', '09:20'), msg('n', 'internal', 'note', '09:25')];

describe('which messages may be split off', () => {
  it('needs at least one, all on the case, and one left behind', () => {
    expect(splitSelectionProblem(THREAD, [])?.message).toBe('Choose at least one message to split off.');
    expect(splitSelectionProblem(THREAD, ['c', 'zz'])?.message).toBe('Some of the chosen messages are not on this case.');
    expect(splitSelectionProblem(THREAD, ['a', 'b', 'c', 'n'])?.message).toBe('Leave at least one message on the case; choose fewer.');
    expect(splitSelectionProblem(THREAD, ['c', 'n', 'c'])).toBeNull();
  });
});

describe('the new case’s clocks', () => {
  it('start at the earliest moved customer message, even one answered on the old case', () => {
    const plan = splitClockPlan([THREAD[2]!, THREAD[3]!], at('10:00'));
    expect(plan.startAt).toEqual(at('09:20'));
    expect(plan.events.map((e) => [e.kind, e.at.toISOString()])).toEqual([['customer_message', at('09:20').toISOString()]]);
    expect(plan.firstResponseAt).toBeNull();
    const log = clockEventsOf([{ kind: 'created', at: plan.startAt, data: { targets: { firstResponse: 30 }, clockRuns: true } }, ...plan.events]);
    const [first] = slaClocks(log, ALL_DAY, at('10:00'));
    expect(first).toMatchObject({ kind: 'first_response', state: 'running', late: true });
    expect(first!.dueAt).toEqual(at('09:50'));
  });

  it('count a moved reply after it as the first response, and a logged call as a response whoever dialled', () => {
    const plan = splitClockPlan([msg('q', 'inbound', 'portal', '09:00'), msg('call', 'inbound', 'phone', '09:05'), msg('r', 'outbound', 'email', '09:30')], at('10:00'));
    expect(plan.events.map((e) => e.kind)).toEqual(['customer_message', 'agent_response', 'agent_response']);
    expect(plan.firstResponseAt).toEqual(at('09:05'));
  });

  it('leave out responses from before the start (they answered what stayed behind) and start now without a customer message', () => {
    const plan = splitClockPlan([THREAD[1]!, THREAD[2]!], at('10:00'));
    expect(plan.events.map((e) => e.kind)).toEqual(['customer_message']);
    expect(plan.firstResponseAt).toBeNull();
    const notesOnly = splitClockPlan([THREAD[3]!, THREAD[1]!], at('10:00'));
    expect(notesOnly).toEqual({ startAt: at('10:00'), events: [], firstResponseAt: null });
  });
});
