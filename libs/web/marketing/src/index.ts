// What the app mounts: routes and menu entries, and the header's "log an inbound call" button.
export * from './routes';
export { MARKETING_NEEDS } from './marketing-access';
export { LogInboundCallButton } from './calls/log-call-button';
