export * from './routing';
export * from './routing-plan';
export * from './scoring';
export * from './escalation';
