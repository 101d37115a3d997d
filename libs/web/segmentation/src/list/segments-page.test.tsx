import { screen, waitFor, within, fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSegment, axeViolations, ownersMock, renderAt, segmentsMock } from '../segments-fixtures';

const VIP = aSegment('s-1', { name: 'VIP buyers', description: 'Two orders in 200 days', memberCount: 1280, refreshMinutes: 60 });
const SNAPSHOT = aSegment('s-2', { name: 'Expo 2026 list', dynamic: false, refreshMinutes: null, refreshedAt: null, ownerId: 'u-sam', memberCount: 42 });
const OLD = aSegment('s-3', { name: 'Old campaign', archivedAt: '2026-12-02T00:00:00Z', ownerId: 'u-gone' });

describe('Segments list', { timeout: 60_000 }, () => {
  it('lists segments with their type, members, last refresh, interval and owner', async () => {
    renderAt('/segments', [segmentsMock([VIP, SNAPSHOT, OLD]), ownersMock([{ id: 'u-sam', name: 'Sam Sales' }])]);
    const table = await screen.findByTestId('segments-table', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Segments']);
    const [vip, snapshot] = within(table).getAllByRole('row').slice(1);
    expect(within(vip!).getByRole('link', { name: 'VIP buyers' }).getAttribute('href')).toBe('/segments/s-1');
    expect(vip!.textContent).toContain('Two orders in 200 days');
    expect(vip!.textContent).toContain('Dynamic');
    expect(vip!.textContent).toContain('1,280');
    expect(vip!.textContent).toContain('2 hours ago');
    expect(vip!.textContent).toContain('Hourly');
    expect(vip!.textContent).toContain('You');
    expect(snapshot!.textContent).toContain('Static');
    expect(snapshot!.textContent).toContain('Never');
    await waitFor(() => expect(snapshot!.textContent).toContain('Sam Sales'));
    expect(within(table).queryByText('Old campaign')).toBeNull();
    expect(screen.getByTestId('segment-create').getAttribute('href')).toBe('/segments/new');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows archived segments on request, kept in the address', async () => {
    const router = renderAt('/segments', [segmentsMock([VIP, OLD]), ownersMock([])]);
    await screen.findByTestId('segments-table', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('segments-show-archived'));
    await waitFor(() => expect(screen.getByText('Old campaign')).toBeTruthy(), { timeout: 5_000 });
    expect(screen.getByTestId('segment-archived').textContent).toBe('Archived');
    expect(router.state.location.search).toBe('?archived=1');
  });

  it('says honestly that there is nothing, and offers a reader no "New segment"', async () => {
    renderAt('/segments', [segmentsMock([])], 'SALES_REP');
    const empty = await screen.findByTestId('segments-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No segments to show (archived ones are hidden).');
    expect(screen.queryByTestId('segment-create')).toBeNull();
  });

  it('invites a writer to build the first one', async () => {
    renderAt('/segments', [segmentsMock([])]);
    await screen.findByTestId('segments-empty', {}, { timeout: 10_000 });
    expect(screen.getByRole('link', { name: 'Build the first segment' }).getAttribute('href')).toBe('/segments/new');
  });

  it('explains to a role without segments that theirs does not include them', async () => {
    renderAt('/segments', [segmentsMock([])], 'SERVICE_AGENT');
    expect(await screen.findByTestId('no-access-needs', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('segments-table')).toBeNull();
  });
});
