import type { ApolloClient } from '@apollo/client';
import type { ReactNode } from 'react';
import { LocalizedAntd } from './localized-antd';
import { SignedInProviders } from './signed-in-providers';

/**
 * Every provider at once, for tests (with a mocked client around or given). The app splits them:
 * `LocalizedAntd` around the router (app.tsx), `SignedInProviders` around the signed-in routes
 * (signed-in-app.tsx), so the login page loads neither Apollo nor antd's `App`.
 */
export function AppProviders({ client, children }: { client?: ApolloClient; children: ReactNode }) {
  return (
    <LocalizedAntd>
      <SignedInProviders client={client}>{children}</SignedInProviders>
    </LocalizedAntd>
  );
}
