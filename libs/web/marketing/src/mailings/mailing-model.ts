import type { ApiFieldError, MailingFieldsFragment, MailingProgressFieldsFragment, MailingRowFieldsFragment, RecordScope } from '@rapport/web-data-access';

// What the mailing screens show, as pure functions (tested in mailing-model.test.ts): progress,
// when to ask again, which buttons a status allows, and where the API's field errors belong.

export type MailingStatus = MailingRowFieldsFragment['status'];
export type MailingSkipReason = MailingFieldsFragment['skipped'][number]['reason'];
export type MailingProgress = Omit<MailingProgressFieldsFragment, '__typename'>;

/** The statuses in the order a mailing moves through them (the list's filter offers them so). */
export const MAILING_STATUSES: readonly MailingStatus[] = ['DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED', 'COMPLETED', 'CANCELLED'];

/** Recipients the mailing is done with: sent, failed or skipped (queued and sending are still to come). */
export const handled = (p: MailingProgress): number => p.sent + p.failed + p.skipped;

/**
 * Share of the recipients handled, 0–100, rounded down: 100 only when every row is done, so a
 * bar never says "100%" while one message is still on the wire. No recipients: 0.
 */
export function progressPercent(p: MailingProgress): number {
  if (p.total <= 0) return 0;
  return Math.min(100, Math.floor((handled(p) * 100) / p.total));
}

export interface ProgressSegment {
  key: 'sent' | 'failed' | 'skipped';
  count: number;
  /** Width in percent of the whole bar. */
  width: number;
}

/**
 * The bar's coloured parts, each as wide as its share of the total; the rest of the bar is what is
 * still waiting. Parts with no count are left out; widths never add up to more than 100.
 */
export function progressSegments(p: MailingProgress): ProgressSegment[] {
  if (p.total <= 0) return [];
  const parts: ProgressSegment[] = [];
  let used = 0;
  for (const key of ['sent', 'failed', 'skipped'] as const) {
    const count = p[key];
    if (count <= 0) continue;
    const width = Math.min(100 - used, (count * 100) / p.total);
    used += width;
    parts.push({ key, count, width });
  }
  return parts;
}

/** Asked again every few seconds while messages go out. */
export const LIVE_POLL_MS = 3000;
/** A mailing that starts later is looked at now and then, so the screen notices when it begins. */
export const WAITING_POLL_MS = 30_000;
/** A scheduled mailing this close to its time (or past it) is watched as if it were sending. */
const STARTS_SOON_MS = 60_000;

type Timed = Pick<MailingRowFieldsFragment, 'status' | 'scheduledAt'> & Partial<Pick<MailingRowFieldsFragment, 'kind'>>;

/** Whether a mailing is a recurring series (which sends nothing itself: its occurrences do). */
export const isSeries = (m: Partial<Pick<MailingRowFieldsFragment, 'kind'>>): boolean => m.kind === 'RECURRING';

/**
 * Whether a mailing's counts are changing now (sending, or scheduled to start within a minute).
 * A started series is "scheduled" for as long as it runs and has no counts of its own: it only
 * waits (its occurrences are watched on their own).
 */
export function isLive(m: Timed, now: number): boolean {
  if (isSeries(m)) return false;
  if (m.status === 'SENDING') return true;
  if (m.status !== 'SCHEDULED') return false;
  return !m.scheduledAt || Date.parse(m.scheduledAt) - now <= STARTS_SOON_MS;
}

/**
 * How often a screen showing these mailings asks again: every 3 s while any is live, every 30 s
 * while one waits for a later start (the worker starts it within a minute of its time), else never.
 */
export function pollIntervalFor(mailings: readonly Timed[], now: number): number {
  if (mailings.some((m) => isLive(m, now))) return LIVE_POLL_MS;
  if (mailings.some((m) => m.status === 'SCHEDULED')) return WAITING_POLL_MS;
  return 0;
}

export type MailingAction = 'edit' | 'pause' | 'resume' | 'cancel';

