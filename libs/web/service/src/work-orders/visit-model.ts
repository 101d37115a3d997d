import type { CaseWorkOrdersQuery, SuggestTechniciansQuery, WorkOrderPayloadFieldsFragment } from '@rapport/web-data-access';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';

// The visit screens' pure parts (issue 18 item 7, ADR 0023): labels, the week of the calendar, the
// proposal's slots and the report's signature. The rules themselves are the API's.

export type Visit = NonNullable<CaseWorkOrdersQuery['case']>['workOrders'][number];
// The schema's enum, taken from the operation that uses it (the data-access lib re-exports schema types one by one).
export type WorkOrderStatus = Visit['status'];
export type Suggestion = SuggestTechniciansQuery['suggestTechnicians'][number];
export type SuggestionReason = Suggestion['reasons'][number];

// One literal key per status, so the extractor and the translators see every one.
export const STATUS_LABELS: Record<WorkOrderStatus, (t: TFunction) => string> = {
  SCHEDULED: (t) => t('service.visits.status.scheduled'),
  EN_ROUTE: (t) => t('service.visits.status.enRoute'),
  ON_SITE: (t) => t('service.visits.status.onSite'),
  DONE: (t) => t('service.visits.status.done'),
  CANCELLED: (t) => t('service.visits.status.cancelled'),
};
export const STATUS_COLORS: Record<WorkOrderStatus, string> = { SCHEDULED: 'blue', EN_ROUTE: 'gold', ON_SITE: 'orange', DONE: 'green', CANCELLED: 'default' };

/** The button that makes each move: what the person does, not the status's name ("Set off", not "En route"). */
export const MOVE_LABELS: Record<WorkOrderStatus, (t: TFunction) => string> = {
  SCHEDULED: (t) => t('service.visits.move.scheduled'),
  EN_ROUTE: (t) => t('service.visits.move.enRoute'),
  ON_SITE: (t) => t('service.visits.move.onSite'),
  DONE: (t) => t('service.visits.move.done'),
  CANCELLED: (t) => t('service.visits.move.cancelled'),
};

/** The order the move buttons appear in: forward first, turning back and cancelling last. */
const MOVE_ORDER: WorkOrderStatus[] = ['EN_ROUTE', 'ON_SITE', 'DONE', 'SCHEDULED', 'CANCELLED'];

/**
 * The moves to offer: the API's `nextStatuses` (its rule, work-order-status.ts, evaluated for this
 * viewer), in a steady order. The page keeps no rule of its own, so a button never promises a move
 * the API refuses; the API still decides when it is pressed.
 */
export function movesOf(v: Pick<Visit, 'status' | 'nextStatuses'>): WorkOrderStatus[] {
  return MOVE_ORDER.filter((s) => s !== v.status && v.nextStatuses.includes(s));
}

/** Neither done nor cancelled: still to happen. */
export const isOpen = (s: WorkOrderStatus) => s !== 'DONE' && s !== 'CANCELLED';
/** Times are offered while the visit is still only planned (the API refuses later). */
export const canPropose = (v: Pick<Visit, 'status'>, dispatches: boolean) => dispatches && v.status === 'SCHEDULED';
/** Someone is sent (or another) until the visit is over. */
export const canAssign = (v: Pick<Visit, 'status'>, dispatches: boolean) => dispatches && isOpen(v.status);
/** What the visit is (where, what to do, the skill) is changed by a dispatcher until it is over, as the API allows. */
export const canEdit = (v: Pick<Visit, 'status'>, dispatches: boolean) => dispatches && isOpen(v.status);
/** The report is written on site, by the technician sent or a dispatcher for them. */
export const canReport = (v: Pick<Visit, 'status' | 'technicianId'>, dispatches: boolean, userId: string | undefined) =>
  v.status === 'ON_SITE' && (dispatches || (!!userId && v.technicianId === userId));

/** Something to know about a visit change that did not stop it. */
export type VisitWarning = WorkOrderPayloadFieldsFragment['warnings'][number];

/** A warning in the reader's language by its code; a code this screen does not know yet, in the API's English rather than not at all. */
export function warningText(t: TFunction, warning: Pick<VisitWarning, 'code' | 'message'>): string {
  return warning.code === 'visits_used_up' ? t('service.visits.usedUp') : warning.message;
}

/** A suggestion's reason in the reader's language, from its code and numbers (the API's English as a fallback). */
export function reasonText(t: TFunction, r: SuggestionReason, skillName: string): string {
  const visits = r.visits ?? 0;
  switch (r.code) {
    case 'skill':
      return t('service.visits.reason.skill', { level: r.level ?? 0, required: r.required ?? 0, skill: skillName });
    case 'workload':
      return t('service.visits.reason.workload', { count: visits });
    case 'free':
      return t('service.visits.reason.free');
    case 'fully_booked':
      return t('service.visits.reason.fullyBooked', { count: visits });
    case 'knows_customer':
      return t('service.visits.reason.knowsCustomer', { count: visits });
    case 'new_to_customer':
      return t('service.visits.reason.newToCustomer');
    default:
      return r.text;
  }
}

// ---- proposed slots ----------------------------------------------------------------------------

export const SLOTS_MAX = 5;
export type SlotRange = [Dayjs | null, Dayjs | null] | null | undefined;

/** The picked ranges as the API takes them (instants in UTC), leaving out unfinished rows. */
export function slotsInput(ranges: readonly SlotRange[]): { start: string; end: string }[] {
  return ranges.flatMap((r) => (r && r[0] && r[1] ? [{ start: r[0].toISOString(), end: r[1].toISOString() }] : []));
}

// ---- the week ----------------------------------------------------------------------------------

/** Monday 00:00 of the week holding `day`, in the browser's zone (ISO weeks: what the desk plans by). */
export function weekStart(day: Dayjs): Dayjs {
  const d = day.startOf('day');
  return d.subtract((d.day() + 6) % 7, 'day');
}

/** `?week=2026-12-07` → that week's Monday; anything else → this week's. */
export function parseWeek(param: string | null, now: Dayjs): Dayjs {
  const d = param && /^\d{4}-\d{2}-\d{2}$/.test(param) ? dayjs(param) : null;
  return weekStart(d && d.isValid() ? d : now);
}

/** The seven days of the week starting at `monday`. */
export function weekDays(monday: Dayjs): Dayjs[] {
  return Array.from({ length: 7 }, (_, i) => monday.add(i, 'day'));
}

/** The query's range: the week's first instant to the next week's. */
export function weekRange(monday: Dayjs): { from: string; to: string } {
  return { from: monday.toISOString(), to: monday.add(7, 'day').toISOString() };
}

/** Visits by the day (in the browser's zone) they start on, earliest first within a day. */
export function byDay<V extends { slotStart?: string | null }>(visits: readonly V[], days: readonly Dayjs[]): V[][] {
  const sorted = [...visits].filter((v) => v.slotStart).sort((a, b) => a.slotStart!.localeCompare(b.slotStart!));
  return days.map((d) => sorted.filter((v) => dayjs(v.slotStart).isSame(d, 'day')));
}

/** The browser's zone and its offset this week, e.g. "Asia/Shanghai (UTC+08:00)": times are shown in it. */
export function zoneLabel(at: Dayjs): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return `${zone} (UTC${at.format('Z')})`;
}

// ---- the signature -----------------------------------------------------------------------------

/** The base64 of a data: URL (what a canvas or a FileReader gives), the form the API takes. */
export function base64Of(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

export const SIGNATURE_MAX_BYTES = 200_000;

/** Reads a chosen file as a data: URL (the keyboard's way to give a signature: an image of it). */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
