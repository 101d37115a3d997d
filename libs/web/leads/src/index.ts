// What the app mounts: routes and menu entries, the bell in the header and the panel on the lead page.
export * from './routes';
export { LeadIntakePanel } from './lazy-panels';
export { NotificationBell } from './notifications/notification-bell';
