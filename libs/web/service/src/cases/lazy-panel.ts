import { lazy } from 'react';

/**
 * The "Open cases" panel the app adds to the account and contact pages (issue 18), loaded with the
 * page that shows it (its words with the service area), not with the app's entry: the first
 * screen stays within its budget.
 */
export const OpenCasesPanel = lazy(() => import('./open-cases-panel'));
