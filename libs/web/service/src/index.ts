// What the app mounts: the service routes and their menu entry.
export { SERVICE_NAV, SERVICE_ROUTES } from './routes';
export { SERVICE_NEEDS } from './service-access';
// The "Open cases" panel of the account and contact pages (issue 18), through the record-panel slot.
export { OpenCasesPanel } from './cases/lazy-panel';
export type { OpenCasesPanelKind, OpenCasesPanelProps } from './cases/open-cases-panel';
// The account page's contracts card (issue 18), through the record-panel slot.
export { ContractsPanel } from './setup/contracts/lazy-panel';
// The agent's presence switch in the header (issue 19 item 7).
export { PresenceSwitch } from './routing/presence-switch';
// The customer portal (issue 19 item 4): its own frame at /portal, beside the staff layout.
export { PORTAL_ROUTES } from './portal/portal-routes';
// "Invite to the customer portal" on the contact page (issue 19 item 4), through the record-panel slot.
export { PortalInvitePanel } from './portal/lazy-panel';
