import { lazy } from 'react';

/**
 * The panels the app adds to the sales record pages, loaded with the page that shows them rather
 * than with the app's entry (tables, date pickers and modals): the login page and first screen stay small.
 */
export const OpportunityQuotesPanel = lazy(() =>
  import('./quotes/opportunity-quotes-panel').then((m) => ({ default: m.OpportunityQuotesPanel })),
);
export const AccountCommitmentsPanel = lazy(() =>
  import('./commitments/account-commitments-panel').then((m) => ({ default: m.AccountCommitmentsPanel })),
);
