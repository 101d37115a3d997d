import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  AccountCampaignsDocument,
  createCache,
  LeadCampaignsDocument,
  OpportunityCampaignsDocument,
  type CampaignTouchRowFragment,
  type CampaignType,
  type CurrentUserFragment,
  type Role,
} from '@rapport/web-data-access';
import { RecordPanelSlot, SessionContext, type RecordPanelKind } from '@rapport/web-core';
import { grantsFor } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../app/app-providers';

// The panel as the sales record pages get it: through their RecordPanelSlot, with the panels the
// app registers (app/signed-in-providers.tsx), so the registration is under test too.

function me(role: Role): CurrentUserFragment {
  return { __typename: 'User', id: 'u-1', email: 'rita@example.com', name: 'Rita Rep', role, locale: 'EN', team: null, permissions: grantsFor(role) };
}

function renderSlot(kind: RecordPanelKind, id: string, mocks: MockLink.MockedResponse[], role: Role = 'SALES_REP') {
  const router = createMemoryRouter([{ path: '*', element: <RecordPanelSlot kind={kind} record={{ id, name: 'Ann Wu' }} /> }], { initialEntries: ['/record'] });
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AppProviders>
        <SessionContext.Provider value={me(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </AppProviders>
    </MockedProvider>,
  );
  return router;
}

const campaign = (id: string, name: string, type: CampaignType = 'EVENT') => ({ __typename: 'Campaign' as const, id, name, type, status: 'ACTIVE' as const });

function touch(n: number, overrides: Partial<CampaignTouchRowFragment> = {}): CampaignTouchRowFragment {
  return {
    __typename: 'CampaignTouch',
    id: `m-${n}`,
    campaign: campaign(`cmp-${n}`, `Campaign ${n}`),
    status: 'invited',
    respondedAt: null,
    // Noon UTC: the same calendar day in every time zone the tests run in.
    createdAt: `2026-03-${String(20 - n).padStart(2, '0')}T12:00:00Z`,
    contactId: null,
    leadId: 'l1',
    contact: null,
    lead: { __typename: 'Lead', id: 'l1', firstName: 'Ann', lastName: 'Wu' },
    ...overrides,
  };
}

function leadMock(campaigns: CampaignTouchRowFragment[] | null, answered = vi.fn()): MockLink.MockedResponse {
  return {
    request: { query: LeadCampaignsDocument, variables: { id: 'l1' } },
    result: () => {
      answered();
      return { data: { lead: { __typename: 'Lead', id: 'l1', campaigns } } };
    },
  };
}

const entryTexts = () => screen.getAllByTestId('campaigns-panel-entry').map((e) => e.textContent);

describe('Campaigns panel on the record pages', { timeout: 60_000 }, () => {
  it('lists the campaigns that touched a lead, latest first as the API gives them, each linking to its campaign', async () => {
    const touches = [
      touch(1, { campaign: campaign('cmp-expo', 'Shanghai Expo 2026', 'TRADE_SHOW'), status: 'attended', respondedAt: '2026-03-18T12:00:00Z' }),
      ...[2, 3, 4, 5, 6, 7].map((n) => touch(n)),
    ];
    const router = renderSlot('lead', 'l1', [leadMock(touches)]);
    const panel = await screen.findByTestId('campaigns-panel-lead', {}, { timeout: 10_000 });
    expect(within(panel).getByText('Campaigns')).toBeTruthy();
    await within(panel).findByText('Shanghai Expo 2026');

    // At most five, then "show all" with the count.
    expect(entryTexts()).toEqual([
      'Shanghai Expo 2026Trade showAttended · responded on 2026-03-18',
      'Campaign 2Event / seminarInvited · joined on 2026-03-18',
      'Campaign 3Event / seminarInvited · joined on 2026-03-17',
      'Campaign 4Event / seminarInvited · joined on 2026-03-16',
      'Campaign 5Event / seminarInvited · joined on 2026-03-15',
    ]);
    const more = screen.getByTestId('campaigns-panel-more');
    expect(more.textContent).toBe('Show all 7');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(entryTexts()).toHaveLength(7);
    expect(entryTexts()[6]).toBe('Campaign 7Event / seminarInvited · joined on 2026-03-13');
    expect(more.textContent).toBe('Show fewer');
    fireEvent.click(more);
    expect(entryTexts()).toHaveLength(5);

    const link = within(panel).getByRole('link', { name: 'Shanghai Expo 2026' });
    expect(link.getAttribute('href')).toBe('/marketing/campaigns/cmp-expo');
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/marketing/campaigns/cmp-expo'));
  });

  it('names which of an account’s people each campaign reached, and no one the reader may not see', async () => {
    const expo = campaign('cmp-expo', 'Shanghai Expo 2026', 'TRADE_SHOW');
    const touches = [
      touch(1, { campaign: expo, contactId: 'c1', leadId: null, lead: null, contact: { __typename: 'Contact', id: 'c1', firstName: '伟', lastName: '张' } }),
      touch(2, { campaign: expo, contactId: 'c2', leadId: null, lead: null, contact: { __typename: 'Contact', id: 'c2', firstName: 'Ann', lastName: 'Wu' } }),
      // A contact of the account the reader may not read: the API gives no person, the panel names none.
      touch(3, { campaign: expo, contactId: 'c3', leadId: null, lead: null, contact: null }),
    ];
    renderSlot('account', 'a1', [{ request: { query: AccountCampaignsDocument, variables: { id: 'a1' } }, result: { data: { account: { __typename: 'Account', id: 'a1', campaigns: touches } } } }]);
    await screen.findByTestId('campaigns-panel-account', {}, { timeout: 10_000 });
    await screen.findAllByText('Shanghai Expo 2026');
    expect(entryTexts()).toEqual([
      'Shanghai Expo 2026Trade show张伟 · Invited · joined on 2026-03-19',
      'Shanghai Expo 2026Trade showAnn Wu · Invited · joined on 2026-03-18',
      'Shanghai Expo 2026Trade showInvited · joined on 2026-03-17',
    ]);
  });

  it('says so when no campaign has touched the lead, without "show all"', async () => {
    renderSlot('lead', 'l1', [leadMock([])]);
    const empty = await screen.findByTestId('campaigns-panel-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No campaign has touched this customer yet.');
    expect(screen.queryByTestId('campaigns-panel-entry')).toBeNull();
    expect(screen.queryByTestId('campaigns-panel-more')).toBeNull();
  });

  it('shows no panel at all when the API withholds campaigns (null)', async () => {
    const answered = vi.fn();
    renderSlot('lead', 'l1', [leadMock(null, answered)]);
    await waitFor(() => expect(answered).toHaveBeenCalled(), { timeout: 10_000 });
    // The answer has been rendered, and still there is neither a card nor an empty state.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByTestId('campaigns-panel-lead')).toBeNull();
    expect(screen.queryByText('Campaigns')).toBeNull();
  });

  it('asks nothing and shows nothing for a role that may not read campaigns', async () => {
    const answered = vi.fn();
    renderSlot('lead', 'l1', [leadMock([touch(1)], answered)], 'SERVICE_AGENT');
    await new Promise((r) => setTimeout(r, 300));
    expect(answered).not.toHaveBeenCalled();
    expect(screen.queryByTestId('campaigns-panel-lead')).toBeNull();
  });

  it('offers a retry when the campaigns could not be loaded, and shows them after it', async () => {
    renderSlot('lead', 'l1', [
      { request: { query: LeadCampaignsDocument, variables: { id: 'l1' } }, result: { errors: [new GraphQLError('The database is asleep')] } },
      leadMock([touch(1)]),
    ]);
    const panel = await screen.findByTestId('campaigns-panel-lead', {}, { timeout: 10_000 });
    expect(await within(panel).findByText('The database is asleep')).toBeTruthy();
    fireEvent.click(within(panel).getByTestId('campaigns-panel-retry'));
    expect(await within(panel).findByText('Campaign 1')).toBeTruthy();
    expect(within(panel).queryByText('The database is asleep')).toBeNull();
  });

  it('lists the responses that touched a deal, oldest first, as "responded on" entries', async () => {
    const influence = (id: string, name: string, type: CampaignType, respondedAt: string) => ({ __typename: 'CampaignInfluence' as const, campaign: campaign(id, name, type), respondedAt });
    renderSlot('opportunity', 'o1', [
      {
        request: { query: OpportunityCampaignsDocument, variables: { id: 'o1' } },
        result: {
          data: {
            opportunity: {
              __typename: 'Opportunity',
              id: 'o1',
              campaigns: [
                influence('cmp-web', 'Spring webinar 春季网络研讨会', 'WEBINAR', '2026-01-10T12:00:00Z'),
                influence('cmp-expo', 'Shanghai Expo 2026', 'TRADE_SHOW', '2026-02-01T12:00:00Z'),
                // Two people of the account answered the same campaign: two touches, as attribution counts them.
                influence('cmp-expo', 'Shanghai Expo 2026', 'TRADE_SHOW', '2026-02-03T12:00:00Z'),
              ],
            },
          },
        },
      },
    ]);
    const panel = await screen.findByTestId('campaigns-panel-opportunity', {}, { timeout: 10_000 });
    await within(panel).findByText('Spring webinar 春季网络研讨会');
    expect(entryTexts()).toEqual([
      'Spring webinar 春季网络研讨会Webinarresponded on 2026-01-10',
      'Shanghai Expo 2026Trade showresponded on 2026-02-01',
      'Shanghai Expo 2026Trade showresponded on 2026-02-03',
    ]);
    expect(within(panel).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/marketing/campaigns/cmp-web',
      '/marketing/campaigns/cmp-expo',
      '/marketing/campaigns/cmp-expo',
    ]);
    expect(panel.textContent).toContain('in the window before the deal was created');
  });

  it('says so when no campaign response led up to the deal', async () => {
    renderSlot('opportunity', 'o1', [
      { request: { query: OpportunityCampaignsDocument, variables: { id: 'o1' } }, result: { data: { opportunity: { __typename: 'Opportunity', id: 'o1', campaigns: [] } } } },
    ]);
    const empty = await screen.findByTestId('campaigns-panel-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No campaign response at this account led up to this deal.');
  });

  it('shows no panel on a deal when the API withholds campaigns (null)', async () => {
    const answered = vi.fn(() => ({ data: { opportunity: { __typename: 'Opportunity', id: 'o1', campaigns: null } } }));
    renderSlot('opportunity', 'o1', [{ request: { query: OpportunityCampaignsDocument, variables: { id: 'o1' } }, result: answered }]);
    await waitFor(() => expect(answered).toHaveBeenCalled(), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByTestId('campaigns-panel-opportunity')).toBeNull();
  });
});
