import { ActivitiesDocument, CommitmentsDocument, UpdateActivityDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { activityRow, always, commitment, connection, meMock, namesMock, salesOverviewMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

// Row actions follow each row's `viewerCan`, not the role's grant: a role that may change
// activities and promises in general still reads some it may not change (shared with it read-only),
// and those rows offer no box or button the API would refuse.

const readOnly = { __typename: 'ActivityViewerCan' as const, update: false, complete: false };

describe('row actions', { timeout: 60_000 }, () => {
  it('ticks off only the activities whose viewerCan allows it; the others show their state', async () => {
    const completed = vi.fn(() => ({ data: { updateActivity: { __typename: 'UpdateActivityPayload', activity: activityRow({ done: true, doneAt: '2026-11-02T10:00:00Z' }) } } }));
    renderApp('/sales/activities', [
      meMock('SALES_REP'),
      salesOverviewMock(),
      always(ActivitiesDocument, {
        activities: connection('Activity', [
          activityRow(),
          activityRow({ id: 'act-2', subject: 'Shared call notes', viewerCan: readOnly }),
          activityRow({ id: 'act-3', subject: 'Shared finished task', done: true, viewerCan: readOnly }),
        ]),
      }),
      { request: { query: UpdateActivityDocument, variables: { input: { id: 'act-1', done: true } } }, result: completed },
    ]);
    const table = await screen.findByTestId('activities-table', {}, { timeout: 10_000 });
    const box = await within(table).findByTestId('activity-done-act-1');
    expect(within(table).queryByTestId('activity-done-act-2')).toBeNull();
    expect(within(table).queryByTestId('activity-done-act-3')).toBeNull();
    // Not a disabled box either: the state, said in words for a screen reader.
    expect(within(table).getByTestId('activity-done-state-act-2').querySelector('[aria-label="Open"]')).toBeTruthy();
    expect(within(table).getByTestId('activity-done-state-act-3').querySelector('[aria-label="Done"]')).toBeTruthy();
    expect(table.querySelectorAll('input[type="checkbox"]')).toHaveLength(1);

    fireEvent.click(box);
    await waitFor(() => expect(completed).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('offers kept, broken and reopen only on the promises whose viewerCan allows resolving', async () => {
    renderApp('/sales/commitments?status=all', [
      meMock('SALES_REP'),
      namesMock(),
      always(CommitmentsDocument, {
        commitments: connection('Commitment', [
          commitment(),
          commitment({ id: 'c-2', description: 'Shared with me to read', viewerCan: { __typename: 'CommitmentViewerCan', resolve: false } }),
          commitment({ id: 'c-3', status: 'kept', resolvedAt: '2026-11-02T10:00:00Z' }),
          commitment({ id: 'c-4', status: 'kept', resolvedAt: '2026-11-02T10:00:00Z', viewerCan: { __typename: 'CommitmentViewerCan', resolve: false } }),
        ]),
      }),
    ]);
    const table = await screen.findByTestId('commitments-table', {}, { timeout: 10_000 });
    await within(table).findByText('Shared with me to read');
    expect(within(table).getByTestId('commitment-kept-c-1')).toBeTruthy();
    expect(within(table).getByTestId('commitment-broken-c-1')).toBeTruthy();
    expect(within(table).getByTestId('commitment-reopen-c-3')).toBeTruthy();
    for (const id of ['commitment-kept-c-2', 'commitment-broken-c-2', 'commitment-reopen-c-4']) expect(within(table).queryByTestId(id), id).toBeNull();
    // Only the rows that may be resolved have buttons at all.
    expect(within(table).getAllByRole('button', { name: /kept|broken|reopen/i })).toHaveLength(3);
  });

  it('gives a role that only reads the ledger no actions column, even on rows the API would refuse anyway', async () => {
    renderApp('/sales/commitments', [
      meMock('SERVICE_AGENT'),
      namesMock(),
      always(CommitmentsDocument, { commitments: connection('Commitment', [commitment({ viewerCan: { __typename: 'CommitmentViewerCan', resolve: false } })]) }),
    ]);
    const table = await screen.findByTestId('commitments-table', {}, { timeout: 10_000 });
    await within(table).findByText('Send the security white paper');
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(within(table).queryByTestId('commitment-kept-c-1')).toBeNull();
    expect(screen.queryByTestId('commitment-create')).toBeNull();
  });
});
