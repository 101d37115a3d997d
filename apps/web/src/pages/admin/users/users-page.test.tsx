import {
  CreateUserDocument,
  TeamsDocument,
  UsersDocument,
  type UserRowFragment,
} from '@rapport/web-data-access';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock, userRow } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const orderBy = [{ field: 'NAME', direction: 'ASC' }];

function page(after: string | null, nodes: UserRowFragment[], next: string | null) {
  return {
    request: { query: UsersDocument, variables: { first: 20, after, orderBy } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: 21,
          pageInfo: { __typename: 'PageInfo', hasNextPage: next !== null, endCursor: next },
          edges: nodes.map((node) => ({ __typename: 'UserEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

const noTeams = {
  request: { query: TeamsDocument },
  result: { data: { teams: { __typename: 'TeamConnection', totalCount: 0, edges: [] } } },
};

describe('UsersPage', () => {
  it('pages forward and back through the connection with a cursor stack', async () => {
    renderApp('/admin/users', [
      meMock(),
      page(null, [userRow('u1', 'Ann First')], 'cursor-1'),
      page('cursor-1', [userRow('u21', 'Zed Last')], null),
    ]);
    const table = await screen.findByTestId('users-table', {}, { timeout: 5000 });
    expect(await within(table).findByText('Ann First', {}, { timeout: 5000 })).toBeTruthy();
    // Each name opens that person's page.
    expect(within(table).getByText('Ann First').closest('a')?.getAttribute('href')).toBe('/users/u1');
    expect(within(table).getByText('Page 1 · 21 in total')).toBeTruthy();
    expect(screen.getByTestId('pager-previous')).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByTestId('pager-next'));
    expect(await within(table).findByText('Zed Last', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(table).getByText('Page 2 · 21 in total')).toBeTruthy();
    expect(screen.getByTestId('pager-next')).toHaveProperty('disabled', true);

    // Back to page one comes from the cache: no third request is mocked.
    fireEvent.click(screen.getByTestId('pager-previous'));
    expect(await within(table).findByText('Ann First', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('puts server field errors on the matching form fields', async () => {
    renderApp('/admin/users', [
      meMock(),
      page(null, [userRow('u1', 'Ann First')], null),
      noTeams,
      {
        request: {
          query: CreateUserDocument,
          variables: {
            input: {
              email: 'ann@example.com',
              name: 'Ann Again',
              role: 'SALES_REP',
              teamId: null,
              password: 'correct horse battery',
              locale: 'EN',
            },
          },
        },
        result: {
          data: null,
          errors: [
            {
              message: 'The input is not valid.',
              extensions: {
                code: 'VALIDATION_FAILED',
                fields: [{ path: 'input.email', message: 'This email address is already in use.' }],
              },
            },
          ],
        },
      },
    ]);
    await screen.findByText('Ann First', {}, { timeout: 5000 });
    fireEvent.click(screen.getByTestId('user-create'));
    fireEvent.change(await screen.findByTestId('user-email'), { target: { value: 'ann@example.com' } });
    fireEvent.change(screen.getByTestId('user-name'), { target: { value: 'Ann Again' } });
    fireEvent.change(screen.getByTestId('user-password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByTestId('user-submit'));

    const message = await screen.findByText('This email address is already in use.', {}, { timeout: 5000 });
    // The message sits in the email field's own error slot, not in a generic alert.
    const item = message.closest('.ant-form-item');
    expect(item && within(item as HTMLElement).queryByTestId('user-email')).toBeTruthy();
  });
});
