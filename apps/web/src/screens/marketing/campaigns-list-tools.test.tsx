import { CampaignsDocument, SaveViewDocument, type Role, type SavedViewFieldsFragment } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connection, customFieldsMock, meMock, pickOption, savedViewsMock } from '@rapport/web-testing';
import { renderApp } from '../../testing/render-app';
import { campaignRow } from './campaign-fixtures';

// The campaign list's saved views and column choice: the same tools as the sales lists
// (web-core's useListTools and ListToolsBar), filed under the list name `campaigns`.
const EXPO = campaignRow();
const ADS = campaignRow({ id: 'cmp-2', name: 'Baidu ads Q1', type: 'ADVERTISING', status: 'COMPLETED', channel: 'Paid search', budget: 80000 });

/** Answers every campaign query: advertising only when the filter asks for it; records what was asked. */
function campaignsMock(asked: Record<string, unknown>[]) {
  return {
    request: { query: CampaignsDocument, variables: (v: Record<string, unknown>) => (asked.push(v), true) },
    result: (v: Record<string, unknown>) => ({ data: { campaigns: connection('Campaign', JSON.stringify(v['filter'] ?? null).includes('ADVERTISING') ? [ADS] : [EXPO, ADS]) } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const view = (definition: Record<string, unknown>): SavedViewFieldsFragment => ({
  __typename: 'SavedView',
  id: 'v-ads',
  objectType: 'campaigns',
  name: 'Paid ads by budget',
  shared: true,
  mine: false,
  definition,
  updatedAt: '2026-11-02T10:00:00Z',
});

const ADS_VIEW = view({
  version: 1,
  filter: { type: { in: ['ADVERTISING'] } },
  orderBy: [{ field: 'BUDGET', direction: 'DESC' }],
  columns: ['name', 'type', 'status', 'channel', 'dates', 'budget', 'actualCost', 'members', 'responses'],
  hiddenColumns: ['channel', 'members'],
  builder: { type: 'group', id: 'g', match: 'and', items: [{ type: 'condition', id: 'c', field: 'type', op: 'in', value: ['ADVERTISING'] }] },
  sort: { column: 'budget', descending: true },
});

const headers = (table: HTMLElement) => [...table.querySelectorAll('th')].map((th) => th.textContent);
/** The column the table shows as sorted, and which way (antd's `aria-sort`). */
const sortedBy = (table: HTMLElement) => {
  const th = table.querySelector('th[aria-sort]');
  return th ? [th.textContent, th.getAttribute('aria-sort')] : [];
};

function renderList(role: Role, views: SavedViewFieldsFragment[], extra: Parameters<typeof renderApp>[1] = []) {
  const asked: Record<string, unknown>[] = [];
  renderApp('/marketing/campaigns', [meMock(role), customFieldsMock('CAMPAIGN'), savedViewsMock('campaigns', views), campaignsMock(asked), ...extra]);
  return asked;
}

afterEach(() => localStorage.clear());

describe('campaign list tools', { timeout: 60_000 }, () => {
  it('applies a saved view: its filter, sort and hidden columns; the standard view undoes it', async () => {
    const asked = renderList('MARKETER', [ADS_VIEW]);
    const table = await screen.findByTestId('campaigns-table', {}, { timeout: 10_000 });
    await within(table).findByRole('link', { name: 'Shanghai Expo 2026' }, { timeout: 5000 });
    expect(headers(table)).toEqual(expect.arrayContaining(['Channel', 'Members']));

    await pickOption(screen.getByTestId('views-select'), 'Paid ads by budget');
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Shanghai Expo 2026' })).toBeNull(), { timeout: 5000 });
    expect(within(table).getByRole('link', { name: 'Baidu ads Q1' })).toBeTruthy();
    expect(asked.at(-1)).toMatchObject({ filter: { type: { in: ['ADVERTISING'] } }, orderBy: [{ field: 'BUDGET', direction: 'DESC' }] });
    expect(sortedBy(table)).toEqual(['Budget', 'descending']);
    expect(headers(table)).not.toContain('Channel');
    expect(headers(table)).not.toContain('Members');
    expect(headers(table)).toContain('Budget');
    // The view's condition is in the builder, open under the toolbar.
    expect(within(screen.getByTestId('filter-panel')).getByTestId('filter-field-0').textContent).toContain('Type');
    // The export follows the view's filter (enums as the REST filter stores them).
    const href = screen.getByTestId('list-export').getAttribute('href')!;
    expect(JSON.parse(decodeURIComponent(href.split('?filter=')[1]!))).toEqual({ type: { in: ['advertising'] } });

    await pickOption(screen.getByTestId('views-select'), 'Standard view');
    await within(table).findByRole('link', { name: 'Shanghai Expo 2026' }, { timeout: 5000 });
    // Back to the list's default order (the first page comes from the cache: no new request).
    expect(sortedBy(table)).toEqual(['Dates', 'descending']);
    expect(screen.queryByTestId('filter-field-0')).toBeNull();
    expect(headers(table)).toEqual(expect.arrayContaining(['Channel', 'Members']));
  });

  it('hides a column with the chooser (never the name), remembers it, and saves it as a view', async () => {
    const saved = vi.fn((variables: { input: { name: string; shared: boolean; objectType: string; definition: Record<string, unknown> } }) => ({
      data: { saveView: { __typename: 'SaveViewPayload', view: { ...view(variables.input.definition), id: 'v-new', name: variables.input.name, shared: false, mine: true } } },
    }));
    renderList('MARKETER', [], [{ request: { query: SaveViewDocument, variables: () => true }, result: saved, maxUsageCount: Number.POSITIVE_INFINITY }]);
    const table = await screen.findByTestId('campaigns-table', {}, { timeout: 10_000 });
    await within(table).findByRole('link', { name: 'Shanghai Expo 2026' }, { timeout: 5000 });
    expect(within(table).getByText(/200,000/)).toBeTruthy();

    fireEvent.click(screen.getByTestId('list-columns'));
    const nameToggle = (await screen.findByTestId('column-toggle-name')) as HTMLInputElement;
    expect(nameToggle.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('column-toggle-budget'));
    await waitFor(() => expect(headers(table)).not.toContain('Budget'), { timeout: 5000 });
    expect(within(table).queryByText(/200,000/)).toBeNull();
    expect(headers(table)).toContain('Name');
    expect(JSON.parse(localStorage.getItem('rapport.columns.campaigns')!).hidden).toEqual(['budget']);

    fireEvent.click(screen.getByTestId('views-save'));
    fireEvent.change(await screen.findByTestId('view-name'), { target: { value: 'Without budgets' } });
    // A marketer may not share views: the checkbox is not offered.
    expect(screen.queryByTestId('view-shared')).toBeNull();
    fireEvent.click(screen.getByTestId('view-name-submit'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const input = saved.mock.calls[0]![0].input;
    expect(input).toMatchObject({ name: 'Without budgets', shared: false, objectType: 'campaigns' });
    expect(input.definition).toMatchObject({ hiddenColumns: ['budget'], filter: null, sort: { column: 'dates', descending: true } });
  });

  it('offers a sales manager, who may share views, to share one; no row checkboxes on campaigns', async () => {
    renderList('SALES_MANAGER', []);
    const table = await screen.findByTestId('campaigns-table', {}, { timeout: 10_000 });
    await within(table).findByRole('link', { name: 'Shanghai Expo 2026' }, { timeout: 5000 });
    expect(table.querySelector('input[type="checkbox"]')).toBeNull();
    fireEvent.click(screen.getByTestId('views-save'));
    expect(await screen.findByTestId('view-shared')).toBeTruthy();
  });
});
