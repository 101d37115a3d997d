import { SaveViewDocument, type CasesQueryVariables, type Role, type SavedViewFieldsFragment } from '@rapport/web-data-access';
import { customFieldsMock, pickOption, savedViewsMock, userOptionsMock } from '@rapport/web-testing';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aCase, casesMock, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

// The case list's working tools: the same as the campaign and sales lists' (web-core's
// useListTools and ListToolsBar), filed under the list name `cases`, over the case's definition
// and its custom fields; the team (the queue a case is worked in) a column and a filter.
const REGION = { key: 'region', label: 'Region', type: 'SELECT' as const, options: ['North', 'South'] };
const NORTH = aCase('k-1', { priority: 'URGENT', customFields: { region: 'North' } });
const SOUTH = aCase('k-2', { subject: 'Valve stuck', teamId: null, customFields: { region: 'South' } });

const view = (definition: Record<string, unknown>): SavedViewFieldsFragment => ({
  __typename: 'SavedView',
  id: 'v-north',
  objectType: 'cases',
  name: 'Urgent in the north',
  shared: true,
  mine: false,
  definition,
  updatedAt: '2026-12-01T10:00:00Z',
});

const NORTH_VIEW = view({
  version: 1,
  columns: ['number', 'subject', 'account', 'contact', 'status', 'priority', 'owner', 'team', 'type', 'channel', 'slaDueAt', 'createdAt', 'resolvedAt', 'cf:region'],
  hiddenColumns: ['contact', 'type', 'channel', 'resolvedAt'],
  builder: {
    type: 'group',
    id: 'g',
    match: 'and',
    items: [
      { type: 'condition', id: 'c1', field: 'priority', op: 'in', value: ['HIGH', 'URGENT'] },
      { type: 'condition', id: 'c2', field: 'cf:region', op: 'in', value: ['North'] },
    ],
  },
  sort: { column: 'priority', descending: true },
});

const headers = (table: HTMLElement) => [...table.querySelectorAll('th')].map((th) => th.textContent);
/** The column the table shows as sorted, and which way (antd's `aria-sort`). */
const sortedBy = (table: HTMLElement) => {
  const th = table.querySelector('th[aria-sort]');
  return th ? [th.textContent, th.getAttribute('aria-sort')] : [];
};

function renderList(role: Role, views: SavedViewFieldsFragment[], extra: MockLink.MockedResponse[] = []) {
  const asked: CasesQueryVariables[] = [];
  renderRoutes(CASE_ROUTES, '/service/cases', [customFieldsMock('CASE', [REGION]), savedViewsMock('cases', views), casesMock([NORTH, SOUTH], asked), userOptionsMock([{ id: 'u-agent', name: 'Alex Agent' }], undefined), ...extra], role);
  return asked;
}

afterEach(() => localStorage.clear());

