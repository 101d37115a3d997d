import {
  BulkAssignDocument,
  LeadsDocument,
  SaveViewDocument,
  type LeadFilter,
  type LeadRowFragment,
  type SavedViewFieldsFragment,
} from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { connection, customFieldsMock, leadRow, meMock, savedViewsMock, userOptionsMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const lead = (id: string, lastName: string, region: string | null): LeadRowFragment =>
  leadRow(id, { name: `Ann ${lastName}`, lastName, score: 10, customFields: region ? { region } : {} });

const orderBy = [{ field: 'CREATED_AT', direction: 'DESC' }];
const leadsPage = (filter: LeadFilter | undefined, nodes: LeadRowFragment[]) => ({
  request: { query: LeadsDocument, variables: { first: 20, after: null, filter, orderBy } },
  result: { data: { leads: connection('Lead', nodes) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const REGION = { key: 'region', label: 'Region', type: 'SELECT' as const, options: ['North', 'South'] };
const northOnly: LeadFilter = { customFields: { region: { in: ['North'] } } };

afterEach(() => localStorage.clear());

// Whole-app renders with antd tables, popovers and modals: slow on a busy 2-core machine.
describe('list tools on the leads list', { timeout: 60_000 }, () => {
  it('filters on a custom field with the builder, shows it as a column and exports the same filter', async () => {
    renderApp('/leads', [
      meMock('SALES_REP'),
      customFieldsMock('LEAD', [REGION]),
      savedViewsMock('leads'),
      leadsPage(undefined, [lead('l1', 'Wu', 'North'), lead('l2', 'Li', 'South')]),
      leadsPage(northOnly, [lead('l1', 'Wu', 'North')]),
    ]);
    const table = await screen.findByTestId('leads-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('Ann Wu', {}, { timeout: 5000 })).toBeTruthy();
    // The custom field is a column of its own.
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toContain('Region');
    expect(within(table).getByText('South')).toBeTruthy();

    fireEvent.click(screen.getByTestId('list-filters'));
    fireEvent.click(await screen.findByTestId('filter-add-condition'));
    await pickOption(await screen.findByTestId('filter-field-0'), 'Region');
    await pickOption(await screen.findByTestId('filter-value-0'), 'North');

    await waitFor(() => expect(within(table).queryByText('Ann Li')).toBeNull(), { timeout: 5000 });
    expect(within(table).getByText('Ann Wu')).toBeTruthy();
    const href = screen.getByTestId('list-export').getAttribute('href')!;
    expect(href.startsWith('/api/v1/export/leads.csv?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(href.split('?filter=')[1]!))).toEqual(northOnly);
  });

  it('hides and reorders columns, remembers the choice, and saves it with the filter as a view', async () => {
    const saved = vi.fn((variables: { input: { name: string; definition: Record<string, unknown> } }) => ({
      data: {
        saveView: {
          __typename: 'SaveViewPayload',
          view: {
            __typename: 'SavedView',
            id: 'v1',
            objectType: 'leads',
            name: variables.input.name,
            shared: false,
            mine: true,
            definition: variables.input.definition,
            updatedAt: '2026-11-02T10:00:00Z',
          } satisfies SavedViewFieldsFragment,
        },
      },
    }));
    renderApp('/leads', [
      meMock('SALES_REP'),
      customFieldsMock('LEAD', [REGION]),
      savedViewsMock('leads'),
      leadsPage(undefined, [lead('l1', 'Wu', 'North')]),
      { request: { query: SaveViewDocument, variables: () => true }, result: saved, maxUsageCount: Number.POSITIVE_INFINITY },
    ]);
    const table = await screen.findByTestId('leads-table', {}, { timeout: 10_000 });
    await within(table).findByText('Ann Wu', {}, { timeout: 5000 });

    fireEvent.click(screen.getByTestId('list-columns'));
    fireEvent.click(await screen.findByTestId('column-toggle-email'));
    fireEvent.click(screen.getByTestId('column-up-cf:region'));
    await waitFor(() => expect(within(table).queryByText('l1@example.com')).toBeNull(), { timeout: 5000 });
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers.indexOf('Region')).toBeLessThan(headers.indexOf('Created'));
    // The lead's further fields are optional columns, hidden until shown; then the one hidden here.
    const optional = ['updatedAt', 'title', 'campaignSource', 'timeZone', 'country', 'productInterest', 'region', 'message', 'slaDueAt', 'convertedAt'];
    expect(JSON.parse(localStorage.getItem('rapport.columns.leads')!).hidden).toEqual([...optional, 'email']);

    fireEvent.click(screen.getByTestId('views-save'));
    fireEvent.change(await screen.findByTestId('view-name'), { target: { value: 'My northern leads' } });
    fireEvent.click(screen.getByTestId('view-name-submit'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const input = saved.mock.calls[0]![0].input;
    expect(input).toMatchObject({ name: 'My northern leads', shared: false, objectType: 'leads' });
    expect(input.definition).toMatchObject({ hiddenColumns: [...optional, 'email'], filter: null });
    // A rep may not share views; the checkbox is not offered.
    expect(screen.queryByTestId('view-shared')).toBeNull();
  });

  it('assigns the picked rows after a confirmation and says what happened', async () => {
    const assigned = vi.fn(() => ({ data: { bulkAssign: { __typename: 'BulkAssignPayload', updated: 1, skippedIds: ['l2'] } } }));
    renderApp('/leads', [
      meMock('SALES_MANAGER'),
      customFieldsMock('LEAD'),
      savedViewsMock('leads'),
      userOptionsMock([{ id: 'u-bo', name: 'Bo Rep' }]),
      leadsPage(undefined, [lead('l1', 'Wu', null), lead('l2', 'Li', null)]),
      { request: { query: BulkAssignDocument, variables: { input: { objectType: 'LEAD', ids: ['l1', 'l2'], ownerId: 'u-bo' } } }, result: assigned },
    ]);
    const table = await screen.findByTestId('leads-table', {}, { timeout: 10_000 });
    await within(table).findByText('Ann Wu', {}, { timeout: 5000 });
    const box = (index: number) => table.querySelectorAll<HTMLInputElement>('tr[data-row-key] input[type="checkbox"]')[index]!;
    fireEvent.click(box(0));
    expect((await screen.findByTestId('bulk-count')).textContent).toBe('Selected: 1');
    fireEvent.click(box(1));
    await waitFor(() => expect(screen.getByTestId('bulk-count').textContent).toBe('Selected: 2'), { timeout: 5000 });

    fireEvent.click(screen.getByTestId('bulk-assign'));
    await pickOption(await screen.findByTestId('bulk-assign-owner'), 'Bo Rep');
    fireEvent.click(screen.getByTestId('bulk-assign-next'));
    expect((await screen.findByTestId('bulk-assign-question')).textContent).toContain('Assign 2 records to Bo Rep?');
    expect(assigned).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('bulk-assign-confirm'));

    expect(await screen.findByText('Assigned to Bo Rep: 1.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Skipped because you may not change them: 1.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('bulk-bar')).toBeNull(), { timeout: 5000 });
  });
});
