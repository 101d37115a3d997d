export * from './test-database';
export * from './test-context';
export * from './factories';
export * from './visibility-matrix';
export * from './api-client';
export * from './pdf-text';
export * from './wait-for';
export * from './queue-wipe';
