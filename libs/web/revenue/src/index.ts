// What the app mounts: routes and menu entries, and the panels for the sales record pages.
export * from './routes';
export { AccountCommitmentsPanel, OpportunityQuotesPanel } from './lazy-panels';
export type { OpportunityQuotesPanelProps } from './quotes/opportunity-quotes-panel';
export type { AccountCommitmentsPanelProps } from './commitments/account-commitments-panel';
