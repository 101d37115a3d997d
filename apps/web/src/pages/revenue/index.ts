// Panels for record pages owned by the sales screens; mount them there (see each file's comment).
export { OpportunityQuotesPanel } from './quotes/opportunity-quotes-panel';
export type { OpportunityQuotesPanelProps } from './quotes/opportunity-quotes-panel';
export { AccountCommitmentsPanel } from './commitments/account-commitments-panel';
export type { AccountCommitmentsPanelProps } from './commitments/account-commitments-panel';