describe('case list tools', { timeout: 60_000 }, () => {
  it('shows the team and custom fields as columns, and filters on the team and a custom field with the builder', async () => {
    const asked = renderList('SERVICE_AGENT', []);
    const table = await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByTestId('case-link')).toHaveLength(2));
    expect(headers(table)).toEqual(expect.arrayContaining(['Team', 'Region']));
    // Type, channel and resolved are offered in the chooser but hidden until shown.
    expect(headers(table)).not.toContain('Channel');
    const [north, south] = within(table).getAllByRole('row').slice(1);
    await waitFor(() => expect(within(north!).getByTestId('case-team').textContent).toBe('Hotline'));
    expect(within(south!).getByTestId('case-team').textContent).toBe('—');
    expect(north!.textContent).toContain('North');

    fireEvent.click(screen.getByTestId('list-filters'));
    fireEvent.click(await screen.findByTestId('filter-add-condition'));
    await pickOption(await screen.findByTestId('filter-field-0'), 'Team');
    await pickOption(await screen.findByTestId('filter-value-0'), 'Hotline');
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({ teamId: { in: ['t-1'] } }), { timeout: 5000 });

    fireEvent.click(screen.getByTestId('filter-add-condition'));
    await pickOption(await screen.findByTestId('filter-field-1'), 'Region');
    await pickOption(await screen.findByTestId('filter-value-1'), 'South');
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({ and: [{ teamId: { in: ['t-1'] } }, { customFields: { region: { in: ['South'] } } }] }), { timeout: 5000 });
    // The quick filters and the builder's add up, and the export is of the same.
    fireEvent.click(screen.getByTestId('cases-open-only'));
    const both = { and: [{ isOpen: { eq: true } }, { and: [{ teamId: { in: ['t-1'] } }, { customFields: { region: { in: ['South'] } } }] }] };
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual(both), { timeout: 5000 });
    const href = screen.getByTestId('list-export').getAttribute('href')!;
    expect(href.startsWith('/api/v1/export/cases.csv?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(href.split('?filter=')[1]!))).toEqual(both);
  });

  it('offers the configured statuses in the builder, by name, and filters on their keys', async () => {
    const asked = renderList('SERVICE_AGENT', []);
    await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('list-filters'));
    fireEvent.click(await screen.findByTestId('filter-add-condition'));
    await pickOption(await screen.findByTestId('filter-field-0'), 'Status');
    await pickOption(await screen.findByTestId('filter-value-0'), 'Waiting on customer');
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({ status: { in: ['waiting_customer'] } }), { timeout: 5000 });
  });

  it('applies a saved view: its priority and custom field filter, sort and hidden columns; the standard view undoes it', async () => {
    const asked = renderList('SERVICE_AGENT', [NORTH_VIEW]);
    const table = await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByTestId('case-link')).toHaveLength(2));
    expect(headers(table)).toContain('Contact');

    await pickOption(screen.getByTestId('views-select'), 'Urgent in the north');
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({ and: [{ priority: { in: ['HIGH', 'URGENT'] } }, { customFields: { region: { in: ['North'] } } }] }), { timeout: 5000 });
    expect(asked.at(-1)?.orderBy).toEqual([{ field: 'PRIORITY', direction: 'DESC' }]);
    expect(sortedBy(table)).toEqual(['Priority', 'descending']);
    expect(headers(table)).not.toContain('Contact');
    expect(headers(table)).toEqual(expect.arrayContaining(['Number', 'Team', 'Region']));
    expect(within(screen.getByTestId('filter-panel')).getByTestId('filter-field-0').textContent).toContain('Priority');
    // The export follows the view's filter, the priority as the REST filter stores it.
    const href = screen.getByTestId('list-export').getAttribute('href')!;
    expect(JSON.parse(decodeURIComponent(href.split('?filter=')[1]!))).toEqual({ and: [{ priority: { in: ['high', 'urgent'] } }, { customFields: { region: { in: ['North'] } } }] });

    await pickOption(screen.getByTestId('views-select'), 'Standard view');
    await waitFor(() => expect(headers(table)).toContain('Contact'), { timeout: 5000 });
    expect(screen.queryByTestId('filter-field-0')).toBeNull();
    // Back to the list's default order (the first page comes from the cache: no new request).
    expect(sortedBy(table)).toEqual(['Next SLA due', 'ascending']);
  });

  it('hides a column with the chooser (never the number), and saves the view under `cases`; an agent may not share it', async () => {
    const saved = vi.fn((variables: { input: { name: string; shared: boolean; objectType: string; definition: Record<string, unknown> } }) => ({
      data: { saveView: { __typename: 'SaveViewPayload', view: { ...view(variables.input.definition), id: 'v-new', name: variables.input.name, shared: false, mine: true } } },
    }));
    renderList('SERVICE_AGENT', [], [{ request: { query: SaveViewDocument, variables: () => true }, result: saved, maxUsageCount: Number.POSITIVE_INFINITY } as MockLink.MockedResponse]);
    const table = await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByTestId('case-link')).toHaveLength(2));
    // No row checkboxes: cases have no bulk actions.
    expect(table.querySelector('input[type="checkbox"]')).toBeNull();

    fireEvent.click(screen.getByTestId('list-columns'));
    expect(((await screen.findByTestId('column-toggle-number')) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('column-toggle-team'));
    await waitFor(() => expect(headers(table)).not.toContain('Team'), { timeout: 5000 });
    expect(within(table).queryByTestId('case-team')).toBeNull();
    expect(JSON.parse(localStorage.getItem('rapport.columns.cases')!).hidden).toEqual(expect.arrayContaining(['team']));

    fireEvent.click(screen.getByTestId('views-save'));
    fireEvent.change(await screen.findByTestId('view-name'), { target: { value: 'Without teams' } });
    expect(screen.queryByTestId('view-shared')).toBeNull();
    fireEvent.click(screen.getByTestId('view-name-submit'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const input = saved.mock.calls[0]![0].input;
    expect(input).toMatchObject({ name: 'Without teams', shared: false, objectType: 'cases' });
    expect(input.definition).toMatchObject({ filter: null, sort: { column: 'slaDueAt', descending: false }, orderBy: [{ field: 'SLA_DUE_AT', direction: 'ASC' }] });
    expect(input.definition['hiddenColumns']).toContain('team');
  });

  it('offers a service manager, who may share views, to share one', async () => {
    renderList('SERVICE_MANAGER', []);
    const table = await screen.findByTestId('cases-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByTestId('case-link')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('views-save'));
    expect(await screen.findByTestId('view-shared')).toBeTruthy();
  });
});
