import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, MeDocument, PortalCasesDocument, type PortalCaseFieldsFragment, type PortalCaseRowFragment, type Role } from '@rapport/web-data-access';
import { render } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { grantsFor } from '@rapport/web-testing';
import { PORTAL_ROUTES } from './portal-routes';

// Hand-made answers for the customer portal's tests.

/** The signed-in viewer with their role's grants (a customer's reach portal cases: that is what makes them one). */
export function aMe(role: Role = 'PORTAL_USER') {
  return { __typename: 'User' as const, id: 'u-cust', email: 'ann@acme.test', name: 'Ann Wu', role, locale: 'EN' as const, team: null, permissions: grantsFor(role) };
}

export function aRow(id: string, over: Partial<PortalCaseRowFragment> = {}): PortalCaseRowFragment {
  return {
    __typename: 'PortalCase',
    id,
    number: `CS-2026-00000${id.slice(-1)}`,
    subject: `Pump ${id} leaks`,
    statusName: 'Open',
    statusCategory: 'OPEN',
    createdAt: '2026-12-01T02:00:00.000Z',
    responseDueAt: '2026-12-08T09:30:00.000Z',
    openedByColleague: false,
    ...over,
  };
}

export function aCase(id: string, over: Partial<PortalCaseFieldsFragment> = {}): PortalCaseFieldsFragment {
  return {
    ...aRow(id),
    description: 'Water on the floor',
    resolvedAt: null,
    closedAt: null,
    messages: [
      { __typename: 'PortalMessage', id: 'm-1', fromCustomer: true, body: 'Water on the floor', authorName: null, createdAt: '2026-12-01T02:00:00.000Z', attachments: [] },
      { __typename: 'PortalMessage', id: 'm-2', fromCustomer: false, body: 'Please close the valve.', authorName: 'Alex Agent', createdAt: '2026-12-01T03:00:00.000Z', attachments: [] },
    ],
    ...over,
  };
}

export function casesMock(rows: PortalCaseRowFragment[]): MockLink.MockedResponse {
  return {
    request: { query: PortalCasesDocument, variables: { first: 20 } },
    result: { data: { portalCases: { __typename: 'PortalCaseConnection', edges: rows.map((node) => ({ __typename: 'PortalCaseEdge', cursor: node.id, node })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
    maxUsageCount: 5,
  };
}

/** The portal's routes at `path`, with `me` signed in (none: signed out) and the given answers. */
export function renderPortal(path: string, mocks: MockLink.MockedResponse[], me: ReturnType<typeof aMe> | null = aMe()) {
  const cache = createCache();
  if (me) cache.writeQuery({ query: MeDocument, data: { me } });
  const router = createMemoryRouter([...PORTAL_ROUTES, { path: '/', element: <p>staff app</p> }], { initialEntries: [path] });
  render(
    <MockedProvider mocks={mocks} cache={cache}>
      <App>
        <RouterProvider router={router} />
      </App>
    </MockedProvider>,
  );
  return router;
}

/** A JSON answer for a mocked `fetch`. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });
}

/** Replaces `fetch`, answering each call with the next of `answers`; returns the calls' URLs and bodies. */
export function mockFetch(...answers: Response[]) {
  const calls: { url: string; body: unknown }[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    calls.push({ url: String(input), body: init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next;
  });
  return { calls, spy };
}
