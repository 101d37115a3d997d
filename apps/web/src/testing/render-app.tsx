import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { UnreadNotificationCountDocument } from '@rapport/web-data-access';
import { AppProviders } from '../app/app-providers';
import { routes } from '../app/router';

/** The header's notification bell polls its count on every page; tests that don't care get zero. */
const QUIET_BELL: MockLink.MockedResponse = {
  request: { query: UnreadNotificationCountDocument },
  result: { data: { unreadNotificationCount: 0 } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The whole app (real routes, layout and session gate) on a mocked API, starting at `path`. */
export function renderApp(path: string, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <MockedProvider mocks={[...mocks, QUIET_BELL]}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { router, ...view };
}
