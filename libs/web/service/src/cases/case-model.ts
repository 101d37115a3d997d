import type { CaseMilestoneFieldsFragment, CasesQueryVariables } from '@rapport/web-data-access';
import type { CaseFilter, CasePriority } from './case-types';
import { filterFieldsOf, type CustomSortColumn, type FilterFieldDef, type ListSort } from '@rapport/web-core';
import type { TFunction } from 'i18next';

export const CASE_PRIORITIES: readonly CasePriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

// The schema's order field, from the list query (the data-access lib re-exports schema types one by one).
type CaseOrderBy = Extract<NonNullable<CasesQueryVariables['orderBy']>, readonly unknown[]>[number];
type CaseOrderField = NonNullable<CaseOrderBy['field']>;

export const CASE_SORT_COLUMNS = ['slaDueAt', 'priority', 'createdAt', 'resolvedAt'] as const;
/** A built-in sortable column, or a custom field's (`cf:<key>`, sorted by the API as `customField`). */
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number] | CustomSortColumn;
export const CASE_ORDER_FIELDS: Record<(typeof CASE_SORT_COLUMNS)[number], CaseOrderField> = { slaDueAt: 'SLA_DUE_AT', priority: 'PRIORITY', createdAt: 'CREATED_AT', resolvedAt: 'RESOLVED_AT' };
/** The case fields the CSV export compares by their stored (lower-case) values. */
export const CASE_EXPORT_ENUMS = ['priority', 'channel', 'type'] as const;
/** The number opens the case: it stays whatever columns are chosen. */
export const CASE_LOCKED_COLUMNS: readonly string[] = ['number'];
/** Offered in the column chooser, hidden until shown. */
export const CASE_OPTIONAL_COLUMNS: readonly string[] = ['type', 'channel', 'resolvedAt'];

/**
 * The filter builder's built-in case fields, from the case's definition (the generated catalogue):
 * the status from the configured statuses (a key each), and the team (the queue a case is worked
 * in) from the teams the viewer may see. Custom fields are added by the list tools.
 */
export function caseFilterFields(t: TFunction, statuses: readonly { key: string; name: string }[], teams: readonly { id: string; name: string }[]): FilterFieldDef[] {
  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }));
  return filterFieldsOf('case', t, undefined, { teamId: teamOptions }).map((f) =>
    f.id === 'status' ? { ...f, kind: 'select' as const, options: statuses.map((s) => ({ value: s.key, label: s.name })) } : f,
  );
}

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
