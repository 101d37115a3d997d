// What the app mounts: routes and menu entries, the header's "log an inbound call" button and the
// campaigns panel of the sales record pages.
export * from './routes';
export { MARKETING_NEEDS } from './marketing-access';
export { LogInboundCallButton } from './calls/log-call-button';
export { CampaignsPanel, ConsentPanel, WebsiteVisitsPanel } from './lazy-panels';
export type { CampaignsPanelProps } from './panels/campaigns-panel';
export type { ConsentPanelProps } from './consent/consent-panel';
export type { WebsiteVisitsPanelProps } from './visitors/website-visits-panel';
