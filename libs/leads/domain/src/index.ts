export * from './routing';
export * from './scoring';
export * from './business-hours';
