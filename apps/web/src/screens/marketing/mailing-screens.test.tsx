import type { MockLink } from '@apollo/client/testing';
import {
  ContactPolicyDocument,
  MailingCampaignsDocument,
  MailingDocument,
  MailingOccurrencesDocument,
  MailingsDocument,
  type ContactPolicyFieldsFragment,
  type MailingFieldsFragment,
  type MailingReportFieldsFragment,
  type Role,
} from '@rapport/web-data-access';
import { mailingFixture, meMock } from '@rapport/web-testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';

const ANY = { maxUsageCount: Number.POSITIVE_INFINITY };
const ME = 'u-admin'; // meMock's id, whatever the role

function mailing(overrides: Partial<MailingFieldsFragment> = {}): MailingFieldsFragment {
  return mailingFixture({
    status: 'SENDING',
    startedAt: '2026-12-05T09:00:00Z',
    createdAt: '2026-12-05T08:00:00Z',
    ownerId: 'someone-else',
    progress: { __typename: 'MailingProgressModel', total: 10, queued: 4, sending: 1, sent: 3, failed: 0, skipped: 2 },
    templateVersionId: 'v1',
    skipped: [
      { __typename: 'MailingSkipCount', reason: 'FREQUENCY_CAP', count: 1 },
      { __typename: 'MailingSkipCount', reason: 'OPTED_OUT', count: 1 },
    ],
    // What the API answers for a writer of every mailing while it sends.
    viewerCan: { __typename: 'MailingViewerCan', update: false, send: false, pause: true, resume: false, cancel: true },
    ...overrides,
  });
}

const NO_ACTIONS = { __typename: 'MailingViewerCan' as const, update: false, send: false, pause: false, resume: false, cancel: false };

function report(overrides: Partial<MailingReportFieldsFragment> = {}): MailingReportFieldsFragment {
  return {
    __typename: 'Mailing',
    engagement: {
      __typename: 'MailingEngagement',
      sent: 3,
      delivered: 2,
      opens: 5,
      uniqueOpens: 1,
      machineOpens: 4,
      clicks: 2,
      uniqueClicks: 1,
      machineClicks: 3,
      unsubscribes: 1,
      hardBounces: 1,
      softBounces: 0,
      complaints: 0,
      replies: 0,
    },
    links: [{ __typename: 'MailingLinkClicks', url: 'https://example.com/spring?utm_campaign=spring', clicks: 2, uniqueClicks: 1 }],
    hourly: [{ __typename: 'MailingHour', at: '2026-12-05T09:00:00Z', opens: 5, clicks: 2 }],
    ...overrides,
  };
}

/** A weekly series that has made two mailings (the newest still sending). */
const SERIES_RULE = {
  __typename: 'MailingRecurrence' as const,
  frequency: 'WEEKLY' as const,
  interval: 1,
  weekdays: [1],
  monthDay: null,
  hour: 9,
  minute: 0,
  timeZone: 'Asia/Shanghai',
  count: null,
  until: null,
  rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=9;BYMINUTE=0',
};
const series = (overrides: Partial<MailingFieldsFragment> = {}) =>
  mailing({
    id: 's1',
    name: 'Weekly news',
    kind: 'RECURRING',
    status: 'SCHEDULED',
    recurrence: SERIES_RULE,
    scheduledAt: '2026-11-30T00:00:00Z',
    startedAt: null,
    nextRunAt: '2026-12-14T01:00:00Z',
    occurrenceCount: 2,
    progress: { __typename: 'MailingProgressModel', total: 0, queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0 },
    skipped: [],
    ...overrides,
  });
const occurrence = (id: string, day: string, status: MailingFieldsFragment['status'], sent: number) =>
  mailing({
    id,
    name: `Weekly news · ${day}`,
    kind: 'OCCURRENCE',
    status,
    parentId: 's1',
    occurrenceAt: `${day}T01:00:00Z`,
    scheduledAt: `${day}T01:00:00Z`,
    progress: { __typename: 'MailingProgressModel', total: 4, queued: 4 - sent, sending: 0, sent, failed: 0, skipped: 0 },
  });
