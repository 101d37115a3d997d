import { RecordSharesDocument, ShareRecordDocument, ShareTargetsDocument, UnshareRecordDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { customFieldsMock, meMock, userOptionsMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { leadDetail, leadMock } from '@rapport/web-testing';

const share = (id: string, extra: { userId?: string; teamId?: string; access: 'READ' | 'WRITE' }) => ({
  __typename: 'RecordShare' as const,
  id,
  objectType: 'LEAD' as const,
  recordId: 'l1',
  userId: extra.userId ?? null,
  teamId: extra.teamId ?? null,
  access: extra.access,
  createdAt: '2026-11-01T10:00:00Z',
});

describe('sharing a record', { timeout: 60_000 }, () => {
  it('lists current shares by name, removes one and adds a person with write access', async () => {
    const unshared = vi.fn(() => ({ data: { unshareRecord: { __typename: 'ShareRecordPayload', share: { __typename: 'RecordShare', id: 's1' } } } }));
    const shared = vi.fn(() => ({ data: { shareRecord: { __typename: 'ShareRecordPayload', share: share('s3', { userId: 'u-cy', access: 'WRITE' }) } } }));
    renderApp('/leads/l1', [
      meMock('SALES_MANAGER'),
      customFieldsMock('LEAD'),
      leadMock(leadDetail()),
      userOptionsMock([{ id: 'u-cy', name: 'Cy Rep' }]),
      {
        request: { query: RecordSharesDocument, variables: { objectType: 'LEAD', recordId: 'l1' } },
        result: { data: { recordShares: [share('s1', { userId: 'u-bo', access: 'READ' }), share('s2', { teamId: 't-east', access: 'WRITE' })] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: ShareTargetsDocument, variables: { userIds: ['u-bo'], teamIds: ['t-east'] } },
        result: {
          data: {
            users: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'u-bo', name: 'Bo Rep', email: 'bo@example.com' } }] },
            teams: { __typename: 'TeamConnection', edges: [{ __typename: 'TeamEdge', node: { __typename: 'Team', id: 't-east', name: 'East' } }] },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      { request: { query: UnshareRecordDocument, variables: { input: { id: 's1' } } }, result: unshared },
      { request: { query: ShareRecordDocument, variables: { input: { objectType: 'LEAD', recordId: 'l1', access: 'WRITE', userId: 'u-cy' } } }, result: shared },
    ]);

    fireEvent.click(await screen.findByTestId('record-share', {}, { timeout: 10_000 }));
    const list = await screen.findByTestId('share-list', {}, { timeout: 5000 });
    expect(await within(list).findByText('Bo Rep', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(within(list).getByTestId('share-s1')).getByText('Can view')).toBeTruthy();
    expect(within(within(list).getByTestId('share-s2')).getByText('East')).toBeTruthy();
    expect(within(within(list).getByTestId('share-s2')).getByText('Can edit')).toBeTruthy();

    fireEvent.click(within(list).getByTestId('share-remove-s1'));
    const confirm = await waitFor(
      () => {
        const el = document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-dangerous');
        if (!el) throw new Error('no confirmation yet');
        return el;
      },
      { timeout: 5000 },
    );
    fireEvent.click(confirm);
    await waitFor(() => expect(unshared).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('No longer shared with Bo Rep.', {}, { timeout: 5000 })).toBeTruthy();

    await pickOption(screen.getByTestId('share-user'), 'Cy Rep');
    fireEvent.click(within(screen.getByTestId('share-access')).getByText('Can edit'));
    fireEvent.click(screen.getByTestId('share-submit'));
    await waitFor(() => expect(shared).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('The record is now shared.', {}, { timeout: 5000 })).toBeTruthy();
  });
});
