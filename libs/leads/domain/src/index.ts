export * from './routing';
export * from './routing-plan';
export * from './scoring';
export * from './business-hours';
