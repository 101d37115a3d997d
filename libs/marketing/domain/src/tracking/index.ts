export * from './tracking-token';
export * from './utm';
export * from './track-links';
export * from './machine-open';
