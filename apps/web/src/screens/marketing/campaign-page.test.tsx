import {
  CampaignCostsDocument,
  CampaignDocument,
  CampaignFunnelDocument,
  CampaignMembersDocument,
  CampaignMemberStatusesDocument,
  CampaignRoiDocument,
  UpdateCampaignMemberStatusDocument,
} from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { always, connection, meMock, pickOption } from '@rapport/web-testing';
import { renderApp } from '../../testing/render-app';
import { campaignRow, member, roi } from './campaign-fixtures';

const CAMPAIGN = campaignRow({
  parent: { __typename: 'Campaign', id: 'cmp-year', name: 'Marketing 2026' },
  children: [
    { __typename: 'Campaign', id: 'cmp-booth', name: 'Expo booth', type: 'TRADE_SHOW', status: 'COMPLETED', startDate: null, endDate: null, currency: 'CNY', totals: { __typename: 'CampaignTotals', actualCost: 50000, members: 30, responses: 8 } },
  ],
});

const MEMBERS = [
  member('m-1', { contact: { __typename: 'Contact', id: 'ct-1', firstName: '敏', lastName: '王', name: '敏 王' } }),
  member('m-2', { status: 'visited', respondedAt: '2026-03-11T09:30:00Z', lead: { __typename: 'Lead', id: 'l-1', firstName: 'Ann', lastName: 'Wu', name: 'Ann Wu', company: 'Wu Trading' } }),
];

const STATUSES = [
  { __typename: 'CampaignMemberStatusOption' as const, value: 'invited', responded: false },
  { __typename: 'CampaignMemberStatusOption' as const, value: 'visited', responded: true },
  { __typename: 'CampaignMemberStatusOption' as const, value: 'follow_up', responded: true },
];