const occurrencesOf = (id: string, rows: MailingFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: MailingOccurrencesDocument, variables: () => true },
  result: { data: { mailing: { __typename: 'Mailing', id, occurrences: { __typename: 'MailingConnection', totalCount: rows.length, hasNextPage: false, endCursor: null, nodes: rows } } } },
  ...ANY,
});

const campaigns: MockLink.MockedResponse = {
  request: { query: MailingCampaignsDocument, variables: () => true },
  result: { data: { campaigns: { __typename: 'CampaignConnection', edges: [{ __typename: 'CampaignEdge', node: { __typename: 'Campaign', id: 'c1', name: 'Spring fair', type: 'EVENT' } }] } } },
  ...ANY,
};

const list = (rows: MailingFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: MailingsDocument, variables: () => true },
  result: { data: { mailings: { __typename: 'MailingConnection', totalCount: rows.length, hasNextPage: false, endCursor: rows.at(-1)?.id ?? null, nodes: rows } } },
  ...ANY,
});

const one = (m: MailingFieldsFragment, r: MailingReportFieldsFragment = report()): MockLink.MockedResponse => ({
  request: { query: MailingDocument, variables: { id: m.id } },
  result: { data: { mailing: { ...m, ...r } } },
  ...ANY,
});

describe('Mailings list', { timeout: 60_000 }, () => {
  it('shows each mailing with its campaign, status, progress and time; "New mailing" for writers', async () => {
    renderApp('/marketing/mailings', [meMock('MARKETER'), list([mailing()])]);
    const table = await screen.findByTestId('mailings-table', {}, { timeout: 10_000 });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Spring news' }).getAttribute('href')).toBe('/marketing/mailings/m1');
    expect((await within(row).findByRole('link', { name: 'Spring fair' })).getAttribute('href')).toBe('/marketing/campaigns/c1');
    expect(within(row).getByTestId('mailing-status').textContent).toBe('Sending');
    const bar = within(row).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.getAttribute('aria-valuetext')).toBe('5 of 10 recipients handled: 3 sent, 0 failed, 2 skipped, 5 waiting');
    expect(row.textContent).toContain('5 / 10');
    expect(row.textContent).toContain('Started 2026-12-05');
    expect(screen.getByTestId('mailing-create').getAttribute('href')).toBe('/marketing/mailings/new');
    expect(screen.getByTestId('mailings-policy-link').getAttribute('href')).toBe('/admin/contact-policy');
  });

  it('marks a recurring series, with the mailings it made and when it makes the next', async () => {
    renderApp('/marketing/mailings', [meMock('MARKETER'), list([series()])]);
    const table = await screen.findByTestId('mailings-table', {}, { timeout: 10_000 });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByTestId('mailing-repeat-tag').textContent).toBe('Repeats weekly');
    expect(within(row).getByTestId('mailing-row-made').textContent).toBe('Mailings made: 2');
    expect(within(row).queryByRole('progressbar')).toBeNull();
    expect(row.textContent).toMatch(/Next 2026-12-14 \d{2}:00/);
  });

  it('says there are none yet (a reader of every mailing), and offers the first one to a writer', async () => {
    renderApp('/marketing/mailings', [meMock('MARKETER'), list([])]);
    const empty = await screen.findByTestId('mailings-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('No mailings yet.');
    expect(within(empty).getByTestId('mailing-create-empty')).toBeTruthy();
  });

  it('is closed, with the reason, to a role that may not read mailings', async () => {
    renderApp('/marketing/mailings', [meMock('SALES_REP')]);
    const page = await screen.findByTestId('no-access', {}, { timeout: 10_000 });
    expect(within(page).getByTestId('no-access-needs').textContent).toBe('This page needs permission to see mailings. Your role, Sales rep, does not include it.');
    expect((await within(page).findByTestId('no-access-roles')).textContent).toBe('Roles that include it: Administrator, Sales manager, and Marketer.');
  });
});

