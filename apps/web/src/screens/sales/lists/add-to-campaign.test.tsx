import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  AddCampaignMembersDocument,
  CampaignBulkTargetDocument,
  CampaignMemberStatusesDocument,
  CampaignOptionsDocument,
  ContactsDocument,
  createCache,
  LeadsDocument,
  UnreadNotificationCountDocument,
  type ContactRowFragment,
  type Role,
} from '@rapport/web-data-access';
import { always, connection, customFieldsMock, leadRow, meMock, pickOption, rolesMock, savedViewsMock } from '@rapport/web-testing';
import { loadLazyMessages } from '@rapport/web-ui';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/app-providers';
import { appRoutes } from '../../../app/router';
import { signedInRoutes } from '../../../app/signed-in-routes';

const contact = (id: string, firstName: string, lastName: string): ContactRowFragment => ({
  __typename: 'Contact',
  id,
  customFields: {},
  name: `${firstName} ${lastName}`,
  firstName,
  lastName,
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
  title: null,
  emails: [],
  email: null,
  phones: [],
  locale: 'EN',
  timeZone: null,
  preferredChannel: null,
  needsReview: false,
  account: null,
  owner: { __typename: 'UserRef', id: 'u-admin', name: 'Ada Admin' },
  viewerCan: { __typename: 'RecordViewerCan', update: true, share: true, merge: true },
});

// Two campaigns of different types, so picking the second shows its own statuses.
const CAMPAIGNS = [
  { id: 'cmp-expo', name: 'Spring Expo', type: 'TRADE_SHOW' },
  { id: 'cmp-mail', name: 'Autumn mailing', type: 'EMAIL' },
];
const STATUSES: Record<string, string[]> = { TRADE_SHOW: ['visited', 'follow_up'], EMAIL: ['sent', 'opened', 'responded'] };

type AddInput = { campaignId: string; contactIds?: string[]; leadIds?: string[]; status: string | null };
type AddAnswer = { data: unknown } | { errors: unknown[] };

