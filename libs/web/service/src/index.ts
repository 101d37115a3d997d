// What the app mounts: the service routes and their menu entry.
export { SERVICE_NAV, SERVICE_ROUTES } from './routes';
export { SERVICE_NEEDS } from './service-access';
// The "Open cases" panel of the account and contact pages (issue 18), through the record-panel slot.
export { OpenCasesPanel } from './cases/lazy-panel';
export type { OpenCasesPanelKind, OpenCasesPanelProps } from './cases/open-cases-panel';
// The account page's contracts card (issue 18), through the record-panel slot.
export { ContractsPanel } from './setup/contracts/lazy-panel';
