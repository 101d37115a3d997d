import { SearchDocument, UserDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock, salesOverviewMock, userRow } from '@rapport/web-testing';
import { renderApp } from '../testing/render-app';

const search = (query: string, hits: { type: string; id: string; title: string; subtitle: string | null }[]) => ({
  request: { query: SearchDocument, variables: { query, first: 10 } },
  result: { data: { search: hits.map((h) => ({ __typename: 'SearchHit', ...h })) } },
});

describe('GlobalSearch', () => {
  it('groups hits by type and opens the chosen user', async () => {
    const { router } = renderApp('/sales', [
      meMock(),
      salesOverviewMock(),
      search('ann', [
        { type: 'User', id: 'u1', title: 'Ann Lee', subtitle: 'ann@example.com' },
        { type: 'Team', id: 't1', title: 'Annex team', subtitle: null },
      ]),
      {
        request: { query: UserDocument, variables: { id: 'u1' } },
        result: { data: { user: userRow('u1', 'Ann Lee', { email: 'ann@example.com' }) } },
      },
    ]);
    const input = await screen.findByTestId('global-search', {}, { timeout: 5000 });
    fireEvent.change(input, { target: { value: 'ann' } });

    expect(await screen.findByText('Ann Lee', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Users')).toBeTruthy();
    expect(screen.getByText('Teams')).toBeTruthy();

    fireEvent.click(screen.getByText('Ann Lee'));
    // The user page is a lazy route, so the navigation settles once its code has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/u1'), { timeout: 10_000 });
    // The page title (a role query would walk the whole accessibility tree: slow in jsdom).
    expect(await screen.findByText('Ann Lee', { selector: 'h1' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('says so when nothing matches', async () => {
    renderApp('/sales', [meMock(), salesOverviewMock(), search('zzz', [])]);
    const input = await screen.findByTestId('global-search', {}, { timeout: 5000 });
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(await screen.findByText('No results', {}, { timeout: 5000 })).toBeTruthy();
  });
});
