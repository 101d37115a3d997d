// What the app mounts: routes and menu entries, and the panels for the sales record pages.
export * from './routes';
export { OpportunityQuotesPanel } from './quotes/opportunity-quotes-panel';
export type { OpportunityQuotesPanelProps } from './quotes/opportunity-quotes-panel';
export { AccountCommitmentsPanel } from './commitments/account-commitments-panel';
export type { AccountCommitmentsPanelProps } from './commitments/account-commitments-panel';