function pageMocks(update = true) {
  const campaign = { ...CAMPAIGN, viewerCan: { __typename: 'CampaignViewerCan' as const, update } };
  return [
    always(CampaignDocument, { campaign }),
    {
      request: { query: CampaignRoiDocument, variables: () => true },
      // Each model splits the won deals differently: first touch gives this campaign all of one more deal.
      result: (v: Record<string, unknown>) => ({
        data: { campaign: { __typename: 'Campaign', id: 'cmp-1', roi: v['model'] === 'FIRST_TOUCH' ? roi({ model: 'FIRST_TOUCH', wonAmount: 450000, wonDeals: 3, roi: 2 }) : roi() } },
      }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    always(CampaignMembersDocument, { campaign: { __typename: 'Campaign', id: 'cmp-1', members: connection('CampaignMember', MEMBERS) } }),
    always(CampaignMemberStatusesDocument, { campaignMemberStatuses: STATUSES }),
    always(CampaignCostsDocument, { campaign: { __typename: 'Campaign', id: 'cmp-1', costs: [] } }),
    // The funnel has its own tests (campaign-funnel.test.tsx); here it only has to answer.
    always(CampaignFunnelDocument, { campaign: { __typename: 'Campaign', id: 'cmp-1', funnel: [] } }),
  ];
}

describe('CampaignPage', { timeout: 60_000 }, () => {
  it('shows the totals, the parent and the sub-campaigns, and the return under the model picked', async () => {
    renderApp('/marketing/campaigns/cmp-1', [meMock('MARKETER'), ...pageMocks()]);
    expect(await screen.findByRole('heading', { name: 'Shanghai Expo 2026' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByTestId('campaign-type').textContent).toBe('Trade show');
    expect(screen.getByTestId('campaign-status').textContent).toBe('Active');
    expect(within(screen.getByTestId('campaign-parent')).getByRole('link', { name: 'Marketing 2026' }).getAttribute('href')).toBe('/marketing/campaigns/cmp-year');

    expect(screen.getByTestId('campaign-total-members').textContent).toContain('40');
    expect(screen.getByTestId('campaign-total-responses').textContent).toContain('10');
    expect(screen.getByTestId('campaign-total-rate').textContent).toContain('25%');
    expect(screen.getByTestId('campaign-total-cost').textContent).toMatch(/150,000/);

    const figures = await screen.findByTestId('campaign-roi', {}, { timeout: 5000 });
    expect(figures.getAttribute('data-model')).toBe('EVEN');
    expect(screen.getByTestId('campaign-roi-value').textContent).toContain('100%');
    expect(screen.getByTestId('campaign-roi-won').textContent).toMatch(/300,000/);
    // The chart states its numbers for screen readers.
    expect(screen.getByTestId('campaign-cost-return-chart').getAttribute('aria-label')).toMatch(/Budget: .*200,000.*Actual cost: .*150,000.*Attributed won amount: .*300,000/);

    await pickOption(screen.getByTestId('campaign-roi-model'), 'First touch');
    await waitFor(() => expect(screen.getByTestId('campaign-roi').getAttribute('data-model')).toBe('FIRST_TOUCH'), { timeout: 5000 });
    expect(screen.getByTestId('campaign-roi-won').textContent).toMatch(/450,000/);
    expect(screen.getByTestId('campaign-roi-won-deals').textContent).toContain('3');
    expect(screen.getByTestId('campaign-roi-value').textContent).toContain('200%');

    fireEvent.click(screen.getByRole('tab', { name: /Sub-campaigns/ }));
    const children = await screen.findByTestId('campaign-children-table');
    expect(within(children).getByRole('link', { name: 'Expo booth' }).getAttribute('href')).toBe('/marketing/campaigns/cmp-booth');
  });

  it('says ROI is undefined when nothing was spent', async () => {
    const mocks = pageMocks();
    mocks[1] = always(CampaignRoiDocument, { campaign: { __typename: 'Campaign', id: 'cmp-1', roi: roi({ actualCost: 0, roi: null, costPerLead: null, costPerWonDeal: null }) } });
    renderApp('/marketing/campaigns/cmp-1', [meMock('MARKETER'), ...mocks]);
    expect((await screen.findByTestId('campaign-roi-value', {}, { timeout: 10_000 })).textContent).toContain('Undefined (no cost)');
  });

  it('says how other currencies were converted, and warns of those without a rate', async () => {
    const mocks = pageMocks();
    mocks[1] = always(CampaignRoiDocument, { campaign: { __typename: 'Campaign', id: 'cmp-1', roi: roi({ missingRates: ['GBP', 'USD'] }) } });
    renderApp('/marketing/campaigns/cmp-1', [meMock('MARKETER'), ...mocks]);
    const warning = await screen.findByTestId('campaign-missing-rates', {}, { timeout: 10_000 });
    expect(warning.textContent).toContain('No exchange rate for GBP and USD: amounts in them are left out.');
    // A marketer cannot keep the rates: told whom to ask, not sent to a page they may only read.
    expect(warning.textContent).toContain('An admin can add rates under Admin → Exchange rates.');
    expect(within(warning).queryByRole('link')).toBeNull();
    expect(screen.getByTestId('campaign-roi-converted').textContent).toContain('Amounts in other currencies are converted into CNY at the rate of their day');
  });

  it('has no rate warning when every currency has a rate', async () => {
    renderApp('/marketing/campaigns/cmp-1', [meMock('MARKETER'), ...pageMocks()]);
    await screen.findByTestId('campaign-roi', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('campaign-missing-rates')).toBeNull();
    expect(screen.getByTestId('campaign-roi-converted')).toBeTruthy();
  });

  it('lists members with links and translated statuses, and sets the status of the picked ones at once', async () => {
    const updated = vi.fn(() => ({
      data: {
        updateCampaignMemberStatus: {
          __typename: 'UpdateCampaignMemberStatusPayload',
          updated: 1,
          campaign: { __typename: 'Campaign', id: 'cmp-1', totals: { __typename: 'CampaignTotals', actualCost: 150000, members: 40, responses: 11, responseRate: 0.275, subCampaigns: 0 } },
        },
      },
    }));
    renderApp('/marketing/campaigns/cmp-1', [
      meMock('MARKETER'),
      { request: { query: UpdateCampaignMemberStatusDocument, variables: { input: { campaignId: 'cmp-1', memberIds: ['m-1'], status: 'follow_up' } } }, result: updated },
      ...pageMocks(),
    ]);
    const table = await screen.findByTestId('campaign-members-table', {}, { timeout: 10_000 });
    const wang = (await within(table).findByRole('link', { name: '王敏' })).closest('tr')!;
    expect(within(wang).getByRole('link', { name: '王敏' }).getAttribute('href')).toBe('/sales/contacts/ct-1');
    expect(within(wang).getByText('Invited')).toBeTruthy();
    const ann = within(table).getByRole('link', { name: 'Ann Wu' }).closest('tr')!;
    expect(within(ann).getByRole('link', { name: 'Ann Wu' }).getAttribute('href')).toBe('/leads/l-1');
    expect(within(ann).getByText('Visited the booth')).toBeTruthy();

    fireEvent.click(within(wang).getByRole('checkbox'));
    const bar = await screen.findByTestId('member-bulk-bar');
    await pickOption(within(bar).getByTestId('member-bulk-status'), 'Asked for follow-up');
    fireEvent.click(within(bar).getByTestId('member-bulk-apply'));
    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(screen.queryByTestId('member-bulk-bar')).toBeNull());

    // "Import from file" opens on the type's statuses, the first preselected.
    fireEvent.click(screen.getByTestId('campaign-import-members'));
    const status = await screen.findByTestId('import-members-status');
    expect(status.textContent).toContain('Invited');
    expect(screen.getByRole('dialog').textContent).toContain('Import members into');
  });

  it('offers no editing, adding or status changes to a rep who may only read', async () => {
    renderApp('/marketing/campaigns/cmp-1', [meMock('SALES_REP'), ...pageMocks(false)]);
    const table = await screen.findByTestId('campaign-members-table', {}, { timeout: 10_000 });
    expect(await within(table).findByRole('link', { name: 'Ann Wu' })).toBeTruthy();
    expect(within(table).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByTestId('campaign-add-members')).toBeNull();
    expect(screen.queryByTestId('campaign-import-members')).toBeNull();
  });
});
