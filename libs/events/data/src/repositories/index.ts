export * from './event.repository';
export * from './registration.repository';
export * from './event-mail.repository';
export * from './segment-conditions';
