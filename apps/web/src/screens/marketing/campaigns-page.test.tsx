import { CampaignsDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, customFieldsMock, meMock, savedViewsMock } from '@rapport/web-testing';
import { renderApp } from '../../testing/render-app';
import { campaignRow } from './campaign-fixtures';

const ROWS = [
  campaignRow(),
  campaignRow({ id: 'cmp-2', name: 'Baidu ads Q1', type: 'ADVERTISING', status: 'COMPLETED', channel: 'Paid search', budget: null, totals: { __typename: 'CampaignTotals', actualCost: 0, members: 0, responses: 0, responseRate: null, subCampaigns: 0 } }),
];

/**
 * The list answers with `rows` unless the request carries a filter, which matches nothing; its
 * tools' queries (campaign custom fields, saved views of `campaigns`) answer with none.
 */
function campaignsMock(rows = ROWS, asked: Record<string, unknown>[] = []) {
  return [
    customFieldsMock('CAMPAIGN'),
    savedViewsMock('campaigns'),
    {
      request: { query: CampaignsDocument, variables: (v: Record<string, unknown>) => (asked.push(v), true) },
      result: (v: Record<string, unknown>) => ({ data: { campaigns: connection('Campaign', v['filter'] ? [] : rows) } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

describe('CampaignsPage', { timeout: 60_000 }, () => {
  it('lists campaigns with their type, status, budget and reach, and offers "New campaign" to a marketer', async () => {
    const asked: Record<string, unknown>[] = [];
    renderApp('/marketing/campaigns', [meMock('MARKETER'), ...campaignsMock(ROWS, asked)]);
    const table = await screen.findByTestId('campaigns-table', {}, { timeout: 10_000 });
    const expo = (await within(table).findByRole('link', { name: 'Shanghai Expo 2026' })).closest('tr')!;
    expect(expo.getAttribute('data-row-key')).toBe('cmp-1');
    for (const text of ['Trade show', 'Active', 'Events', '40', '10']) expect(within(expo).getByText(text)).toBeTruthy();
    expect(within(expo).getByText(/200,000/)).toBeTruthy();
    expect(within(expo).getByText(/150,000/)).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Baidu ads Q1' }).getAttribute('href')).toBe('/marketing/campaigns/cmp-2');
    // Newest first by start date, unfiltered.
    expect(asked[0]).toMatchObject({ orderBy: [{ field: 'START_DATE', direction: 'DESC' }] });
    expect(asked[0]!['filter']).toBeUndefined();
    expect(screen.getByTestId('campaign-create')).toBeTruthy();

    // A search that finds nothing says "none match", not "none exist".
    fireEvent.change(screen.getByTestId('campaigns-search'), { target: { value: 'nothing like this' } });
    expect(await within(table).findByText('No campaigns match these filters.', {}, { timeout: 5000 })).toBeTruthy();
    expect(asked.at(-1)!['filter']).toMatchObject({ or: expect.arrayContaining([{ name: { contains: 'nothing like this' } }]) });
    // The CSV export takes exactly the filter the list shows.
    const href = screen.getByTestId('list-export').getAttribute('href')!;
    expect(href.startsWith('/api/v1/export/campaigns.csv?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(href.split('filter=')[1]!))).toEqual(asked.at(-1)!['filter']);
  });

  it('shows a sales rep the campaigns to read, without "New campaign"', async () => {
    renderApp('/marketing/campaigns', [meMock('SALES_REP'), ...campaignsMock()]);
    const table = await screen.findByTestId('campaigns-table', {}, { timeout: 10_000 });
    expect(await within(table).findByRole('link', { name: 'Shanghai Expo 2026' })).toBeTruthy();
    expect(screen.queryByTestId('campaign-create')).toBeNull();
  });

  it('says there are none yet when none exist, with "New campaign" for whoever may create one', async () => {
    renderApp('/marketing/campaigns', [meMock('MARKETER'), ...campaignsMock([])]);
    const empty = await screen.findByTestId('list-empty-reason', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('No campaigns yet.');
    expect(within(empty).getByTestId('campaign-create-empty')).toBeTruthy();
  });

  it('keeps a service agent out: the page explains which grant it needs', async () => {
    renderApp('/marketing/campaigns', [meMock('SERVICE_AGENT'), ...campaignsMock()]);
    expect(await screen.findByText(/see campaigns/, {}, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('campaigns-table')).toBeNull());
  });
});
