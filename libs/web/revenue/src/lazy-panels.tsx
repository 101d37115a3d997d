import { lazy, type ComponentType } from 'react';
import { LazyMessagesGate } from '@rapport/web-ui';

/** A panel with its words: revenue's messages load with the panel (lazy/revenue.<lng>.json). */
const withMessages = <P extends object>(Panel: ComponentType<P>) =>
  function RevenuePanel(props: P) {
    return (
      <LazyMessagesGate area="revenue">
        <Panel {...props} />
      </LazyMessagesGate>
    );
  };

/**
 * The panels the app adds to the sales record pages, loaded with the page that shows them rather
 * than with the app's entry (tables, date pickers and modals): the login page and first screen stay small.
 */
export const OpportunityQuotesPanel = lazy(() =>
  import('./quotes/opportunity-quotes-panel').then((m) => ({ default: withMessages(m.OpportunityQuotesPanel) })),
);
export const AccountCommitmentsPanel = lazy(() =>
  import('./commitments/account-commitments-panel').then((m) => ({ default: withMessages(m.AccountCommitmentsPanel) })),
);