describe('Mailing page', { timeout: 60_000 }, () => {
  const render = (role: Role, m: MailingFieldsFragment, r?: MailingReportFieldsFragment) => renderApp(`/marketing/mailings/${m.id}`, [meMock(role), one(m, r), campaigns]);

  it('shows the counts, the skip reasons and the details, and pause and cancel for a writer of every mailing', async () => {
    render('MARKETER', mailing());
    await screen.findByRole('heading', { level: 1, name: 'Spring news' }, { timeout: 10_000 });
    const counts = screen.getByTestId('mailing-counts');
    expect([...counts.querySelectorAll('[data-count]')].map((e) => [e.getAttribute('data-count'), e.getAttribute('data-value')])).toEqual([
      ['total', '10'],
      ['sent', '3'],
      ['failed', '0'],
      ['skipped', '2'],
      ['waiting', '5'],
    ]);
    expect(screen.getByTestId('mailing-skipped-chart').getAttribute('aria-label')).toBe('Frequency cap reached: 1; Opted out of this subscription: 1');
    expect((await screen.findByTestId('mailing-template-link')).getAttribute('href')).toBe('/marketing/templates/t1');
    expect(screen.getByTestId('mailing-pause')).toBeTruthy();
    expect(screen.getByTestId('mailing-cancel')).toBeTruthy();
    expect(screen.queryByTestId('mailing-resume')).toBeNull();
  });

  it('gives a manager (own-write) the buttons on their own mailing only, as its viewerCan says', async () => {
    const { unmount } = render('SALES_MANAGER', mailing({ viewerCan: NO_ACTIONS }));
    await screen.findByRole('heading', { level: 1, name: 'Spring news' }, { timeout: 10_000 });
    expect(screen.queryByTestId('mailing-pause')).toBeNull();
    expect(screen.queryByTestId('mailing-cancel')).toBeNull();
    expect(screen.getByTestId('mailing-read-only')).toBeTruthy();
    unmount();
    render('SALES_MANAGER', mailing({ ownerId: ME, viewerCan: { ...NO_ACTIONS, pause: true, cancel: true } }));
    await screen.findByRole('heading', { level: 1, name: 'Spring news' }, { timeout: 10_000 });
    expect(screen.getByTestId('mailing-pause')).toBeTruthy();
  });

  it('says in words why a mailing paused itself, and offers resume', async () => {
    render('MARKETER', mailing({ status: 'PAUSED', pausedReason: 'mailings.paused.failures', viewerCan: { ...NO_ACTIONS, resume: true, cancel: true } }));
    const alert = await screen.findByTestId('mailing-paused', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('It paused itself after too many failed sends in a row.');
    expect(screen.getByTestId('mailing-resume')).toBeTruthy();
    expect(screen.queryByTestId('mailing-pause')).toBeNull();
  });

  it('reports engagement in people with rates, machines apart, clicks per link and the hours', async () => {
    render('MARKETER', mailing({ status: 'COMPLETED', viewerCan: NO_ACTIONS }));
    const card = await screen.findByTestId('mailing-engagement', {}, { timeout: 10_000 });
    const figures = [...card.querySelectorAll('[data-figure]')].map((e) => [e.getAttribute('data-figure'), e.getAttribute('data-value')]);
    expect(figures).toEqual([
      ['delivered', '2'],
      ['uniqueOpens', '1'],
      ['uniqueClicks', '1'],
      ['unsubscribes', '1'],
      ['bounces', '1'],
      ['complaints', '0'],
      ['replies', '0'],
    ]);
    expect(card.querySelector('[data-figure="uniqueOpens"]')?.textContent).toContain('50%');
    expect(within(card).getByTestId('mailing-machine').textContent).toBe(
      'Not counted above: 4 opens and 3 clicks by machines (privacy proxies and link scanners that fetch every message, not people).',
    );
    const links = screen.getByTestId('mailing-links');
    expect(within(links).getAllByRole('row')[1]!.textContent).toBe('https://example.com/spring?utm_campaign=spring12');
    expect(screen.getByTestId('mailing-hourly').getAttribute('aria-label')).toMatch(/^\d{2}-\d{2} \d{2}:00: 5 opens, 2 clicks$/);
  });

  it('shows a series’ rule, next run and the mailings it made, each linked to its own page', async () => {
    renderApp('/marketing/mailings/s1', [
      meMock('MARKETER'),
      one(series()),
      occurrencesOf('s1', [occurrence('o2', '2026-12-07', 'SENDING', 1), occurrence('o1', '2026-11-30', 'COMPLETED', 4)]),
      campaigns,
    ]);
    const card = await screen.findByTestId('mailing-series', {}, { timeout: 10_000 });
    expect(within(card).getByTestId('mailing-series-rule').textContent).toBe('Every Monday at 09:00 (Asia/Shanghai)');
    expect(within(card).getByTestId('mailing-series-rrule').textContent).toContain('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=9;BYMINUTE=0');
    expect(within(card).getByTestId('mailing-series-next').textContent).toMatch(/^2026-12-14 \d{2}:00$/);
    expect(within(card).getByTestId('mailing-series-made').textContent).toBe('2');
    const table = await screen.findByTestId('mailing-occurrences');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByTestId('mailing-occurrence-link').getAttribute('href'))).toEqual(['/marketing/mailings/o2', '/marketing/mailings/o1']);
    expect(rows.map((r) => within(r).getByTestId('mailing-status').textContent)).toEqual(['Sending', 'Completed']);
    expect(rows[0]!.textContent).toContain('1 / 4');
    expect(within(rows[1]!).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    // A series sends nothing itself: no counts, skip reasons or report of its own.
    expect(screen.queryByTestId('mailing-progress')).toBeNull();
    expect(screen.queryByTestId('mailing-skipped-chart')).toBeNull();
    expect(screen.queryByTestId('mailing-engagement')).toBeNull();
    expect(screen.getByTestId('mailing-pause')).toBeTruthy();
  });

  it('links an occurrence back to its series', async () => {
    renderApp('/marketing/mailings/o2', [meMock('MARKETER'), one(occurrence('o2', '2026-12-07', 'SENDING', 1)), campaigns]);
    const note = await screen.findByTestId('mailing-occurrence-of', {}, { timeout: 10_000 });
    expect(note.textContent).toMatch(/One mailing of a recurring series, scheduled for 2026-12-07 \d{2}:00\./);
    expect(within(note).getByTestId('mailing-series-link').getAttribute('href')).toBe('/marketing/mailings/s1');
    expect(screen.getByTestId('mailing-progress')).toBeTruthy();
  });

  it('says honestly when nobody has opened or clicked yet', async () => {
    render('MARKETER', mailing({ status: 'COMPLETED', viewerCan: NO_ACTIONS }), report({ links: [], hourly: [] }));
    await screen.findByTestId('mailing-links-none', {}, { timeout: 10_000 });
    expect(screen.getByTestId('mailing-hourly').getAttribute('aria-label')).toBe('Nobody has opened or clicked yet.');
  });
});

