// For other screens' owners: the pieces of lead intake meant to be mounted outside these pages.
export { LeadIntakePanel } from './lead-panel/lead-intake-panel';
export { NotificationBell } from './notifications/notification-bell';
