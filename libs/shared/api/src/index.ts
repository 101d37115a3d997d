export * from './connection';
export * from './filters';
export * from './errors';
export * from './validation.pipe';
export * from './request-context';
export * from './query-limits';
export * from './search-registry';
export * from './deactivation-guards';
