import { createApolloClient } from '@rapport/web-data-access';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app-providers';
import { createAppRouter } from './router';

// Sign-in and sign-out answer for themselves; every other operation that finds the session gone
// sends the person back to the login page, remembering where they were.
const PUBLIC_OPERATIONS = new Set(['Login', 'Logout']);

const router = createAppRouter();

const client = createApolloClient({
  onUnauthenticated: (operationName) => {
    if (operationName && PUBLIC_OPERATIONS.has(operationName)) return;
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    void router.navigate('/login', { replace: true, state: { from: pathname + search } });
    void client.clearStore();
  },
});

export function App() {
  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
