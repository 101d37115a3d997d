import { lazy } from 'react';

/**
 * The "Customer value" panel the app adds to the contact and account pages (issue 17), loaded with
 * the page that shows it (its words with the customer value area), not with the app's entry: the
 * first screen stays within its budget.
 */
export const CustomerValuePanel = lazy(() => import('./value-panel'));
