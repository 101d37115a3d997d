import type { CaseMilestoneFieldsFragment } from '@rapport/web-data-access';
import type { CaseFilter, CasePriority } from './case-types';
import type { ListSort } from '@rapport/web-core';

export const CASE_PRIORITIES: readonly CasePriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

export const CASE_SORT_COLUMNS = ['slaDueAt', 'priority', 'createdAt'] as const;
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number];
export const CASE_ORDER_FIELDS = { slaDueAt: 'SLA_DUE_AT', priority: 'PRIORITY', createdAt: 'CREATED_AT' } as const;
/** What is due soonest first: the work an agent must do next. */
export const DEFAULT_CASE_SORT: ListSort<CaseSortColumn> = { column: 'slaDueAt', descending: false };

export interface CaseListFilters {
  search: string;
  statuses: readonly string[];
  priorities: readonly CasePriority[];
  /** The viewer's id when "only mine" is on. */
  ownerId?: string;
  openOnly: boolean;
  breachedOnly: boolean;
}

/** The API filter of the list's quick filters; undefined when none is set (so "none yet" is honest). */
export function buildCaseFilter(f: CaseListFilters): CaseFilter | undefined {
  const parts: CaseFilter[] = [];
  if (f.search) parts.push({ or: [{ subject: { contains: f.search } }, { number: { contains: f.search } }] });
  if (f.statuses.length) parts.push({ status: { in: [...f.statuses] } });
  if (f.priorities.length) parts.push({ priority: { in: [...f.priorities] } });
  if (f.ownerId) parts.push({ ownerId: { eq: f.ownerId } });
  if (f.openOnly) parts.push({ isOpen: { eq: true } });
  if (f.breachedOnly) parts.push({ slaBreached: { eq: true } });
  if (!parts.length) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

export type TimerTone = 'ok' | 'warning' | 'overdue' | 'paused' | 'done' | 'late';

/** How one milestone's clock stands at `now`: what the timer says and how it is coloured. */
export interface TimerView {
  /** running: time to due; overdue: time since due; paused: business time left of the target. */
  kind: 'running' | 'overdue' | 'paused' | 'met' | 'metLate' | 'stopped';
  tone: TimerTone;
  /** Milliseconds for running / overdue / paused; 0 otherwise. */
  ms: number;
}

const MINUTE = 60_000;

/**
 * A milestone's timer at `now`. The server gives the due instant at the current pace in the
 * calendar's business time, so the wall-clock time to it is exact and can count down between
 * answers; a paused clock has no due instant, only the business time left of its target.
 */
export function timerView(m: Pick<CaseMilestoneFieldsFragment, 'state' | 'dueAt' | 'warnAt' | 'late' | 'targetMinutes' | 'spentMinutes'>, now: number): TimerView {
  switch (m.state) {
    case 'MET':
      return { kind: 'met', tone: 'done', ms: 0 };
    case 'BREACHED':
      return { kind: 'metLate', tone: 'late', ms: 0 };
    case 'STOPPED':
      return { kind: 'stopped', tone: 'done', ms: 0 };
    case 'PAUSED':
      return { kind: 'paused', tone: 'paused', ms: Math.max(0, m.targetMinutes - m.spentMinutes) * MINUTE };
    case 'RUNNING': {
      const due = m.dueAt ? Date.parse(m.dueAt) : NaN;
      if (Number.isNaN(due)) return { kind: 'paused', tone: 'paused', ms: Math.max(0, m.targetMinutes - m.spentMinutes) * MINUTE };
      if (m.late || now >= due) return { kind: 'overdue', tone: 'overdue', ms: Math.max(0, now - due) };
      const warned = m.warnAt !== null && now >= Date.parse(m.warnAt);
      return { kind: 'running', tone: warned ? 'warning' : 'ok', ms: due - now };
    }
  }
}

/** A span as its two largest units: days and hours, hours and minutes, or minutes and seconds. */
export function spanParts(ms: number): { unit: 'd' | 'h' | 'm' | 's'; n: number }[] {
  const total = Math.floor(ms / 1000);
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d) return [{ unit: 'd', n: d }, { unit: 'h', n: h }];
  if (h) return [{ unit: 'h', n: h }, { unit: 'm', n: m }];
  return [{ unit: 'm', n: m }, { unit: 's', n: s }];
}

/** E.164: a plus, a country code that does not start with 0, at most 15 digits. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** A call's duration as typed (minutes) in the API's seconds; nothing typed is nothing sent. */
export const secondsOf = (minutes?: number | null): number | undefined => (minutes == null ? undefined : Math.round(minutes * 60));