/** What the API lets a writer do in each status (MailingsService): the page offers only these. */
export function actionsFor(status: MailingStatus): MailingAction[] {
  switch (status) {
    case 'DRAFT':
      return ['edit', 'cancel'];
    case 'SCHEDULED':
    case 'SENDING':
      return ['pause', 'cancel'];
    case 'PAUSED':
      return ['resume', 'cancel'];
    default:
      return [];
  }
}

/** What the API says the viewer may do with a mailing now (`Mailing.viewerCan`). */
export type MailingViewerCan = Omit<MailingFieldsFragment['viewerCan'], '__typename'>;

/**
 * The buttons a mailing's page offers: what its status allows (`actionsFor`) and its `viewerCan`
 * grants — "continue editing" a draft needs `update`, the others their own flag.
 */
export function allowedActions(status: MailingStatus, can: MailingViewerCan): MailingAction[] {
  const granted: Record<MailingAction, boolean> = { edit: can.update, pause: can.pause, resume: can.resume, cancel: can.cancel };
  return actionsFor(status).filter((a) => granted[a]);
}

/**
 * Whether the viewer may change this mailing, by the same rule the API applies: a write scope over
 * every (or the team's) mailing, or `own` and the viewer owns it. The mailing page now follows
 * the API's `viewerCan` (`allowedActions`); this stays as the written-down rule its tests hold.
 */
export function mayWriteMailing(scope: RecordScope, ownerId: string | null, viewerId: string): boolean {
  if (scope === 'ALL' || scope === 'TEAM') return true;
  return scope === 'OWN' && ownerId === viewerId;
}

/**
 * The API names audience problems under `input.audience…`; the wizard's fields are the audience's
 * own (`campaignMemberStatuses`, `listIds`, `excludeListIds`). "Choose who gets it" (the whole
 * audience) belongs on the statuses, the first audience field.
 */
export function wizardFieldErrors(errors: readonly ApiFieldError[]): ApiFieldError[] {
  return errors.map((e) => {
    if (e.path === 'input.audience') return { ...e, path: 'input.campaignMemberStatuses' };
    if (e.path.startsWith('input.audience.')) return { ...e, path: `input.${e.path.slice('input.audience.'.length)}` };
    return e;
  });
}

/** The ids of every campaign a mailing names: its own, its lists and its exclusion lists, each once. */
export function campaignIdsOf(m: { campaignId: string; audience?: { listIds: readonly string[]; excludeListIds: readonly string[] } | null }): string[] {
  return [...new Set([m.campaignId, ...(m.audience?.listIds ?? []), ...(m.audience?.excludeListIds ?? [])])];
}

export type MailingWhenKind = 'notScheduled' | 'planned' | 'startsAt' | 'startsNow' | 'started' | 'finished' | 'cancelled' | 'nextRun' | 'seriesPaused';

type WhenFields = Pick<MailingRowFieldsFragment, 'status' | 'scheduledAt' | 'startedAt' | 'finishedAt'> & Partial<Pick<MailingRowFieldsFragment, 'kind' | 'nextRunAt'>>;

/** The one time worth showing beside a mailing's status, and what it is (for a running series: its next mailing). */
export function mailingWhen(m: WhenFields): { kind: MailingWhenKind; at: string | null } {
  if (isSeries(m) && m.status === 'SCHEDULED' && m.nextRunAt) return { kind: 'nextRun', at: m.nextRunAt };
  if (isSeries(m) && m.status === 'PAUSED') return { kind: 'seriesPaused', at: null };
  switch (m.status) {
    case 'DRAFT':
      return m.scheduledAt ? { kind: 'planned', at: m.scheduledAt } : { kind: 'notScheduled', at: null };
    case 'SCHEDULED':
      return m.scheduledAt ? { kind: 'startsAt', at: m.scheduledAt } : { kind: 'startsNow', at: null };
    case 'COMPLETED':
      return { kind: 'finished', at: m.finishedAt };
    case 'CANCELLED':
      return { kind: 'cancelled', at: m.finishedAt };
    default:
      // Sending or paused: when it began (a paused one that never started waits for its time).
      return m.startedAt ? { kind: 'started', at: m.startedAt } : m.scheduledAt ? { kind: 'startsAt', at: m.scheduledAt } : { kind: 'startsNow', at: null };
  }
}
