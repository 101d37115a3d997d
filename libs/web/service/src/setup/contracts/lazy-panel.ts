import { lazy } from 'react';

/**
 * The "Service contracts" panel for the account page (issue 18 item 5), loaded with the page that
 * shows it (its words with the service set-up area), not with the app's entry.
 */
export const ContractsPanel = lazy(() => import('./contracts-panel'));
