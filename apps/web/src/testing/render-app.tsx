import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { MyPresenceDocument, UnreadNotificationCountDocument } from '@rapport/web-data-access';
import { rolesMock } from '@rapport/web-testing';
import { AppProviders } from '../app/app-providers';
import { appRoutes } from '../app/router';
import { signedInRoutes } from '../app/signed-in-routes';

/** The header's notification bell polls its count on every page; tests that don't care get zero. */
const QUIET_BELL: MockLink.MockedResponse = {
  request: { query: UnreadNotificationCountDocument },
  result: { data: { unreadNotificationCount: 0 } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The header's presence switch asks once for those who work cases; tests that don't care have none set. */
const QUIET_PRESENCE: MockLink.MockedResponse = {
  request: { query: MyPresenceDocument },
  result: { data: { myPresence: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The whole app (real routes, layout and session gate) on a mocked API, starting at `path`. */
export function renderApp(path: string, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(appRoutes(signedInRoutes), { initialEntries: [path] });
  const view = render(
    // The roles matrix serves the no-access page; a test's own mocks come first and win.
    <MockedProvider mocks={[...mocks, QUIET_BELL, QUIET_PRESENCE, rolesMock()]}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { router, ...view };
}
