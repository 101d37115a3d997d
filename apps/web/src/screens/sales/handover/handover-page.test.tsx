import { HandoverCountsDocument, HandoverDocument, TransferOwnershipDocument, UserDocument, type HandoverFieldsFragment } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { meMock, userOptionsMock, userRow } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const handover = (status: string, moved: number, progress: number): HandoverFieldsFragment => ({
  __typename: 'Handover',
  id: 'h1',
  fromUserId: 'u-rita',
  status,
  total: 12,
  moved,
  progress,
  error: null,
  createdAt: '2026-11-03T09:00:00Z',
  finishedAt: status === 'done' ? '2026-11-03T09:00:05Z' : null,
});

/** The OK button of the open confirmation bubble. */
function popconfirmOk(): HTMLElement {
  const button = document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-primary');
  if (!button) throw new Error('No confirmation is open');
  return button;
}

/** The options in the list of this select (the one its combobox controls): another select's list may still be in the page, closing. */
const openOptionLabels = (select: HTMLElement) => {
  const listId = select.querySelector('input')?.getAttribute('aria-controls');
  const dropdown = listId ? document.getElementById(listId)?.closest('.ant-select-dropdown') : null;
  return [...(dropdown?.querySelectorAll('.ant-select-item-option') ?? [])].map((el) => el.textContent);
};

const count = (typename: string, totalCount: number) => ({ __typename: typename, totalCount });

describe('HandoverPage', { timeout: 60_000 }, () => {
  it('shows what the leaving rep owns, starts the transfer after a confirmation and follows it to the end', async () => {
    const started = vi.fn(() => ({ data: { transferOwnership: { __typename: 'TransferOwnershipPayload', handover: handover('queued', 0, 0) } } }));
    let polls = 0;
    const polled = vi.fn(() => {
      polls += 1;
      return { data: { handover: polls < 2 ? handover('running', 6, 50) : handover('done', 12, 100) } };
    });
    const { router } = renderApp('/sales/handover', [
      meMock('SALES_MANAGER'),
      userOptionsMock([
        { id: 'u-rita', name: 'Rita Rep' },
        { id: 'u-bo', name: 'Bo Rep' },
      ]),
      {
        request: { query: HandoverCountsDocument, variables: { ownerId: 'u-rita' } },
        result: {
          data: {
            accounts: count('AccountConnection', 3),
            contacts: count('ContactConnection', 4),
            leads: count('LeadConnection', 2),
            opportunities: count('OpportunityConnection', 1),
            activities: count('ActivityConnection', 2),
          },
        },
      },
      {
        request: { query: TransferOwnershipDocument, variables: { input: { fromUserId: 'u-rita', toUserId: 'u-bo', deactivate: true } } },
        result: started,
      },
      { request: { query: HandoverDocument, variables: { id: 'h1' } }, result: polled, maxUsageCount: Number.POSITIVE_INFINITY },
      {
        request: { query: UserDocument, variables: { id: 'u-rita' } },
        result: { data: { user: userRow('u-rita', 'Rita Rep', { email: 'rita@example.com' }) } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);

    await pickOption(await screen.findByTestId('handover-from', {}, { timeout: 10_000 }), 'Rita Rep');
    const counts = await screen.findByTestId('handover-counts', {}, { timeout: 5000 });
    expect(within(counts).getByTestId('handover-count-accounts').textContent).toContain('3');
    expect(within(counts).getByTestId('handover-count-total').textContent).toContain('12');

    // The person handing over cannot receive their own book.
    await pickOption(screen.getByTestId('handover-to'), 'Bo Rep');
    fireEvent.mouseDown(screen.getByTestId('handover-to').querySelector('input')!);
    await waitFor(() => expect(openOptionLabels(screen.getByTestId('handover-to'))).toEqual(['Bo Rep']), { timeout: 5000 });
    fireEvent.keyDown(screen.getByTestId('handover-to').querySelector('input')!, { key: 'Escape' });
    fireEvent.click(screen.getByTestId('handover-deactivate'));
    fireEvent.click(screen.getByTestId('handover-start'));
    expect(await screen.findByText('The open book of Rita Rep moves to Bo Rep. This runs in the background and cannot be undone here.', {}, { timeout: 5000 })).toBeTruthy();
    expect(started).not.toHaveBeenCalled();
    fireEvent.click(popconfirmOk());

    await waitFor(() => expect(started).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(router.state.location.search).toContain('handover=h1'), { timeout: 5000 });
    const progress = await screen.findByTestId('handover-progress', {}, { timeout: 5000 });
    expect(await within(progress).findByText('Handing over the book of Rita Rep', {}, { timeout: 5000 })).toBeTruthy();
    const result = await screen.findByTestId('handover-result', {}, { timeout: 10_000 });
    expect(within(result).getByText('Handover done: 12 records moved')).toBeTruthy();
    expect(within(result).getByTestId('handover-moved').textContent).toBe('12 of 12');
    const pollsAtEnd = polls;
    await new Promise((r) => setTimeout(r, 1500));
    // Finished: no more polling.
    expect(polls).toBe(pollsAtEnd);
  });

  it('is for managers and administrators only', async () => {
    renderApp('/sales/handover', [meMock('SALES_REP')]);
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('nav-sales-handover')).toBeNull();
  });
});
