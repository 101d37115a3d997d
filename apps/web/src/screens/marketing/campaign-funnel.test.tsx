import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  CampaignCostsDocument,
  CampaignDocument,
  CampaignFunnelDocument,
  CampaignMembersDocument,
  CampaignMemberStatusesDocument,
  CampaignRoiDocument,
  createCache,
  UnreadNotificationCountDocument,
  type CampaignFunnelQuery,
  type CampaignMemberFieldsFragment,
} from '@rapport/web-data-access';
import { always, connection, meMock, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/app-providers';
import { appRoutes } from '../../app/router';
import { signedInRoutes } from '../../app/signed-in-routes';
import { campaignRow, member, roi } from './campaign-fixtures';

type FunnelRow = NonNullable<CampaignFunnelQuery['campaign']>['funnel'][number];
const step = (s: FunnelRow['step'], count: number, medianHours: number | null = null): FunnelRow => ({ __typename: 'CampaignFunnelStepRow', step: s, count, medianHours });

// Hand-made: 40 members, 10 responded, 6 heard from a rep (median 3.5 h after responding),
// 3 got an opportunity (median 50.4 h = 2.1 days), 2 won.
const FUNNEL = [step('MEMBER', 40), step('RESPONDED', 10), step('CONTACTED', 6, 3.5), step('OPPORTUNITY', 3, 50.4), step('WON', 2, 240)];
const EVERYONE = [
  member('m-1', { contact: { __typename: 'Contact', id: 'ct-1', firstName: '敏', lastName: '王', name: '敏 王' } }),
  member('m-2', { status: 'visited', respondedAt: '2026-03-11T09:30:00Z', lead: { __typename: 'Lead', id: 'l-1', firstName: 'Ann', lastName: 'Wu', name: 'Ann Wu', company: 'Wu Trading' } }),
];
// Of the two who won, the reader may see one.
const WINNERS: CampaignMemberFieldsFragment[] = [EVERYONE[1]!];

const funnelAnswer = (rows: FunnelRow[]) => ({ data: { campaign: { __typename: 'Campaign', id: 'cmp-1', funnel: rows } } });

/** The page's queries; the members list answers by the `reached` it is asked for and records what it was sent. */
function pageMocks(funnel: MockLink.MockedResponse, asked: Record<string, unknown>[] = []): MockLink.MockedResponse[] {
  return [
    meMock('MARKETER'),
    always(CampaignDocument, { campaign: campaignRow() }),
    always(CampaignRoiDocument, { campaign: { __typename: 'Campaign', id: 'cmp-1', roi: roi() } }),
    funnel,
    {
      request: { query: CampaignMembersDocument, variables: () => true },
      result: (v: Record<string, unknown>) => {
        asked.push(v);
        return { data: { campaign: { __typename: 'Campaign', id: 'cmp-1', members: connection('CampaignMember', v['reached'] === 'WON' ? WINNERS : EVERYONE) } } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    always(CampaignMemberStatusesDocument, { campaignMemberStatuses: [] }),
    always(CampaignCostsDocument, { campaign: { __typename: 'Campaign', id: 'cmp-1', costs: [] } }),
    { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY },
    rolesMock(),
  ];
}

function renderPage(mocks: MockLink.MockedResponse[], path = '/marketing/campaigns/cmp-1') {
  const router = createMemoryRouter(appRoutes(signedInRoutes), { initialEntries: [path] });
  render(
    // The app's own cache, so the drill-down's lists are cached (or not) as they are in the app.
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return router;
}

describe('Campaign funnel', { timeout: 60_000 }, () => {
  it('draws a bar per step with its count, share and median time, and says all of it to a screen reader', async () => {
    renderPage(pageMocks(always(CampaignFunnelDocument, funnelAnswer(FUNNEL).data)));
    const card = await screen.findByTestId('campaign-funnel-chart', {}, { timeout: 10_000 });
    const counts = Object.fromEntries(FUNNEL.map((s) => [s.step, screen.getByTestId(`campaign-funnel-step-${s.step}`).getAttribute('data-count')]));
    expect(counts).toEqual({ MEMBER: '40', RESPONDED: '10', CONTACTED: '6', OPPORTUNITY: '3', WON: '2' });
    expect(card.getAttribute('aria-label')).toBe(
      'Did they reach sales: Members 40 (100%); Responded 10 (25%); Contacted by a rep 6 (15%), median 3.5 h after the response; ' +
        'Opportunity 3 (7.5%), median 2.1 days after the response; Won 2 (5%), median 10 days after the response',
    );
    // Each bar is labelled with its count and share; the medians are under the step names.
    for (const label of ['40 · 100%', '10 · 25%', '6 · 15%', '3 · 7.5%', '2 · 5%']) expect(within(card).getByText(label)).toBeTruthy();
    expect(within(card).getByText('median 2.1 days after the response')).toBeTruthy();
    expect(card.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(5);
    // The table repeats the numbers; the median column says nothing for steps without one.
    const won = screen.getByTestId('campaign-funnel-step-WON').closest('tr')!;
    expect(within(won).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Won', '2', '5%', '10 days']);
    const responded = screen.getByTestId('campaign-funnel-step-RESPONDED').closest('tr')!;
    expect(within(responded).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Responded', '10', '25%', '—']);
  });

  it('opens the members who reached a step, with a chip that says so and clears it', async () => {
    const asked: Record<string, unknown>[] = [];
    const router = renderPage(pageMocks(always(CampaignFunnelDocument, funnelAnswer(FUNNEL).data), asked));
    const table = await screen.findByTestId('campaign-members-table', {}, { timeout: 10_000 });
    expect(await within(table).findByRole('link', { name: '王敏' })).toBeTruthy();
    expect(asked.at(-1)).toEqual({ id: 'cmp-1', first: 20, after: null, reached: null });
    expect(screen.queryByTestId('campaign-members-reached')).toBeNull();

    // The table's step is a button named by what it opens.
    const wonButton = await screen.findByRole('button', { name: 'Show the members who reached: Won' });
    expect(wonButton.getAttribute('data-testid')).toBe('campaign-funnel-step-WON');
    fireEvent.click(wonButton);

    const chip = await screen.findByTestId('campaign-members-reached');
    expect(chip.textContent).toContain('Showing members who reached: Won');
    await waitFor(() => expect(asked.at(-1)).toEqual({ id: 'cmp-1', first: 20, after: null, reached: 'WON' }));
    await waitFor(() => expect(within(table).queryByRole('link', { name: '王敏' })).toBeNull());
    expect(within(table).getByRole('link', { name: 'Ann Wu' })).toBeTruthy();
    expect(router.state.location.search).toBe('?reached=WON');
    // The funnel counts two winners; this reader may see one of them.
    expect((await screen.findByTestId('campaign-members-reached-partial')).textContent).toBe('You may see 1 of the 2 people who reached this step.');
    await waitFor(() => expect(document.activeElement).toBe(chip));

    fireEvent.click(within(chip).getByTestId('campaign-members-reached-clear'));
    await waitFor(() => expect(screen.queryByTestId('campaign-members-reached')).toBeNull());
    expect(router.state.location.search).toBe('');
    // Everyone again (the unfiltered page comes from the cache: no `reached` left in what is shown).
    expect(await within(table).findByRole('link', { name: '王敏' })).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Ann Wu' })).toBeTruthy();
  });

  it('opens with the step the address names', async () => {
    const asked: Record<string, unknown>[] = [];
    renderPage(pageMocks(always(CampaignFunnelDocument, funnelAnswer(FUNNEL).data), asked), '/marketing/campaigns/cmp-1?reached=OPPORTUNITY');
    expect((await screen.findByTestId('campaign-members-reached', {}, { timeout: 10_000 })).textContent).toContain('Showing members who reached: Opportunity');
    await waitFor(() => expect(asked[0]).toMatchObject({ reached: 'OPPORTUNITY' }));
  });

  it('says there are no members yet instead of drawing empty bars', async () => {
    renderPage(pageMocks(always(CampaignFunnelDocument, funnelAnswer([step('MEMBER', 0), step('RESPONDED', 0), step('CONTACTED', 0), step('OPPORTUNITY', 0), step('WON', 0)]).data)));
    const empty = await screen.findByTestId('campaign-funnel-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('No members yet.');
    expect(within(screen.getByTestId('campaign-funnel')).queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('campaign-funnel-chart')).toBeNull();
  });

  it('shows a failed load with a retry that loads the funnel', async () => {
    let calls = 0;
    const flaky: MockLink.MockedResponse = {
      request: { query: CampaignFunnelDocument, variables: () => true },
      result: () => (++calls === 1 ? { errors: [new GraphQLError('Database unavailable')] } : funnelAnswer(FUNNEL)),
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderPage(pageMocks(flaky));
    const failed = await screen.findByTestId('campaign-funnel-error', {}, { timeout: 10_000 });
    expect(failed.textContent).toContain('The funnel could not be loaded.');
    fireEvent.click(within(failed).getByRole('button', { name: /Try again/ }));
    expect((await screen.findByTestId('campaign-funnel-step-WON', {}, { timeout: 5000 })).getAttribute('data-count')).toBe('2');
    expect(screen.queryByTestId('campaign-funnel-error')).toBeNull();
  });
});
