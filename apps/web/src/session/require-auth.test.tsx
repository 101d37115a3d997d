import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, MeDocument, type Role } from '@rapport/web-data-access';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { grantsFor } from '@rapport/web-testing';
import { RequireAuth } from './require-auth';

function renderAt(role: Role) {
  const cache = createCache();
  cache.writeQuery({ query: MeDocument, data: { me: { __typename: 'User', id: 'u-1', email: 'a@b.test', name: 'A', role, locale: 'EN', team: null, permissions: grantsFor(role) } } });
  const router = createMemoryRouter(
    [
      { Component: RequireAuth, children: [{ path: '/sales', element: <p>staff app</p> }] },
      { path: '/portal', element: <p>customer portal</p> },
    ],
    { initialEntries: ['/sales'] },
  );
  render(
    <MockedProvider cache={cache}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

describe('RequireAuth and customers', () => {
  it('sends a portal user to the customer portal, not into the staff app', async () => {
    const router = renderAt('PORTAL_USER');
    expect(await screen.findByText('customer portal')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/portal');
  });

  it('lets staff in', async () => {
    renderAt('SERVICE_AGENT');
    expect(await screen.findByText('staff app')).toBeTruthy();
  });
});
