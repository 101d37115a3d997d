import { i18n } from '@rapport/web-ui';
import { describe, expect, it } from 'vitest';
import { buildCaseFilter, caseFilterFields, E164, spanParts, timerView } from './case-model';

const NOW = Date.parse('2026-12-07T02:00:00.000Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const base = { targetMinutes: 60, spentMinutes: 20, warnAt: null, late: false } as const;

describe('case model', () => {
  it('counts a running clock down to its due time, warns past the threshold and turns overdue', () => {
    expect(timerView({ ...base, state: 'RUNNING', dueAt: at(40) }, NOW)).toEqual({ kind: 'running', tone: 'ok', ms: 40 * 60_000 });
    expect(timerView({ ...base, state: 'RUNNING', dueAt: at(40), warnAt: at(-1) }, NOW).tone).toBe('warning');
    // The page stays open past the due time: overdue without a new answer from the server.
    expect(timerView({ ...base, state: 'RUNNING', dueAt: at(40) }, NOW + 41 * 60_000)).toEqual({ kind: 'overdue', tone: 'overdue', ms: 60_000 });
    expect(timerView({ ...base, state: 'RUNNING', dueAt: at(-5), late: true }, NOW)).toEqual({ kind: 'overdue', tone: 'overdue', ms: 5 * 60_000 });
  });

  it('gives a paused clock the business time left of its target, and completed ones their outcome', () => {
    expect(timerView({ ...base, state: 'PAUSED', dueAt: null }, NOW)).toEqual({ kind: 'paused', tone: 'paused', ms: 40 * 60_000 });
    expect(timerView({ ...base, state: 'PAUSED', dueAt: null, spentMinutes: 90 }, NOW).ms).toBe(0);
    expect(timerView({ ...base, state: 'MET', dueAt: at(10) }, NOW).kind).toBe('met');
    expect(timerView({ ...base, state: 'BREACHED', dueAt: at(-10), late: true }, NOW)).toMatchObject({ kind: 'metLate', tone: 'late' });
    expect(timerView({ ...base, state: 'STOPPED', dueAt: null }, NOW).kind).toBe('stopped');
  });

  it('shows a span in its two largest units', () => {
    expect(spanParts(((2 * 24 + 3) * 60 + 5) * 60_000)).toEqual([{ unit: 'd', n: 2 }, { unit: 'h', n: 3 }]);
    expect(spanParts(150 * 60_000)).toEqual([{ unit: 'h', n: 2 }, { unit: 'm', n: 30 }]);
    expect(spanParts(330_000)).toEqual([{ unit: 'm', n: 5 }, { unit: 's', n: 30 }]);
  });

  it('builds the list filter only from what is set', () => {
    expect(buildCaseFilter({ search: '', statuses: [], priorities: [], openOnly: false, breachedOnly: false })).toBeUndefined();
    expect(buildCaseFilter({ search: '', statuses: ['open'], priorities: ['HIGH', 'URGENT'], openOnly: false, breachedOnly: false })).toEqual({
      and: [{ status: { in: ['open'] } }, { priority: { in: ['HIGH', 'URGENT'] } }],
    });
  });

  it('gives the filter builder the case definition’s fields: statuses by name, teams as choices, enums as the API takes them, no bare ids', () => {
    const t = i18n.getFixedT('en');
    const fields = caseFilterFields(t, [{ key: 'new', name: 'New' }, { key: 'waiting_customer', name: 'Waiting on customer' }], [{ id: 't-1', name: 'Hotline' }]);
    const byId = new Map(fields.map((f) => [f.id, f]));
    expect(byId.get('status')).toMatchObject({ kind: 'select', options: [{ value: 'new', label: 'New' }, { value: 'waiting_customer', label: 'Waiting on customer' }] });
    expect(byId.get('teamId')).toMatchObject({ kind: 'select', options: [{ value: 't-1', label: 'Hotline' }], nullable: true });
    expect(byId.get('ownerId')?.kind).toBe('user');
    expect(byId.get('priority')?.options?.map((o) => o.value)).toEqual(['LOW', 'NORMAL', 'HIGH', 'URGENT']);
    expect(byId.get('slaDueAt')?.kind).toBe('datetime');
    expect(byId.get('slaBreached')?.kind).toBe('boolean');
    expect(byId.get('subject')?.kind).toBe('text');
    // References the builder has no choices for are left out (nobody types an id); so are unfilterable fields.
    for (const id of ['id', 'accountId', 'entitlementId', 'slaPolicyId', 'parentId', 'description']) expect(byId.has(id), id).toBe(false);
    // Custom fields come from their definitions in the list tools, not from here.
    expect(fields.some((f) => f.customKey)).toBe(false);
  });

  it('accepts E.164 numbers only', () => {
    expect(E164.test('+8613800000000')).toBe(true);
    expect(E164.test('+886912345678')).toBe(true);
    for (const n of ['13800000000', '+0123456789', '+86 138 0000 0000']) expect(E164.test(n), n).toBe(false);
  });
});
