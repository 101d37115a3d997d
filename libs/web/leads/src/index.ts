// What the app mounts: routes and menu entries, the bell in the header and the panel on the lead page.
export * from './routes';
export { LeadIntakePanel } from './lead-panel/lead-intake-panel';
export { NotificationBell } from './notifications/notification-bell';