describe('Contact policy', { timeout: 60_000 }, () => {
  const policy: ContactPolicyFieldsFragment = {
    __typename: 'ContactPolicyModel',
    frequencyCap: { __typename: 'FrequencyCap', maxMessages: 2, windowDays: 7 },
    sameContentOnce: true,
    quietHours: null,
    timeZone: 'Asia/Shanghai',
    rules: [],
    availableRules: [{ __typename: 'ContactPolicyRuleModel', key: 'OPEN_HIGH_PRIORITY_CASE', available: false }],
  };
  const mock: MockLink.MockedResponse = { request: { query: ContactPolicyDocument }, result: { data: { contactPolicy: policy } }, ...ANY };

  it('is read-only for a reader, with the unavailable rule disabled and explained', async () => {
    renderApp('/admin/contact-policy', [meMock('MARKETER'), mock]);
    await screen.findByTestId('contact-policy-read-only', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('contact-policy-save')).toBeNull();
    // The read-only notice can show before the policy's values have arrived: wait for the field.
    const max = (await screen.findByTestId('policy-max-messages', {}, { timeout: 10_000 })) as HTMLInputElement;
    expect((screen.getByTestId('policy-cap-on') as HTMLButtonElement).disabled).toBe(true);
    expect(max.value).toBe('2');
    expect(screen.getByText('Available when cases exist: they come with the service area.')).toBeTruthy();
  });

  it('is editable for an administrator', async () => {
    renderApp('/admin/contact-policy', [meMock('ADMIN'), mock]);
    await screen.findByTestId('contact-policy-save', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('contact-policy-read-only')).toBeNull();
    expect((screen.getByTestId('policy-cap-on') as HTMLButtonElement).disabled).toBe(false);
    const rule = screen.getByRole('checkbox', { name: 'Customers with an open high-priority case' }) as HTMLInputElement;
    expect(rule.disabled).toBe(true);
  });
});
