import { describe, expect, it } from 'vitest';
import { actionsFor, allowedActions, campaignIdsOf, handled, isLive, LIVE_POLL_MS, mailingWhen, mayWriteMailing, pollIntervalFor, progressPercent, progressSegments, WAITING_POLL_MS, wizardFieldErrors } from './mailing-model';

const progress = (p: Partial<{ total: number; queued: number; sending: number; sent: number; failed: number; skipped: number }>) => {
  const c = { queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0, ...p };
  return { total: p.total ?? c.queued + c.sending + c.sent + c.failed + c.skipped, ...c };
};
const NOW = Date.parse('2026-12-05T10:00:00Z');

describe('progress', () => {
  it('counts sent, failed and skipped as handled, and rounds the share down so 100% means every recipient', () => {
    const p = progress({ queued: 1, sent: 997, failed: 1, skipped: 1 });
    expect(handled(p)).toBe(999);
    expect(progressPercent(p)).toBe(99);
    expect(progressPercent(progress({ sent: 3, skipped: 1 }))).toBe(100);
    expect(progressPercent(progress({ queued: 2, sending: 1, sent: 1 }))).toBe(25);
    expect(progressPercent(progress({}))).toBe(0);
  });

  it('draws each handled state as wide as its share, leaves out empty ones and never exceeds the bar', () => {
    expect(progressSegments(progress({ queued: 4, sent: 4, skipped: 2 }))).toEqual([
      { key: 'sent', count: 4, width: 40 },
      { key: 'skipped', count: 2, width: 20 },
    ]);
    const thirds = progressSegments(progress({ sent: 1, failed: 1, skipped: 1 }));
    expect(thirds.map((s) => s.key)).toEqual(['sent', 'failed', 'skipped']);
    expect(thirds.reduce((n, s) => n + s.width, 0)).toBeCloseTo(100, 10);
    // Counts that add up to more than the total (a stale total) still fit the bar.
    expect(progressSegments({ total: 2, queued: 0, sending: 0, sent: 2, failed: 1, skipped: 0 })).toEqual([
      { key: 'sent', count: 2, width: 100 },
      { key: 'failed', count: 1, width: 0 },
    ]);
    expect(progressSegments(progress({}))).toEqual([]);
  });
});

describe('polling', () => {
  const m = (status: 'DRAFT' | 'SCHEDULED' | 'SENDING' | 'PAUSED' | 'COMPLETED' | 'CANCELLED', scheduledAt: string | null = null) => ({ status, scheduledAt });

  it('watches a sending mailing and a scheduled one that is due or starts within a minute', () => {
    expect(isLive(m('SENDING'), NOW)).toBe(true);
    expect(isLive(m('SCHEDULED'), NOW)).toBe(true);
    expect(isLive(m('SCHEDULED', '2026-12-05T09:00:00Z'), NOW)).toBe(true);
    expect(isLive(m('SCHEDULED', '2026-12-05T10:00:59Z'), NOW)).toBe(true);
    expect(isLive(m('SCHEDULED', '2026-12-05T10:05:00Z'), NOW)).toBe(false);
    for (const status of ['DRAFT', 'PAUSED', 'COMPLETED', 'CANCELLED'] as const) expect(isLive(m(status), NOW), status).toBe(false);
  });

  it('asks every 3 s while any is live, every 30 s while one waits for a later start, else never', () => {
    expect(pollIntervalFor([m('COMPLETED'), m('SENDING')], NOW)).toBe(LIVE_POLL_MS);
    expect(pollIntervalFor([m('COMPLETED'), m('SCHEDULED', '2026-12-06T10:00:00Z')], NOW)).toBe(WAITING_POLL_MS);
    expect(pollIntervalFor([m('DRAFT'), m('PAUSED'), m('COMPLETED')], NOW)).toBe(0);
    expect(pollIntervalFor([], NOW)).toBe(0);
  });
});

describe('what a writer may do', () => {
  it('offers only what the API allows in each status', () => {
    expect(actionsFor('DRAFT')).toEqual(['edit', 'cancel']);
    expect(actionsFor('SCHEDULED')).toEqual(['pause', 'cancel']);
    expect(actionsFor('SENDING')).toEqual(['pause', 'cancel']);
    expect(actionsFor('PAUSED')).toEqual(['resume', 'cancel']);
    expect(actionsFor('COMPLETED')).toEqual([]);
    expect(actionsFor('CANCELLED')).toEqual([]);
  });

  it('lets an `own` writer change only their own mailings, and nobody without a write scope', () => {
    expect(mayWriteMailing('ALL', 'someone', 'me')).toBe(true);
    expect(mayWriteMailing('TEAM', null, 'me')).toBe(true);
    expect(mayWriteMailing('OWN', 'me', 'me')).toBe(true);
    expect(mayWriteMailing('OWN', 'someone', 'me')).toBe(false);
    expect(mayWriteMailing('OWN', null, 'me')).toBe(false);
    expect(mayWriteMailing('NONE', 'me', 'me')).toBe(false);
  });
});

