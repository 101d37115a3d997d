import { CommitmentsDocument, CreateCommitmentDocument, ResolveCommitmentDocument, AccountOptionsDocument, RevenueOpportunityOptionsDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { always, commitment, connection, namesMock, signedIn } from '@rapport/web-testing';

describe('CommitmentsPage', { timeout: 60_000 }, () => {
  it('lists open promises with their customer and deal, marks one kept and records a new one', async () => {
    let rows = [commitment(), commitment({ id: 'c-2', description: 'Deliver before the holidays', kind: 'delivery_date', dueAt: '2020-01-01T00:00:00Z' })];
    const asked: Record<string, unknown>[] = [];
    const kept = vi.fn(() => {
      rows = rows.filter((c) => c.id !== 'c-1');
      return { data: { resolveCommitment: { __typename: 'CommitmentPayload', commitment: commitment({ status: 'kept' }) } } };
    });
    const created = vi.fn(() => ({ data: { createCommitment: { __typename: 'CommitmentPayload', commitment: commitment({ id: 'c-3' }) } } }));
    renderApp('/sales/commitments', [
      signedIn('u-rita'),
      namesMock(),
      {
        request: { query: CommitmentsDocument, variables: (v: Record<string, unknown>) => (asked.push(v), true) },
        result: () => ({ data: { commitments: connection('Commitment', rows) } }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      { request: { query: ResolveCommitmentDocument, variables: { input: { id: 'c-1', status: 'kept' } } }, result: kept },
      always(AccountOptionsDocument, { accounts: { __typename: 'AccountConnection', edges: [{ __typename: 'AccountEdge', node: { __typename: 'Account', id: 'a-1', name: 'Stark Trading Inc.' } }] } }),
      always(RevenueOpportunityOptionsDocument, { opportunities: { __typename: 'OpportunityConnection', edges: [] } }),
      {
        request: {
          query: CreateCommitmentDocument,
          variables: (v: Record<string, unknown>) => {
            const input = v['input'] as Record<string, unknown>;
            return input['kind'] === 'discount' && input['description'] === '5 % off the renewal' && input['accountId'] === 'a-1' && typeof input['dueAt'] === 'string';
          },
        },
        result: created,
      },
    ]);

    const table = await screen.findByTestId('commitments-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('Send the security white paper')).toBeTruthy();
    expect(asked[0]).toMatchObject({ status: 'open' });
    expect(await within(table).findAllByRole('link', { name: 'Stark Trading Inc.' })).toHaveLength(2);
    // A promise past its due date stands out.
    expect(within(table).getByTestId('commitment-overdue-c-2')).toBeTruthy();

    fireEvent.click(within(table).getByTestId('commitment-kept-c-1'));
    await waitFor(() => expect(within(table).queryByText('Send the security white paper')).toBeNull(), { timeout: 5000 });
    expect(kept).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByTestId('commitment-create'));
    fireEvent.change(await screen.findByTestId('commitment-description'), { target: { value: '5 % off the renewal' } });
    await pickOption(screen.getByTestId('commitment-kind'), 'Discount');
    await pickOption(screen.getByTestId('commitment-account'), 'Stark Trading Inc.');
    fireEvent.click(screen.getByTestId('commitment-submit'));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });
});