function campaignMocks(add: (v: { input: AddInput }) => AddAnswer): MockLink.MockedResponse[] {
  return [
    always(CampaignOptionsDocument, { campaigns: connection('Campaign', CAMPAIGNS.map(({ id, name }) => ({ __typename: 'Campaign', id, name }))) }),
    {
      request: { query: CampaignBulkTargetDocument, variables: () => true },
      result: (v: { id: string }) => ({ data: { campaign: { __typename: 'Campaign', ...CAMPAIGNS.find((c) => c.id === v.id)! } } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: CampaignMemberStatusesDocument, variables: () => true },
      result: (v: { type: string }) => ({
        data: { campaignMemberStatuses: STATUSES[v.type]!.map((value) => ({ __typename: 'CampaignMemberStatusOption', value, responded: value !== 'sent' })) },
      }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    { request: { query: AddCampaignMembersDocument, variables: () => true }, result: add as never, maxUsageCount: Number.POSITIVE_INFINITY },
  ];
}

const added = (campaignId: string, count: number, already: number) => ({
  data: {
    addCampaignMembers: {
      __typename: 'AddCampaignMembersPayload',
      added: count,
      alreadyMembers: already,
      campaign: {
        __typename: 'Campaign',
        id: campaignId,
        totals: { __typename: 'CampaignTotals', actualCost: 0, members: count + already, responses: 0, responseRate: null, subCampaigns: 0 },
      },
    },
  },
});

function renderList(path: '/leads' | '/sales/contacts', role: Role, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(appRoutes(signedInRoutes), { initialEntries: [path] });
  render(
    // The app's own cache: the campaign answers are normalised as they are in the app.
    <MockedProvider
      mocks={[
        meMock(role),
        ...mocks,
        { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY },
        rolesMock(),
      ]}
      cache={createCache()}
    >
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return router;
}

const LEAD_LIST = [
  customFieldsMock('LEAD'),
  savedViewsMock('leads'),
  always(LeadsDocument, { leads: connection('Lead', [leadRow('l1', { name: 'Ann Wu', lastName: 'Wu' }), leadRow('l2', { name: 'Ann Li', lastName: 'Li' })]) }),
];
const CONTACT_LIST = [customFieldsMock('CONTACT'), savedViewsMock('contacts'), always(ContactsDocument, { contacts: connection('Contact', [contact('c1', 'Min', 'Wang'), contact('c2', 'Lei', 'Zhang')]) })];

/** Ticks the rows' boxes once the table shows `firstName`; resolves when the bar counts them. */
async function pickRows(tableId: string, firstName: string, indexes: number[]) {
  const table = await screen.findByTestId(tableId, {}, { timeout: 10_000 });
  await within(table).findByText(firstName, {}, { timeout: 5000 });
  for (const i of indexes) fireEvent.click(table.querySelectorAll<HTMLInputElement>('tr[data-row-key] input[type="checkbox"]')[i]!);
  await waitFor(() => expect(screen.getByTestId('bulk-count').textContent).toBe(`Selected: ${indexes.length}`), { timeout: 5000 });
}

const submitButton = () => screen.getByTestId('add-to-campaign-submit') as HTMLButtonElement;

// Whole-app renders with antd tables, selects and modals: slow on a busy 2-core machine.
describe('Add to campaign from the leads and contacts lists', { timeout: 60_000 }, () => {
  it('adds the picked leads with the campaign type’s first status, tells the result with a link, and clears the selection', async () => {
    const add = vi.fn((_v: { input: AddInput }) => added('cmp-expo', 1, 1));
    renderList('/leads', 'MARKETER', [...LEAD_LIST, ...campaignMocks(add)]);
    await pickRows('leads-table', 'Ann Wu', [0, 1]);

    fireEvent.click(await screen.findByTestId('bulk-add-to-campaign', {}, { timeout: 5000 }));
    const dialog = (await screen.findByText('Add selected leads to a campaign (2)', {}, { timeout: 5000 })).closest<HTMLElement>('.ant-modal')!;
    // Nothing to send before a campaign is picked; the statuses wait for its type.
    expect(submitButton().disabled).toBe(true);
    expect(within(dialog).getByText('Pick a campaign first: each campaign type has its own statuses.')).toBeTruthy();

    await pickOption(screen.getByTestId('add-to-campaign-campaign'), 'Spring Expo');
    await waitFor(() => expect(within(screen.getByTestId('add-to-campaign-status')).getByText('Visited the booth')).toBeTruthy(), { timeout: 5000 });
    expect(submitButton().disabled).toBe(false);
    fireEvent.click(submitButton());

    await waitFor(() => expect(add).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(add.mock.calls[0]![0].input).toEqual({ campaignId: 'cmp-expo', leadIds: ['l1', 'l2'], status: 'visited' });
    const result = await screen.findByTestId('add-to-campaign-result', {}, { timeout: 5000 });
    expect(result.textContent).toContain('Added to Spring Expo: 1. Already members, left as they were: 1.');
    expect(within(result).getByRole('link', { name: 'Open the campaign' }).getAttribute('href')).toBe('/marketing/campaigns/cmp-expo');
    await waitFor(() => expect(screen.queryByTestId('bulk-bar')).toBeNull(), { timeout: 5000 });
  });

  it('adds the picked contacts with the status chosen; a refused status lands on its field and keeps the selection', async () => {
    let calls = 0;
    const add = vi.fn((_v: { input: AddInput }): AddAnswer => {
      calls += 1;
      return calls === 1
        ? { errors: [{ message: 'The input is not valid.', extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.status', message: 'Not a status of this campaign type' }] } }] }
        : added('cmp-mail', 1, 0);
    });
    renderList('/sales/contacts', 'ADMIN', [...CONTACT_LIST, ...campaignMocks(add)]);
    await pickRows('contacts-table', 'Min Wang', [1]);

    fireEvent.click(await screen.findByTestId('bulk-add-to-campaign', {}, { timeout: 5000 }));
    expect(await screen.findByText('Add selected contacts to a campaign (1)', {}, { timeout: 5000 })).toBeTruthy();
    // The first campaign's statuses give way to the second's when the pick changes.
    await pickOption(screen.getByTestId('add-to-campaign-campaign'), 'Spring Expo');
    await waitFor(() => expect(within(screen.getByTestId('add-to-campaign-status')).getByText('Visited the booth')).toBeTruthy(), { timeout: 5000 });
    await pickOption(screen.getByTestId('add-to-campaign-campaign'), 'Autumn mailing');
    await waitFor(() => expect(within(screen.getByTestId('add-to-campaign-status')).getByText('Sent')).toBeTruthy(), { timeout: 5000 });
    await pickOption(screen.getByTestId('add-to-campaign-status'), 'Opened');
    fireEvent.click(submitButton());

    expect(await screen.findByText('Not a status of this campaign type', {}, { timeout: 5000 })).toBeTruthy();
    expect(add.mock.calls[0]![0].input).toEqual({ campaignId: 'cmp-mail', contactIds: ['c2'], status: 'opened' });
    // Still open, still picked: nothing was added.
    expect(screen.getByTestId('add-to-campaign-submit')).toBeTruthy();
    expect(screen.getByTestId('bulk-count').textContent).toBe('Selected: 1');
    expect(screen.queryByTestId('add-to-campaign-result')).toBeNull();

    fireEvent.click(submitButton());
    const result = await screen.findByTestId('add-to-campaign-result', {}, { timeout: 5000 });
    expect(result.textContent).toContain('Added to Autumn mailing: 1.');
    expect(result.textContent).not.toContain('Already members');
    expect(add).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByTestId('bulk-bar')).toBeNull(), { timeout: 5000 });
  });

  it('is not offered to a rep, who may read campaigns but not change them', async () => {
    // The action's messages are in already: a role that could use it would see it at once.
    await Promise.all([loadLazyMessages('campaign-bulk', 'en'), loadLazyMessages('marketing', 'en')]);
    const add = vi.fn((_v: { input: AddInput }) => added('cmp-expo', 1, 0));
    renderList('/leads', 'SALES_REP', [...LEAD_LIST, ...campaignMocks(add)]);
    await pickRows('leads-table', 'Ann Wu', [0]);
    expect(screen.getByTestId('bulk-assign')).toBeTruthy();
    expect(screen.queryByTestId('bulk-add-to-campaign')).toBeNull();
    expect(within(screen.getByTestId('bulk-bar')).queryByText('Add to campaign')).toBeNull();
  });
});