describe('wizardFieldErrors', () => {
  it('moves the audience’s errors onto the wizard’s own fields and leaves the others alone', () => {
    expect(
      wizardFieldErrors([
        { path: 'input.audience', message: 'Choose who gets it' },
        { path: 'input.audience.listIds', message: 'No such campaign.' },
        { path: 'input.audience.excludeListIds', message: 'Too many' },
        { path: 'input.templateId', message: 'No such template.' },
        { path: 'input.id', message: 'Already started.' },
      ]).map((e) => e.path),
    ).toEqual(['input.campaignMemberStatuses', 'input.listIds', 'input.excludeListIds', 'input.templateId', 'input.id']);
  });
});

describe('mailingWhen', () => {
  const base = { scheduledAt: null, startedAt: null, finishedAt: null };
  it('names the one time that matters in each status', () => {
    expect(mailingWhen({ ...base, status: 'DRAFT' })).toEqual({ kind: 'notScheduled', at: null });
    expect(mailingWhen({ ...base, status: 'DRAFT', scheduledAt: 'A' })).toEqual({ kind: 'planned', at: 'A' });
    expect(mailingWhen({ ...base, status: 'SCHEDULED', scheduledAt: 'A' })).toEqual({ kind: 'startsAt', at: 'A' });
    expect(mailingWhen({ ...base, status: 'SCHEDULED' })).toEqual({ kind: 'startsNow', at: null });
    expect(mailingWhen({ ...base, status: 'SENDING', scheduledAt: 'A', startedAt: 'B' })).toEqual({ kind: 'started', at: 'B' });
    expect(mailingWhen({ ...base, status: 'PAUSED', scheduledAt: 'A' })).toEqual({ kind: 'startsAt', at: 'A' });
    expect(mailingWhen({ ...base, status: 'COMPLETED', startedAt: 'B', finishedAt: 'C' })).toEqual({ kind: 'finished', at: 'C' });
    expect(mailingWhen({ ...base, status: 'CANCELLED', finishedAt: 'C' })).toEqual({ kind: 'cancelled', at: 'C' });
  });
});

describe('a recurring series', () => {
  const series = { kind: 'RECURRING' as const, scheduledAt: '2026-12-05T09:00:00Z', startedAt: null, finishedAt: null, nextRunAt: '2026-12-07T01:00:00Z' };
  it('is never live itself (its occurrences send): a running one is looked at now and then', () => {
    expect(isLive({ ...series, status: 'SCHEDULED' }, NOW)).toBe(false);
    expect(pollIntervalFor([{ ...series, status: 'SCHEDULED' }], NOW)).toBe(WAITING_POLL_MS);
    expect(isLive({ kind: 'OCCURRENCE', status: 'SENDING', scheduledAt: null }, NOW)).toBe(true);
  });

  it('shows when it makes its next mailing, or that it makes none while paused', () => {
    expect(mailingWhen({ ...series, status: 'SCHEDULED' })).toEqual({ kind: 'nextRun', at: '2026-12-07T01:00:00Z' });
    expect(mailingWhen({ ...series, status: 'PAUSED' })).toEqual({ kind: 'seriesPaused', at: null });
    expect(mailingWhen({ ...series, status: 'COMPLETED', nextRunAt: null, finishedAt: 'F' })).toEqual({ kind: 'finished', at: 'F' });
  });
});

describe('campaignIdsOf', () => {
  it('lists the mailing’s campaign, lists and exclusion lists once each', () => {
    expect(campaignIdsOf({ campaignId: 'c', audience: { listIds: ['a', 'c'], excludeListIds: ['b', 'a'] } })).toEqual(['c', 'a', 'b']);
    expect(campaignIdsOf({ campaignId: 'c' })).toEqual(['c']);
  });
});

describe('allowedActions', () => {
  const none = { update: false, send: false, pause: false, resume: false, cancel: false };
  it('offers what the status allows and the API grants', () => {
    expect(allowedActions('SENDING', { ...none, pause: true, cancel: true })).toEqual(['pause', 'cancel']);
    expect(allowedActions('DRAFT', { ...none, update: true, send: true, cancel: true })).toEqual(['edit', 'cancel']);
    expect(allowedActions('PAUSED', { ...none, resume: true, cancel: true })).toEqual(['resume', 'cancel']);
  });
  it('offers nothing the API refuses, even where the status would allow it', () => {
    expect(allowedActions('SENDING', none)).toEqual([]);
    expect(allowedActions('PAUSED', { ...none, pause: true, cancel: true })).toEqual(['cancel']);
    expect(allowedActions('COMPLETED', { update: true, send: true, pause: true, resume: true, cancel: true })).toEqual([]);
  });
});
